package dev.reactivator.core;

import dev.reactivator.core.data.IngestionReport;

/**
 * The input was read but not one row could be accepted. The message lists the most frequent
 * problems; {@link #report()} has every rejected row.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public final class NoUsableRowsException extends InputException {
  private static final long serialVersionUID = 1L;

  private final transient IngestionReport report;

  /**
   * An exception for a source that gave no accepted row.
   *
   * @param message what was read and how to fix it, in the user's language
   * @param report the ingestion report, with zero accepted rows
   */
  public NoUsableRowsException(String message, IngestionReport report) {
    super(report.source(), message);
    this.report = report;
  }

  /**
   * What was read and why every row was rejected.
   *
   * @return the ingestion report, with zero accepted rows and every rejected row
   */
  public IngestionReport report() {
    return report;
  }
}
