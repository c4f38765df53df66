package dev.reactivator.core.features;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.score.ReasonCode;
import java.util.Arrays;

/**
 * Model-independent behaviour of every customer, computed in one pass over a {@link CustomerBase}
 * into primitive columns: purchase cycle, pause, and the strength of each reason code. The formulas
 * are documented in {@code docs/metrics.md} ("Purchase timing", "Reason codes"). Internal.
 */
public final class Behaviour {
  /** The smallest cycle used, in days (purchases all on one day would give 0). */
  public static final double MIN_CYCLE_DAYS = 1.0;

  /** The smallest population cycle used when nobody repeats, in days. */
  public static final double MIN_FALLBACK_CYCLE_DAYS = 30.0;

  public final int n;
  /** Purchases per customer. */
  public final int[] purchases;
  /** Days from the last purchase to the analysis date. */
  public final int[] daysSinceLast;
  /** Days from the first purchase to the analysis date (the customer's age, T). */
  public final int[] age;
  /** Days from the first to the last purchase (t_x). */
  public final int[] activeSpan;
  /** Personal cycle {@code (last − first) / (n − 1)} floored at {@link #MIN_CYCLE_DAYS}, NaN for one purchase. */
  public final double[] personalCycle;
  /** The population's median personal cycle; for one-time buyers the fallback. */
  public final double populationCycle;
  /** Whether {@link #populationCycle} came from repeat buyers (else from the median age). */
  public final boolean populationCycleFromRepeaters;
  /** Total spent. */
  public final double[] monetary;
  /** Reason strengths in [0, 1], indexed [code.ordinal()][customer]; null rows for codes whose data is absent. */
  public final double[][] strength;

  private Behaviour(CustomerBase base) {
    n = base.size();
    purchases = new int[n];
    daysSinceLast = new int[n];
    age = new int[n];
    activeSpan = new int[n];
    personalCycle = new double[n];
    monetary = new double[n];
    int asOf = base.asOfDay();
    double[] cycles = new double[n];
    int repeaters = 0;
    for (int c = 0; c < n; c++) {
      int k = base.purchaseCount(c);
      purchases[c] = k;
      int first = base.firstPurchaseDay(c);
      int last = base.lastPurchaseDay(c);
      daysSinceLast[c] = Math.max(0, asOf - last);
      age[c] = Math.max(0, asOf - first);
      activeSpan[c] = Math.max(0, last - first);
      monetary[c] = base.totalSpent(c);
      if (k >= 2) {
        personalCycle[c] = Math.max(MIN_CYCLE_DAYS, (double) (last - first) / (k - 1));
        cycles[repeaters++] = personalCycle[c];
      } else {
        personalCycle[c] = Double.NaN;
      }
    }
    if (repeaters > 0) {
      populationCycle = median(Arrays.copyOf(cycles, repeaters));
      populationCycleFromRepeaters = true;
    } else {
      double[] ages = new double[n];
      for (int c = 0; c < n; c++) {
        ages[c] = age[c];
      }
      populationCycle = Math.max(MIN_FALLBACK_CYCLE_DAYS, n == 0 ? 0 : median(ages));
      populationCycleFromRepeaters = false;
    }
    strength = new double[ReasonCode.values().length][];
    strength[ReasonCode.RECENCY_DROP.ordinal()] = recency();
    if (base.has(Field.PURCHASE_DATE)) {
      strength[ReasonCode.FREQUENCY_DROP.ordinal()] = frequencyDrop(base);
      strength[ReasonCode.CHECK_DROP.ordinal()] = checkDrop(base);
    }
    if (base.has(Field.COMPLAINTS)) {
      double[] s = new double[n];
      for (int c = 0; c < n; c++) {
        s[c] = Math.min(1.0, base.complaints(c).orElse(0) / 3.0);
      }
      strength[ReasonCode.COMPLAINTS.ordinal()] = s;
    }
    if (base.has(Field.TICKETS)) {
      strength[ReasonCode.SUPPORT_SPIKE.ordinal()] = supportSpike(base);
    }
    if (base.has(Field.DISCOUNTED_PURCHASES)) {
      double[] s = new double[n];
      for (int c = 0; c < n; c++) {
        int d = base.discountedPurchases(c).orElse(0);
        double share = Math.min(1.0, (double) d / purchases[c]);
        s[c] = clamp((share - 0.5) / 0.5);
      }
      strength[ReasonCode.DISCOUNT_DEPENDENCE.ordinal()] = s;
    }
  }

