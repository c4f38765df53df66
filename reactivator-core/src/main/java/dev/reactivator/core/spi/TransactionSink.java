package dev.reactivator.core.spi;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a {@link TransactionSource} delivers what it reads. Every data row must end in exactly one
 * of {@link #accept}, {@link #refund} or {@link #reject}: that is the accounting invariant (rows
 * read = accepted + refunds + rejected). The sink does not keep the row objects.
 *
 * <p>A source calls its sink from one thread at a time during a read; implementations need not be
 * thread-safe.
 */
public interface TransactionSink {

  /**
   * Called once, before any row: the fields the source found and source-specific facts (such as
   * {@code delimiter} and {@code encoding}) for the ingestion report.
   *
   * @param columns the input fields the source found in its header
   * @param details source-specific facts by name, such as {@code delimiter}; possibly empty
   */
  void begin(Set<Field> columns, Map<String, String> details);

  /**
   * An accepted purchase row.
   *
   * @param row the purchase
   */
  void accept(SourceRow row);

  /**
   * A row with a zero or negative amount: a refund or cancellation, not a purchase.
   *
   * @param line the row's 1-based line
   * @param amount the amount as written (zero or negative)
   */
  void refund(long line, double amount);

  /**
   * A refund or cancellation row whose customer is known: counted like {@link #refund(long,
   * double)} and, when one of its keys belongs to a customer of the load, linked to that customer.
   * Sources that read the identity of refund rows call this one.
   *
   * @param line the row's 1-based line
   * @param amount the amount as written (zero or negative)
   * @param customerId the row's CRM customer id, trimmed
   * @param phone the row's normalised phone key
   * @param email the row's normalised e-mail key
   */
  default void refund(
      long line,
      double amount,
      Optional<String> customerId,
      Optional<String> phone,
      Optional<String> email) {
    refund(line, amount);
  }

  /**
   * A row that cannot be used, with where and why.
   *
   * @param problem the row's line, column, value and a fix-it message
   */
  void reject(RowProblem problem);

  /**
   * A problem noticed in an accepted row that did not stop it. Does not count as a row.
   *
   * @param problem the row's line, column, value and what was noticed
   */
  void warn(RowProblem problem);

  /**
   * Progress through the source, from 0.0 to 1.0 (for example bytes read over file size). Optional;
   * sources that cannot tell need not call it.
   *
   * @param fraction the share of the source read so far, in [0, 1]
   */
  default void progress(double fraction) {}
}
