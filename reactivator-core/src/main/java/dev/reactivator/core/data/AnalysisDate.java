package dev.reactivator.core.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The analysis date of a load and where it came from, next to the latest purchase in the data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the analysis date every figure is computed at
 * @param basis how the date was chosen
 * @param lastPurchase the latest purchase date among the accepted lines
 */
public record AnalysisDate(LocalDate asOf, Basis basis, LocalDate lastPurchase) {

  /** How an analysis date was chosen. */
  public enum Basis {
    /** Given by the caller ({@code --as-of}, {@code LoadStage.asOf}). */
    GIVEN,
    /** The day after the latest purchase date in the data. */
    LAST_PURCHASE,
    /** Today, because the data has no purchase dates (only days since the purchase). */
    TODAY
  }

  /**
   * Checks the components.
   *
   * @param asOf the analysis date every figure is computed at
   * @param basis how the date was chosen
   * @param lastPurchase the latest purchase date among the accepted lines
   * @throws NullPointerException if a component is null
   */
  public AnalysisDate {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(lastPurchase, "lastPurchase");
  }

  /**
   * Days from the latest purchase to the analysis date; negative when the analysis date lies before
   * it.
   *
   * @return {@code asOf − lastPurchase} in days
   */
  public long daysAfterLastPurchase() {
    return ChronoUnit.DAYS.between(lastPurchase, asOf);
  }
}