  /** Computes the behaviour of every customer of {@code base}. */
  public static Behaviour of(CustomerBase base) {
    return new Behaviour(base);
  }

  /** The cycle used for customer {@code c}: personal, or the population's for a one-time buyer. */
  public double cycle(int c) {
    return Double.isNaN(personalCycle[c]) ? populationCycle : personalCycle[c];
  }

  /** Days since the last purchase divided by the cycle. */
  public double pauseRatio(int c) {
    return daysSinceLast[c] / cycle(c);
  }

  /** Whether reason {@code code}'s data exists in this base. */
  public boolean has(ReasonCode code) {
    return strength[code.ordinal()] != null;
  }

  /** RECENCY_DROP: 0 at one cycle of pause, rising linearly to 1 at three cycles. */
  private double[] recency() {
    double[] s = new double[n];
    for (int c = 0; c < n; c++) {
      s[c] = clamp((pauseRatio(c) - 1) / 2);
    }
    return s;
  }

  /**
   * FREQUENCY_DROP (3+ purchases): the mean of the later half of the gaps between consecutive
   * purchases over the mean of the earlier half; strength {@code (ratio − 1) / 2} once the ratio
   * reaches 1.25.
   */
  private double[] frequencyDrop(CustomerBase base) {
    double[] s = new double[n];
    for (int c = 0; c < n; c++) {
      int k = purchases[c];
      if (k < 3) {
        continue;
      }
      int gaps = k - 1;
      int half = gaps / 2;
      double early = 0;
      double late = 0;
      for (int g = 0; g < gaps; g++) {
        double gap = base.purchaseDay(c, g + 1) - base.purchaseDay(c, g);
        if (g < half) {
          early += gap;
        } else {
          late += gap;
        }
      }
      early = Math.max(MIN_CYCLE_DAYS, early / half);
      late = late / (gaps - half);
      double ratio = late / early;
      s[c] = ratio >= 1.25 ? clamp((ratio - 1) / 2) : 0;
    }
    return s;
  }

  /**
   * CHECK_DROP (2+ purchases): the mean of the last ⌈n/3⌉ purchase amounts against the mean of the
   * earlier ones; drop {@code 1 − recent / earlier}; strength {@code drop / 0.5} once the drop
   * reaches 20 %.
   */
  private double[] checkDrop(CustomerBase base) {
    double[] s = new double[n];
    for (int c = 0; c < n; c++) {
      int k = purchases[c];
      if (k < 2) {
        continue;
      }
      int recentCount = (k + 2) / 3;
      double recent = 0;
      double earlier = 0;
      for (int j = 0; j < k; j++) {
        if (j >= k - recentCount) {
          recent += base.purchaseAmount(c, j);
        } else {
          earlier += base.purchaseAmount(c, j);
        }
      }
      double drop = 1 - (recent / recentCount) / (earlier / (k - recentCount));
      s[c] = drop >= 0.2 ? clamp(drop / 0.5) : 0;
    }
    return s;
  }

  /**
   * SUPPORT_SPIKE: tickets per purchase against the base's reference level {@code max(median, 0.25)};
   * strength {@code (rate / reference − 1) / 3} for customers with at least two tickets.
   */
  private double[] supportSpike(CustomerBase base) {
    double[] rate = new double[n];
    int[] tickets = new int[n];
    for (int c = 0; c < n; c++) {
      tickets[c] = base.tickets(c).orElse(0);
      rate[c] = (double) tickets[c] / purchases[c];
    }
    double reference = Math.max(0.25, median(rate.clone()));
    double[] s = new double[n];
    for (int c = 0; c < n; c++) {
      s[c] = tickets[c] >= 2 ? clamp((rate[c] / reference - 1) / 3) : 0;
    }
    return s;
  }

  static double clamp(double v) {
    return v > 0 ? Math.min(1.0, v) : 0.0;
  }

  /** The median; sorts {@code values} in place. */
  public static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(values);
    int m = values.length / 2;
    return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
  }
}
