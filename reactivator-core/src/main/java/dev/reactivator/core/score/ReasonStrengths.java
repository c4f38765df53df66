package dev.reactivator.core.score;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.features.CustomerFeatures;

/**
 * The strength in [0, 1] of every reason code for every customer, computed on each read from the
 * {@link CustomerFeatures} (and, for the drops, the purchases of the {@link CustomerBase}): six
 * customer-length columns held for the life of the scored base would cost 9.6 MB at 200 000
 * customers, and each strength is a few operations on one customer's figures. Only the tickets'
 * reference level is a figure of the whole base; it is computed once. The formulas are documented
 * in {@code docs/metrics.md} ("Reason codes").
 */
final class ReasonStrengths {
  private final CustomerBase base;
  private final CustomerFeatures f;
  private final boolean[] has;

  /** SUPPORT_SPIKE's reference level, NaN without tickets. */
  private final double ticketReference;

  private ReasonStrengths(CustomerBase base, CustomerFeatures f) {
    this.base = base;
    this.f = f;
    has = new boolean[ReasonCode.values().length];
    has[ReasonCode.RECENCY_DROP.ordinal()] = true;
    if (base.has(Field.PURCHASE_DATE)) {
      has[ReasonCode.FREQUENCY_DROP.ordinal()] = true;
      has[ReasonCode.CHECK_DROP.ordinal()] = true;
    }
    has[ReasonCode.COMPLAINTS.ordinal()] = f.has(Field.COMPLAINTS);
    has[ReasonCode.SUPPORT_SPIKE.ordinal()] = f.has(Field.TICKETS);
    has[ReasonCode.DISCOUNT_DEPENDENCE.ordinal()] = f.has(Field.DISCOUNTED_PURCHASES);
    ticketReference = f.has(Field.TICKETS) ? ticketReference(f) : Double.NaN;
  }

  /** The strengths of every customer of {@code base}, whose features are {@code features}. */
  static ReasonStrengths of(CustomerBase base, CustomerFeatures features) {
    return new ReasonStrengths(base, features);
  }

  /** Whether reason {@code code}'s data exists in this base. */
  boolean has(ReasonCode code) {
    return has[code.ordinal()];
  }

  /** The strength of {@code code} for customer {@code c}; 0 when the code's data is absent. */
  double strength(ReasonCode code, int c) {
    if (!has(code)) {
      return 0.0;
    }
    return switch (code) {
      case RECENCY_DROP -> recency(f, c);
      case FREQUENCY_DROP -> frequencyDrop(base, f, c);
      case CHECK_DROP -> checkDrop(base, f, c);
      case COMPLAINTS -> Math.min(1.0, f.count(Field.COMPLAINTS, c) / 3.0);
      case SUPPORT_SPIKE -> supportSpike(f, c, ticketReference);
      case DISCOUNT_DEPENDENCE -> discountDependence(f, c);
    };
  }

  /** RECENCY_DROP: 0 at one cycle of pause, rising linearly to 1 at three cycles. */
  private static double recency(CustomerFeatures f, int c) {
    return clamp((f.pauseRatio(c) - 1) / 2);
  }

  /** DISCOUNT_DEPENDENCE: 0 up to half the purchases on discount, rising linearly to 1 at all. */
  private static double discountDependence(CustomerFeatures f, int c) {
    int d = f.count(Field.DISCOUNTED_PURCHASES, c);
    double share = Math.min(1.0, (double) d / f.purchaseCount(c));
    return clamp((share - 0.5) / 0.5);
  }

  /**
   * FREQUENCY_DROP (3+ purchases): the mean of the later half of the gaps between consecutive
   * purchases over the mean of the earlier half; strength {@code (ratio − 1) / 2} once the ratio
   * reaches 1.25.
   */
  private static double frequencyDrop(CustomerBase base, CustomerFeatures f, int c) {
    int k = f.purchaseCount(c);
    if (k < 3) {
      return 0;
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
    return ratio >= 1.25 ? clamp((ratio - 1) / 2) : 0;
  }

  /**
   * CHECK_DROP (2+ purchases): the mean of the last ⌈n/3⌉ purchase amounts against the mean of the
   * earlier ones; drop {@code 1 − recent / earlier}; strength {@code drop / 0.5} once the drop
   * reaches 20 %.
   */
  private static double checkDrop(CustomerBase base, CustomerFeatures f, int c) {
    int k = f.purchaseCount(c);
    if (k < 2) {
      return 0;
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
    return drop >= 0.2 ? clamp(drop / 0.5) : 0;
  }

  /** SUPPORT_SPIKE: {@link SupportSpike}, the reference level from the median over the base. */
  private static double ticketReference(CustomerFeatures f) {
    int n = f.size();
    double[] rate = new double[n];
    for (int c = 0; c < n; c++) {
      rate[c] = SupportSpike.rate(f.count(Field.TICKETS, c), f.purchaseCount(c));
    }
    return SupportSpike.reference(CustomerFeatures.median(rate));
  }

  private static double supportSpike(CustomerFeatures f, int c, double reference) {
    return SupportSpike.strength(f.count(Field.TICKETS, c), f.purchaseCount(c), reference);
  }

  private static double clamp(double v) {
    return v > 0 ? Math.min(1.0, v) : 0.0;
  }
}
