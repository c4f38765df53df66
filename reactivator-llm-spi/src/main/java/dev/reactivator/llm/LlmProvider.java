package dev.reactivator.llm;

/**
 * A chat model behind some service (GigaChat, an OpenAI-compatible server, …).
 *
 * <p>Implementations are called only through {@link LlmClient}, whose final {@link LlmClient#chat}
 * validates the request, merges default parameters, applies the caller's filters (the report
 * module's privacy firewall), notifies listeners and only then calls {@link #doChat}. A provider
 * therefore receives a request that is valid and complete, and it cannot skip the shared behaviour.
 *
 * <p>Providers must be thread-safe, must not log credentials, tokens or message contents (unless
 * the user explicitly enabled request logging), and must throw only {@link LlmException} subtypes.
 */
public interface LlmProvider {

  /**
   * The provider's name, as used for selection ({@code gigachat}, {@code openai-compatible}).
   *
   * @return a short, lower-case, non-blank name
   */
  String name();

  /**
   * Whether the provider is configured well enough to be called, and if not, why.
   *
   * @return the availability; cheap to call (no network access)
   */
  Availability availability();

  /**
   * Shorthand for {@code availability().available()}.
   *
   * @return whether the provider can be called
   */
  default boolean isAvailable() {
    return availability().available();
  }

  /**
   * The provider's configured defaults (typically the model name). {@link LlmClient} merges them
   * under the client's defaults and the request's own parameters.
   *
   * @return the defaults; empty by default
   */
  default ChatParameters defaultParameters() {
    return ChatParameters.empty();
  }

  /**
   * The provider hook: performs one chat call. Called by {@link LlmClient} only, with a validated
   * request whose parameters already include every default.
   *
   * @param request the complete request
   * @return the answer
   * @throws LlmException on any failure (never another exception type)
   */
  ChatResponse doChat(ChatRequest request);
}
