package dev.reactivator.llm;

/**
 * No usable provider: none installed, an unknown name was asked for, or the provider is not
 * configured (for example no credentials). Callers fall back to the offline narrator.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public final class LlmUnavailableException extends LlmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, never containing credentials or tokens
   */
  public LlmUnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what happened, never containing credentials or tokens
   * @param cause the underlying failure
   */
  public LlmUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
