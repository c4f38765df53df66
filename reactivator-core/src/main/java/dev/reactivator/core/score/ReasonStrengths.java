package dev.reactivator.core.score;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.features.CustomerFeatures;

/**
 * The strength in [0, 1] of every reason code for every customer, computed once from the {@link
 * CustomerFeatures} (and, for the drops, the purchases of the {@link CustomerBase}). The formulas
 * are documented in {@code docs/metrics.md} ("Reason codes").
 */
final class ReasonStrengths {
  private final double[][] strength;

  private ReasonStrengths(CustomerBase base, CustomerFeatures f) {
    strength = new double[ReasonCode.values().length][];
    int n = f.size();
    strength[ReasonCode.RECENCY_DROP.ordinal()] = recency(f);
    if (base.has(Field.PURCHASE_DATE)) {
      strength[ReasonCode.FREQUENCY_DROP.ordinal()] = frequencyDrop(base, f);
      strength[ReasonCode.CHECK_DROP.ordinal()] = checkDrop(base, f);
    }
    if (f.has(Field.COMPLAINTS)) {
      double[] s = new double[n];
      for (int c = 0; c < n; c++) {
        s[c] = Math.min(1.0, f.count(Field.COMPLAINTS, c) / 3.0);
      }
      strength[ReasonCode.COMPLAINTS.ordinal()] = s;
    }
    if (f.has(Field.TICKETS)) {
      strength[ReasonCode.SUPPORT_SPIKE.ordinal()] = supportSpike(f);
    }
    if (f.has(Field.DISCOUNTED_PURCHASES)) {
      double[] s = new double[n];
      for (int c = 0; c < n; c++) {
        int d = f.count(Field.DISCOUNTED_PURCHASES, c);
        double share = Math.min(1.0, (double) d / f.purchaseCount(c));
        s[c] = clamp((share - 0.5) / 0.5);
      }
      strength[ReasonCode.DISCOUNT_DEPENDENCE.ordinal()] = s;
    }
  }

  /** The strengths of every customer of {@code base}, whose features are {@code features}. */
  static ReasonStrengths of(CustomerBase base, CustomerFeatures features) {
    return new ReasonStrengths(base, features);
  }

  /** Whether reason {@code code}'s data exists in this base. */
  boolean has(ReasonCode code) {
    return strength[code.ordinal()] != null;
  }

  /** The strength of {@code code} for customer {@code c}; 0 when the code's data is absent. */
  double strength(ReasonCode code, int c) {
    return has(code) ? strength[code.ordinal()][c] : 0.0;
  }

  /** RECENCY_DROP: 0 at one cycle of pause, rising linearly to 1 at three cycles. */
  private static double[] recency(CustomerFeatures f) {
    double[] s = new double[f.size()];
    for (int c = 0; c < s.length; c++) {
      s[c] = clamp((f.pauseRatio(c) - 1) / 2);
    }
    return s;
  }

  /**
   * FREQUENCY_DROP (3+ purchases): the mean of the later half of the gaps between consecutive
   * purchases over the mean of the earlier half; strength {@code (ratio − 1) / 2} once the ratio
   * reaches 1.25.
   */
  private static double[] frequencyDrop(CustomerBase base, CustomerFeatures f) {
    double[] s = new double[f.size()];
    for (int c = 0; c < s.length; c++) {
      int k = f.purchaseCount(c);
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
      early = Math.max(CustomerFeatures.MIN_CYCLE_DAYS, early / half);
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
  private static double[] checkDrop(CustomerBase base, CustomerFeatures f) {
    double[] s = new double[f.size()];
    for (int c = 0; c < s.length; c++) {
      int k = f.purchaseCount(c);
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

  /** SUPPORT_SPIKE: {@link SupportSpike}, the reference level from the median over the base. */
  private static double[] supportSpike(CustomerFeatures f) {
    int n = f.size();
    double[] rate = new double[n];
    for (int c = 0; c < n; c++) {
      rate[c] = SupportSpike.rate(f.count(Field.TICKETS, c), f.purchaseCount(c));
    }
    double reference = SupportSpike.reference(CustomerFeatures.median(rate));
    double[] s = new double[n];
    for (int c = 0; c < n; c++) {
      s[c] = SupportSpike.strength(f.count(Field.TICKETS, c), f.purchaseCount(c), reference);
    }
    return s;
  }

  private static double clamp(double v) {
    return v > 0 ? Math.min(1.0, v) : 0.0;
  }
}
