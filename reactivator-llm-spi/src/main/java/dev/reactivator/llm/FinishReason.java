package dev.reactivator.llm;

/**
 * Why the model stopped generating. Providers map unknown wire values to {@link #OTHER}, never
 * throw.
 *
 * <p>Immutable and thread-safe.
 */
public enum FinishReason {
  /** The model finished its answer. */
  STOP,
  /** The answer was cut at the token limit ({@code maxTokens}). */
  LENGTH,
  /** The model asked to call a tool / function. */
  TOOL_EXECUTION,
  /**
   * The provider refused or filtered the answer (GigaChat {@code blacklist}, OpenAI {@code
   * content_filter}).
   */
  CONTENT_FILTER,
  /** Anything else, including an absent or unknown reason. */
  OTHER
}
