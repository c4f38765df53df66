package dev.reactivator.core.score;

/**
 * Upper bounds of the {@link RiskLevel} buckets, as churn probabilities: a probability {@code p} is
 * LOW when {@code p <= low}, MEDIUM when {@code p <= medium}, HIGH when {@code p <= high}, else
 * CRITICAL.
 *
 * <p>Immutable and thread-safe.
 *
 * @param low upper bound of LOW (default 0.20)
 * @param medium upper bound of MEDIUM (default 0.50)
 * @param high upper bound of HIGH (default 0.80)
 */
public record RiskThresholds(double low, double medium, double high) {
  /**
   * Checks {@code 0 < low < medium < high < 1}.
   *
   * @param low upper bound of LOW (default 0.20)
   * @param medium upper bound of MEDIUM (default 0.50)
   * @param high upper bound of HIGH (default 0.80)
   * @throws IllegalArgumentException unless {@code 0 < low < medium < high < 1}
   */
  public RiskThresholds {
    if (!(0 < low && low < medium && medium < high && high < 1)) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 < low < medium < high < 1, were "
              + low
              + ", "
              + medium
              + ", "
              + high);
    }
  }

  /**
   * The seed's buckets: 20 %, 50 %, 80 %.
   *
   * @return the seed's buckets: 20 %, 50 %, 80 %
   */
  public static RiskThresholds defaults() {
    return new RiskThresholds(0.20, 0.50, 0.80);
  }

  /**
   * The level of churn probability {@code p}.
   *
   * @param p the churn probability, in [0, 1]
   * @return the bucket {@code p} falls in
   */
  public RiskLevel levelOf(double p) {
    if (p <= low) {
      return RiskLevel.LOW;
    }
    if (p <= medium) {
      return RiskLevel.MEDIUM;
    }
    return p <= high ? RiskLevel.HIGH : RiskLevel.CRITICAL;
  }
}
