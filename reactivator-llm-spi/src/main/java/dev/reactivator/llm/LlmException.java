package dev.reactivator.llm;

/**
 * Root of every failure of the LLM layer (unchecked). Subtypes say what the caller can do: fix
 * credentials ({@link LlmAuthenticationException}), wait ({@link LlmRateLimitedException}), try
 * again later ({@link LlmTransientException}), fix the request or the provider configuration
 * ({@link LlmPermanentException}), rephrase ({@link LlmContentRefusedException}) or configure a
 * provider ({@link LlmUnavailableException}). Messages never contain credentials or access tokens.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public class LlmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, never containing credentials or tokens
   */
  public LlmException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what happened, never containing credentials or tokens
   * @param cause the underlying failure
   */
  public LlmException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether repeating the same call later may succeed (rate limits, server errors, timeouts, I/O).
   * Providers retry these themselves within their configured budget; a caller seeing one has
   * already exhausted that budget.
   *
   * @return {@code true} for transient failures
   */
  public boolean isRetryable() {
    return false;
  }
}
