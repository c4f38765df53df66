package dev.reactivator.core.data;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem with one input row: where it is, what was found, and how to fix it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based physical line in the source
 * @param column the column header the problem is in, if it is in one
 * @param value the offending cell value, if any
 * @param code a stable machine-readable code
 * @param message a fix-it message in the user's language, naming the column and the fix
 */
public record RowProblem(
    long line, Optional<String> column, Optional<String> value, ProblemCode code, String message) {

  /**
   * Checks the components.
   *
   * @param line the 1-based physical line in the source
   * @param column the column header the problem is in, if it is in one
   * @param value the offending cell value, if any
   * @param code a stable machine-readable code
   * @param message a fix-it message in the user's language, naming the column and the fix
   * @throws NullPointerException if a reference component is null
   */
  public RowProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A problem located in a column.
   *
   * @param line the 1-based physical line in the source
   * @param column the column header the problem is in
   * @param value the offending cell value, or {@code null} when there is none
   * @param code a stable machine-readable code
   * @param message a fix-it message in the user's language
   * @return the problem, with {@code column} present
   * @throws NullPointerException if {@code column}, {@code code} or {@code message} is null
   */
  public static RowProblem inColumn(
      long line, String column, String value, ProblemCode code, String message) {
    return new RowProblem(line, Optional.of(column), Optional.ofNullable(value), code, message);
  }

  /**
   * A problem with the row as a whole.
   *
   * @param line the 1-based physical line in the source
   * @param code a stable machine-readable code
   * @param message a fix-it message in the user's language
   * @return the problem, with neither column nor value
   * @throws NullPointerException if {@code code} or {@code message} is null
   */
  public static RowProblem ofRow(long line, ProblemCode code, String message) {
    return new RowProblem(line, Optional.empty(), Optional.empty(), code, message);
  }
}
