package dev.reactivator.core.segment.internal;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.score.ScoredBase;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The {@link ScoredBase} accessors read once into primitive columns, so that every widget loops
 * over arrays; the customer figures (LTV, purchases, pause, cycle) come from the base's {@link
 * CustomerFeatures}. The scores the scored base already holds in columns (P(alive) and churn, the
 * expected purchases, average order and CLV) are read through it rather than copied. Shared by the
 * calculators of one dashboard. Internal.
 */
public final class ScoreColumns {
  /** Timing status codes in {@link #status}: the ordinals of {@code TimingStatus}. */
  public static final byte EXPECTED = 0;

  /** See {@link #EXPECTED}. */
  public static final byte NOW = 1;

  /** See {@link #EXPECTED}. */
  public static final byte LATE = 2;

  public final ScoredBase scored;
  public final CustomerBase base;
  public final int n;
  public final double[] ret;

  /** Historical LTV (total spent). */
  public final double[] ltv;

  /** The cycle used, days. */
  public final double[] cycle;

  public final int[] purchases;
  public final int[] daysSince;

  /** {@code TimingStatus} ordinal. */
  public final byte[] status;

  /** {@code RiskLevel} ordinal. */
  public final byte[] risk;

  private ScoreColumns(ScoredBase s) {
    scored = s;
    base = s.base();
    n = s.size();
    ret = new double[n];
    ltv = new double[n];
    cycle = new double[n];
    purchases = new int[n];
    daysSince = new int[n];
    status = new byte[n];
    risk = new byte[n];
    CustomerFeatures f = s.features();
    for (int c = 0; c < n; c++) {
      ret[c] = s.returnProbability(c);
      ltv[c] = f.totalSpent(c);
      cycle[c] = f.cycle(c);
      purchases[c] = f.purchaseCount(c);
      daysSince[c] = f.daysSinceLast(c);
      status[c] = (byte) s.timingStatus(c).ordinal();
      risk[c] = (byte) s.riskLevel(c).ordinal();
    }
  }

  /** Reads every column of {@code scored}. */
  public static ScoreColumns of(ScoredBase scored) {
    return MEMO.get(scored, ScoreColumns::new);
  }

  /** The columns of the scored bases in use: the calculators of one segmentation share them. */
  private static final Memo<ScoredBase, ScoreColumns> MEMO = new Memo<>();

  /** P(alive) of customer {@code c}. */
  public double pAlive(int c) {
    return scored.probabilityAlive(c);
  }

  /** The churn probability of customer {@code c}. */
  public double churn(int c) {
    return scored.churnProbability(c);
  }

  /** The expected purchases of customer {@code c} within the horizon. */
  public double expectedPurchases(int c) {
    return scored.expectedPurchases(c);
  }

  /** The expected average order of customer {@code c}. */
  public double aov(int c) {
    return scored.expectedAverageOrder(c);
  }

  /** The CLV of customer {@code c}. */
  public double clv(int c) {
    return scored.clv(c);
  }

  /** Days since the last purchase over the cycle used. */
  public double pauseRatio(int c) {
    return daysSince[c] / cycle[c];
  }

  /** Whether risk level ordinal {@code r} is HIGH or CRITICAL. */
  public static boolean atLeastHigh(byte r) {
    return r >= 2;
  }

  /**
   * The customers at HIGH or CRITICAL risk, ascending: the one list behind the glossary's {@code
   * at-risk} group and the ROI simulator's touch base.
   */
  public int[] atRisk() {
    return IntStream.range(0, n).filter(c -> atLeastHigh(risk[c])).toArray();
  }

  /** Customers' display name: the name, or the pseudonym when there is none. */
  public String displayName(int c) {
    return base.name(c).orElseGet(() -> base.pseudonym(c));
  }

  /**
   * The flags of the top {@code share} of customers by {@code value}: those whose value is at least
   * the {@code ⌈share × n⌉}-th largest (ties all included, so the flag does not depend on the order
   * of the customers). No customer is flagged when {@code n} is 0.
   */
  public static boolean[] topShare(double[] value, double share) {
    int n = value.length;
    boolean[] flag = new boolean[n];
    if (n == 0) {
      return flag;
    }
    double threshold = kthLargest(value, (int) topShareCount(n, share));
    for (int c = 0; c < n; c++) {
      flag[c] = value[c] >= threshold;
    }
    return flag;
  }

  /**
   * The rank {@code k} of {@link #topShare}'s threshold among {@code n > 0} values: {@code ⌈share ×
   * n⌉}, at least 1 and at most {@code n}.
   */
  public static long topShareCount(long n, double share) {
    return (long) Math.min(n, Math.max(1, Math.ceil(share * n - 1e-9)));
  }

  /** The {@code k}-th largest value (1-based). */
  public static double kthLargest(double[] value, int k) {
    double[] sorted = value.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length - k];
  }
}
