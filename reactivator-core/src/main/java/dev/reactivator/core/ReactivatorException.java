package dev.reactivator.core;

/**
 * The root of every exception the Reactivator library throws on purpose.
 *
 * <p>Subtypes are grouped by what the caller can do about them: {@link InputException} (fix the
 * input file), {@link QuotaExceededException} (top up the balance or cut the file). Programming
 * errors in the use of the API (a {@code null} argument, an option set twice) are reported with the
 * JDK's {@link NullPointerException}, {@link IllegalArgumentException} and {@link
 * IllegalStateException}, each naming the parameter and the value.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public class ReactivatorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message meant for the end user.
   *
   * @param message what went wrong and how to fix it, in the user's language
   */
  public ReactivatorException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message meant for the end user and its cause.
   *
   * @param message what went wrong and how to fix it, in the user's language
   * @param cause the underlying exception, or {@code null}
   */
  public ReactivatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
