package dev.reactivator.report;

import dev.reactivator.core.ReactivatorException;

/**
 * A report could not be produced: an unknown format, or a file that could not be written. The
 * message names the format or the file and what to do.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public class ReportException extends ReactivatorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message meant for the user.
   *
   * @param message the message meant for the user
   */
  public ReportException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message meant for the user and its cause.
   *
   * @param message the message meant for the user
   * @param cause the underlying failure
   */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The error for a file or directory that could not be written, naming it and the fix.
   *
   * @param target the file or directory
   * @param cause what went wrong
   * @return the exception, to throw
   */
  public static ReportException cannotWrite(Object target, Exception cause) {
    return new ReportException(
        "Cannot write "
            + target
            + ": "
            + cause.getMessage()
            + ". Check that the directory is writable and the disk is not full.",
        cause);
  }
}
