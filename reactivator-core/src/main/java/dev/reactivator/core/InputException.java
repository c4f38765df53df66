package dev.reactivator.core;

import java.util.Optional;

/**
 * The input cannot be used as a whole: the file is missing, unreadable, of an unsupported format,
 * or none of its rows could be accepted. Row-level problems do not throw; they are listed in the
 * {@link dev.reactivator.core.data.IngestionReport}.
 *
 * <p>Where the problem has a place, the exception says where: the source, and when known the line,
 * the column and the offending value.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public class InputException extends ReactivatorException {
  private static final long serialVersionUID = 1L;

  /** The file name or source description, never null. */
  private final String source;

  /** The 1-based physical line, or 0 when the problem has no line. */
  private final long line;

  /** The column header, or null when the problem has no column. */
  private final String column;

  /**
   * A problem with the input as a whole.
   *
   * @param source the file name or source description; null is taken as empty
   * @param message what is wrong and how to fix it
   */
  public InputException(String source, String message) {
    this(source, 0, null, message, null);
  }

  /**
   * A problem with the input as a whole, caused by {@code cause} (typically an I/O error).
   *
   * @param source the file name or source description; null is taken as empty
   * @param message what is wrong and how to fix it
   * @param cause the underlying exception, or {@code null}
   */
  public InputException(String source, String message, Throwable cause) {
    this(source, 0, null, message, cause);
  }

  /**
   * A problem at a place in the input.
   *
   * @param source the file name or source description
   * @param line the 1-based physical line, or 0 when not applicable
   * @param column the column header, or {@code null} when not applicable
   * @param message what is wrong and how to fix it
   * @param cause the underlying exception, or {@code null}
   */
  public InputException(String source, long line, String column, String message, Throwable cause) {
    super(message, cause);
    this.source = source == null ? "" : source;
    this.line = line;
    this.column = column;
  }

  /**
   * The file name or source description.
   *
   * @return the file name or source description, possibly empty
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line of the problem, when the problem has one.
   *
   * @return the 1-based line, or empty when the problem is not on a line
   */
  public java.util.OptionalLong line() {
    return line > 0 ? java.util.OptionalLong.of(line) : java.util.OptionalLong.empty();
  }

  /**
   * The column header of the problem, when the problem has one.
   *
   * @return the column header, or empty when the problem is not in a column
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }
}
