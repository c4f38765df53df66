package dev.reactivator.llm;

/**
 * Rewrites or vets a request inside {@link LlmClient#chat} after defaults are merged and before
 * listeners and the provider see it. The report module's privacy firewall is one: it can mask
 * contact-like text or throw an {@link LlmException} to stop the call.
 *
 * <p>Implementations must be thread-safe: one client may filter concurrent requests.
 */
@FunctionalInterface
public interface ChatRequestFilter {

  /**
   * Filters a request.
   *
   * @param request the request with every default merged in
   * @return the request to send (may be the same instance), never {@code null}
   * @throws LlmException to refuse the call
   */
  ChatRequest apply(ChatRequest request);
}
