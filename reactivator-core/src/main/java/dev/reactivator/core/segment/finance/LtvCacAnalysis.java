package dev.reactivator.core.segment.finance;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.cohort.CohortMode;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Cohort LTV vs CAC, chained so that it never falls: for k = 0 … months, the value at k − 1 plus
 * the mean, over the customers with (analysis month − first month) ≥ k, of the revenue they made in
 * calendar month first month + k; the payback month is the first k where it reaches CAC. See {@code
 * docs/metrics.md}, "Finance".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class LtvCacAnalysis {
  private LtvCacAnalysis() {}

  /**
   * The curve with CAC 3000 and M0 … M12.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return the curve with CAC 3000 and M0 … M12
   */
  public static LtvCacCurve compute(CustomerBase base) {
    return compute(base, LtvCacOptions.defaults());
  }

  /**
   * The curve with the given options.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the acquisition cost and the months to follow
   * @return the curve with the given options
   */
  public static LtvCacCurve compute(CustomerBase base, LtvCacOptions options) {
    Objects.requireNonNull(options, "options");
    return compute(PurchaseColumns.of(base), options);
  }

  /**
   * The LTV-vs-CAC curve computed from precomputed purchase columns; the entry point the segment
   * stage uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @param options the acquisition cost and the months to follow
   * @return the cumulative LTV per customer by month against CAC
   */
  static LtvCacCurve compute(PurchaseColumns col, LtvCacOptions options) {
    int h = options.months();
    // chained: month k adds the mean revenue in month k of the customers observable at k, so the
    // curve never falls when the younger cohorts drop out of the later months
    double[] sum = new double[h + 1];
    int[] observed = new int[h + 1];
    int asOfMonth = PurchaseColumns.month(col.asOfDay);
    for (int c = 0; c < col.n; c++) {
      int m0 = PurchaseColumns.month(col.first[c]);
      int lim = Math.min(asOfMonth - m0, h);
      for (int k = 0; k <= lim; k++) {
        observed[k]++;
      }
      for (int i = col.offsets[c], e = col.offsets[c + 1]; i < e; i++) {
        int k = PurchaseColumns.month(col.day[i]) - m0;
        if (k >= 0 && k <= lim) {
          sum[k] += col.amount[i];
        }
      }
    }
    List<OptionalDouble> ltv = new ArrayList<>(h + 1);
    List<Integer> obs = new ArrayList<>(h + 1);
    OptionalInt payback = OptionalInt.empty();
    double cumulative = 0;
    for (int k = 0; k <= h; k++) {
      obs.add(observed[k]);
      if (observed[k] == 0) {
        ltv.add(OptionalDouble.empty());
      } else {
        cumulative += sum[k] / observed[k];
        ltv.add(OptionalDouble.of(cumulative));
        if (payback.isEmpty() && cumulative >= options.cac()) {
          payback = OptionalInt.of(k);
        }
      }
    }
    return new LtvCacCurve(
        col.trueDates ? CohortMode.TRUE_PURCHASES : CohortMode.ACTIVE_SPAN,
        options.cac(),
        ltv,
        obs,
        payback);
  }
}
