package dev.reactivator.core.spi;

import dev.reactivator.core.data.OrderLine;

/**
 * A stream of purchases and row-level problems: a CSV file, a JDBC query, a CRM API. Implement this
 * to feed Reactivator from anything; {@link TransactionSourceProvider} makes an implementation
 * discoverable by file.
 *
 * <p>A source may be read more than once; each {@link #read} starts from the beginning.
 *
 * <p>Implementations should be immutable, so that a source can be read more than once and by
 * concurrent loads; the built-in sources are.
 */
public interface TransactionSource {

  /**
   * A short description for messages and reports, such as the file name.
   *
   * @return the description, not blank
   */
  String description();

  /**
   * Streams every row into {@code sink}: first {@link TransactionSink#begin}, then one call per
   * data row. Must not keep per-row objects beyond the call. Throws the library's {@code
   * InputException} when the input as a whole cannot be read.
   *
   * @param context the analysis date, locale and limits of this read
   * @param sink receives the rows
   */
  void read(ReadContext context, TransactionSink sink);

  /**
   * A source over order lines built in code, such as a CRM's orders: every line is validated and
   * normalised like a CSV row (see {@link OrderLines}). Lines are numbered by position from 1.
   *
   * @param lines the lines, iterated on every read (twice: for the columns, then the rows)
   * @return a source named {@code in-memory}
   * @throws NullPointerException if {@code lines} is null
   */
  static TransactionSource of(Iterable<OrderLine> lines) {
    return OrderLines.source("in-memory", lines);
  }
}
