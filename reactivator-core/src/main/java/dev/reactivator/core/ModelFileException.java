package dev.reactivator.core;

/**
 * A saved-models file cannot be used: it is not a Reactivator models file, it was written by a
 * newer major version of the format, a field is missing or out of range, or the models need a
 * column the base to score lacks. The message says which and what to do, in the user's language.
 */
public final class ModelFileException extends ReactivatorException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a user-facing message.
   *
   * @param message what is wrong with the file and how to fix it
   */
  public ModelFileException(String message) {
    super(message);
  }

  /**
   * An exception with a user-facing message and its cause.
   *
   * @param message what is wrong with the file and how to fix it
   * @param cause the underlying exception
   */
  public ModelFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
