package dev.reactivator.report;

import dev.reactivator.core.ReactivatorException;

/**
 * A report could not be produced: an unknown format, or a file that could not be written. The
 * message names the format or the file and what to do.
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
}
