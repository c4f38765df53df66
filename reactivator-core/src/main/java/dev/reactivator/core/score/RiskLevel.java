package dev.reactivator.core.score;

/**
 * The seed's churn-risk buckets by churn probability: Low 0–20 %, Medium 21–50 %, High 51–80 %,
 * Critical 81–100 % (boundaries configurable in {@link RiskThresholds}).
 *
 * <p>Immutable and thread-safe.
 */
public enum RiskLevel {
  /** Churn probability up to the low threshold (default 20 %). */
  LOW,
  /** Up to the medium threshold (default 50 %). */
  MEDIUM,
  /** Up to the high threshold (default 80 %). */
  HIGH,
  /** Above the high threshold. */
  CRITICAL;

  /**
   * Whether this level is HIGH or CRITICAL: the customers the seed calls "at risk" for saving.
   *
   * @return whether this level is HIGH or CRITICAL: the customers the seed calls "at risk" for
   *     saving
   */
  public boolean atLeastHigh() {
    return this == HIGH || this == CRITICAL;
  }
}
