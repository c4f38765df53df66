package dev.reactivator.core.spi;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import java.util.Map;
import java.util.Set;

/**
 * Where a {@link TransactionSource} delivers what it reads. Every data row must end in exactly one
 * of {@link #accept}, {@link #refund} or {@link #reject}: that is the accounting invariant
 * (rows read = accepted + refunds + rejected). The sink does not keep the row objects.
 */
public interface TransactionSink {

  /**
   * Called once, before any row: the fields the source found and source-specific facts (such as
   * {@code delimiter} and {@code encoding}) for the ingestion report.
   */
  void begin(Set<Field> columns, Map<String, String> details);

  /** An accepted purchase row. */
  void accept(SourceRow row);

  /**
   * A row with a zero or negative amount: a refund or cancellation, not a purchase.
   *
   * @param line the row's 1-based line
   * @param amount the amount as written (zero or negative)
   */
  void refund(long line, double amount);

  /** A row that cannot be used, with where and why. */
  void reject(RowProblem problem);

  /** A problem noticed in an accepted row that did not stop it. Does not count as a row. */
  void warn(RowProblem problem);

  /**
   * Progress through the source, from 0.0 to 1.0 (for example bytes read over file size). Optional;
   * sources that cannot tell need not call it.
   */
  default void progress(double fraction) {}
}
