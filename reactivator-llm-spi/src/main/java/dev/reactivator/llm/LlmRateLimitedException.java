package dev.reactivator.llm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider throttled the call (HTTP 429) and the provider's retry budget is used up.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public final class LlmRateLimitedException extends LlmException {
  private static final long serialVersionUID = 1L;

  /** Serializable holder of the optional delay. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what happened
   * @param retryAfter how long the provider asked to wait, if it said so
   */
  public LlmRateLimitedException(String message, Optional<Duration> retryAfter) {
    super(message);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter").orElse(null);
  }

  /**
   * How long the provider asked the caller to wait ({@code Retry-After}), when it said so.
   *
   * @return the delay, if known
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
