package dev.reactivator.llm;

import java.time.Duration;

/**
 * Observes chat calls made through an {@link LlmClient}: sees exactly the request handed to the
 * provider (after defaults and filters) and the outcome. Exceptions thrown by a listener are logged
 * and ignored. Listeners are called on the calling thread and must be thread-safe.
 */
public interface LlmListener {

  /**
   * Called just before the provider is called.
   *
   * @param provider the provider's name
   * @param request the complete request the provider receives
   */
  default void onRequest(String provider, ChatRequest request) {}

  /**
   * Called after a successful call.
   *
   * @param provider the provider's name
   * @param request the request
   * @param response the response
   * @param elapsed wall time of the provider call, retries included
   */
  default void onResponse(
      String provider, ChatRequest request, ChatResponse response, Duration elapsed) {}

  /**
   * Called after a failed call, before the exception reaches the caller.
   *
   * @param provider the provider's name
   * @param request the request
   * @param error the failure
   * @param elapsed wall time of the provider call, retries included
   */
  default void onError(
      String provider, ChatRequest request, LlmException error, Duration elapsed) {}
}
