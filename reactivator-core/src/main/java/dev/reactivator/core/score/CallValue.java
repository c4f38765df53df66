package dev.reactivator.core.score;

/**
 * One customer's place in the call list, each figure from that customer's scores alone (formulas in
 * {@code docs/metrics.md}, "Sales manager"): the revenue if retained, the value at stake, the
 * urgency, the expected money saved by calling now and the call tier. The call list, the overview
 * and a cluster job's per-customer columns read these, so each is defined once.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class CallValue {
  /** Below this P(alive) the revenue "if retained" is taken from the customer's own pace. */
  public static final double MIN_ALIVE = 1e-3;

  private CallValue() {}

  /**
   * Revenue if retained over the horizon: {@code R = E[purchases] × AOV / P(alive)} (exactly {@code
   * E[purchases | alive] × AOV}, since a dead customer buys nothing); for {@code P(alive) < 0.001},
   * the customer's own pace {@code AOV × horizon / cycle}.
   *
   * @param pAlive P(alive)
   * @param expectedPurchases the expected purchases over the horizon
   * @param averageOrder the expected average order
   * @param cycle the cycle used, days
   * @param horizonDays the horizon, days
   * @return the revenue if retained
   */
  public static double retained(
      double pAlive, double expectedPurchases, double averageOrder, double cycle, int horizonDays) {
    return pAlive >= MIN_ALIVE
        ? expectedPurchases * averageOrder / pAlive
        : averageOrder * horizonDays / cycle;
  }

  /**
   * The value at stake: revenue if retained × churn probability, finite and non-negative (NaN and
   * negatives become 0).
   *
   * @param retained the revenue if retained ({@link #retained})
   * @param churn the churn probability
   * @return the value at stake
   */
  public static double stake(double retained, double churn) {
    return finite(retained * churn);
  }

  /**
   * The urgency, 0 to 1: 1 when the customer is due or overdue, else the share of the customer's
   * own cycle already elapsed, {@code min(1, days since / cycle)}.
   *
   * @param status the T2NP status
   * @param daysSince days since the last purchase
   * @param cycle the cycle used, days
   * @return the urgency
   */
  public static double urgency(TimingStatus status, int daysSince, double cycle) {
    return status != TimingStatus.EXPECTED ? 1 : cycle > 0 ? Math.min(1, daysSince / cycle) : 1;
  }

  /**
   * The expected money saved by calling now: {@code return probability × stake × urgency}, finite
   * and non-negative.
   *
   * @param returnProbability the return probability
   * @param stake the value at stake ({@link #stake})
   * @param urgency the urgency ({@link #urgency})
   * @return the expected money saved
   */
  public static double saved(double returnProbability, double stake, double urgency) {
    return finite(returnProbability * stake * urgency);
  }

  /**
   * Whether the customer is in the call list's first tier: due, overdue or at CRITICAL risk.
   *
   * @param status the T2NP status
   * @param risk the risk level
   * @return whether the customer is called first
   */
  public static boolean firstTier(TimingStatus status, RiskLevel risk) {
    return status != TimingStatus.EXPECTED || risk == RiskLevel.CRITICAL;
  }

  /** A finite, non-negative value: NaN and negatives become 0. */
  private static double finite(double v) {
    return v > 0 ? Math.min(v, Double.MAX_VALUE) : 0;
  }
}
