package dev.reactivator.core.segment.rfm;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * RFM analysis: recency (days since the last purchase), frequency (number of purchases) and
 * monetary value (total spent) scored in rank-based quintiles, 1–5 with 5 best. A customer's score
 * is {@code 1 + floor(5 × w / n)} where {@code w} is the number of customers with a strictly worse
 * value, so equal values always share a score and the result does not depend on customer order. See
 * {@code docs/metrics.md}, "Growth points".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class RfmAnalysis {
  private RfmAnalysis() {}

  /**
   * Scores and segments every customer of {@code base}.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return every customer's RFM scores, code and segments
   */
  public static RfmResult compute(CustomerBase base) {
    return compute(PurchaseColumns.of(base));
  }

  /**
   * RFM scores and segments computed from precomputed purchase columns; the entry point the segment
   * stage uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @return every customer's RFM scores, code and segments
   */
  static RfmResult compute(PurchaseColumns col) {
    int n = col.n;
    double[] recency = new double[n];
    double[] frequency = new double[n];
    int[] recencyDays = new int[n];
    for (int c = 0; c < n; c++) {
      recencyDays[c] = col.asOfDay - col.last[c];
      recency[c] = recencyDays[c];
      frequency[c] = col.count[c];
    }
    int[] r = Quintiles.lowerIsBetter(recency);
    int[] f = Quintiles.higherIsBetter(frequency);
    int[] m = Quintiles.higherIsBetter(col.total);
    int[] seed = new int[n];
    int[] map = new int[n];
    for (int c = 0; c < n; c++) {
      seed[c] = SeedRfmSegment.of(r[c], f[c]).ordinal();
      map[c] = RfmMapSegment.of(r[c], f[c]).ordinal();
    }
    List<RfmSegment> seedSegments = segments(col, recencyDays, seed, keys(SeedRfmSegment.values()));
    List<RfmSegment> mapSegments = segments(col, recencyDays, map, keys(RfmMapSegment.values()));
    return new RfmResult(
        IntList.of(recencyDays),
        IntList.of(r),
        IntList.of(f),
        IntList.of(m),
        seedSegments,
        mapSegments);
  }

  private static String[] keys(SeedRfmSegment[] values) {
    String[] k = new String[values.length];
    for (int i = 0; i < k.length; i++) {
      k[i] = values[i].key();
    }
    return k;
  }

  private static String[] keys(RfmMapSegment[] values) {
    String[] k = new String[values.length];
    for (int i = 0; i < k.length; i++) {
      k[i] = values[i].key();
    }
    return k;
  }

  private static List<RfmSegment> segments(
      PurchaseColumns col, int[] recencyDays, int[] label, String[] keys) {
    int[][] groups = Quintiles.groupBy(label, keys.length);
    List<RfmSegment> out = new ArrayList<>(keys.length);
    for (int s = 0; s < keys.length; s++) {
      int[] g = groups[s];
      double revenue = 0;
      double rec = 0;
      double freq = 0;
      for (int c : g) {
        revenue += col.total[c];
        rec += recencyDays[c];
        freq += col.count[c];
      }
      boolean any = g.length > 0;
      out.add(
          new RfmSegment(
              keys[s],
              IntList.of(g),
              revenue,
              any ? OptionalDouble.of(rec / g.length) : OptionalDouble.empty(),
              any ? OptionalDouble.of(freq / g.length) : OptionalDouble.empty(),
              any ? OptionalDouble.of(revenue / g.length) : OptionalDouble.empty()));
    }
    return out;
  }
}
