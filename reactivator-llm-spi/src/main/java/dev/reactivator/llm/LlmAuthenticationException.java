package dev.reactivator.llm;

/**
 * The provider rejected the credentials or the access token (HTTP 401/403, OAuth errors). Not
 * retryable: fix the configured key or scope.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public final class LlmAuthenticationException extends LlmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, never containing credentials or tokens
   */
  public LlmAuthenticationException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what happened, never containing credentials or tokens
   * @param cause the underlying failure
   */
  public LlmAuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
