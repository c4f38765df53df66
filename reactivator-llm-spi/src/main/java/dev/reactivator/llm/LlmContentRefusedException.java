package dev.reactivator.llm;

/**
 * The provider refused to process the request because of its content policy (for example HTTP 451
 * or an OpenAI-style {@code content_filter} error). A normal answer cut by a filter is not an
 * exception: it is a {@link ChatResponse} with {@link FinishReason#CONTENT_FILTER}.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public final class LlmContentRefusedException extends LlmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, never containing credentials or tokens
   */
  public LlmContentRefusedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what happened, never containing credentials or tokens
   * @param cause the underlying failure
   */
  public LlmContentRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
