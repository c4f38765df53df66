package dev.reactivator.core.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What was read from a source and what became of every row.
 *
 * <p>Invariant: {@code rowsRead == rowsAccepted + refunds + rowsRejected}, and {@link #rejected()}
 * lists every rejected row. Nothing is dropped silently.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source description (usually the file name)
 * @param rowsRead data rows read (the header is not a row)
 * @param rowsAccepted rows that became purchases
 * @param refunds rows with a zero or negative amount: refunds and cancellations, not purchases
 * @param refundAmount the sum of the absolute values of the refund rows' amounts
 * @param rowsRejected rows that could not be used
 * @param rejected every rejected row with its problem, in line order
 * @param warnings problems noticed in accepted rows that did not stop them (in line order)
 * @param uniqueCustomers unique customers after the identity merge
 * @param columns the fields the source found
 * @param details source-specific facts such as the detected delimiter and encoding
 */
public record IngestionReport(
    String source,
    long rowsRead,
    long rowsAccepted,
    long refunds,
    double refundAmount,
    long rowsRejected,
    List<RowProblem> rejected,
    List<RowProblem> warnings,
    int uniqueCustomers,
    Set<Field> columns,
    Map<String, String> details) {

  /**
   * Checks the accounting invariant and copies the collections.
   *
   * @param source the source description (usually the file name)
   * @param rowsRead data rows read (the header is not a row)
   * @param rowsAccepted rows that became purchases
   * @param refunds rows with a zero or negative amount: refunds and cancellations, not purchases
   * @param refundAmount the sum of the absolute values of the refund rows' amounts
   * @param rowsRejected rows that could not be used
   * @param rejected every rejected row with its problem, in line order
   * @param warnings problems noticed in accepted rows that did not stop them (in line order)
   * @param uniqueCustomers unique customers after the identity merge
   * @param columns the fields the source found
   * @param details source-specific facts such as the detected delimiter and encoding
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if the row counts do not add up (read = accepted + refunds +
   *     rejected)
   */
  public IngestionReport {
    Objects.requireNonNull(source, "source");
    rejected = List.copyOf(rejected);
    warnings = List.copyOf(warnings);
    columns = Set.copyOf(columns);
    details = Map.copyOf(details);
    if (rowsRead != rowsAccepted + refunds + rowsRejected) {
      throw new IllegalArgumentException(
          "accounting invariant broken: read "
              + rowsRead
              + " != accepted "
              + rowsAccepted
              + " + refunds "
              + refunds
              + " + rejected "
              + rowsRejected);
    }
    if (rejected.size() != rowsRejected) {
      throw new IllegalArgumentException(
          "every rejected row must be listed: "
              + rowsRejected
              + " rejected, "
              + rejected.size()
              + " listed");
    }
  }

  /**
   * Whether the source had the given column.
   *
   * @param field the input field
   * @return whether the source had the given column
   */
  public boolean has(Field field) {
    return columns.contains(field);
  }
}
