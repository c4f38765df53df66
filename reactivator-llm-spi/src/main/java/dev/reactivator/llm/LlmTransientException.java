package dev.reactivator.llm;

/**
 * A failure that may go away by itself: HTTP 5xx, 408, timeouts, connection resets and other I/O
 * errors (TLS trust failures are {@link LlmPermanentException}: they do not heal).
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public class LlmTransientException extends LlmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, never containing credentials or tokens
   */
  public LlmTransientException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what happened, never containing credentials or tokens
   * @param cause the underlying failure
   */
  public LlmTransientException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
