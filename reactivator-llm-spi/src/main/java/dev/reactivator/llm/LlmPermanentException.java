package dev.reactivator.llm;

/**
 * A failure that repeating the same call will not fix: HTTP 4xx other than 401/403/429, a malformed
 * response, an unsupported parameter, TLS trust failures.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public class LlmPermanentException extends LlmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, never containing credentials or tokens
   */
  public LlmPermanentException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what happened, never containing credentials or tokens
   * @param cause the underlying failure
   */
  public LlmPermanentException(String message, Throwable cause) {
    super(message, cause);
  }
}
