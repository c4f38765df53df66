package dev.reactivator.core.segment.cohort;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import dev.reactivator.core.segment.rfm.Quintiles;
import dev.reactivator.core.segment.widget.IntList;
import java.util.List;

/**
 * The retention funnel: every customer reaches "1st purchase"; those with ≥ 2 purchases reach "2nd
 * purchase"; those with ≥ 3 reach "3+ purchases". Purchases are accepted rows, so the funnel is
 * exact with or without true purchase dates. See {@code docs/metrics.md}, "Analytics".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class RetentionFunnelAnalysis {
  private RetentionFunnelAnalysis() {}

  /**
   * The funnel of {@code base}.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return the funnel of {@code base}
   */
  public static RetentionFunnel compute(CustomerBase base) {
    return compute(PurchaseColumns.of(base));
  }

  /**
   * The funnel computed from precomputed purchase columns; the entry point the segment stage uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @return the number of customers at each purchase count and the conversions between them
   */
  static RetentionFunnel compute(PurchaseColumns col) {
    int n = col.n;
    int[] stage = new int[n];
    for (int c = 0; c < n; c++) {
      stage[c] = Math.min(col.count[c], 3) - 1; // 0: one purchase, 1: two, 2: three or more
    }
    int[][] g = Quintiles.groupBy(stage, 3);
    int[] all = new int[n];
    for (int c = 0; c < n; c++) {
      all[c] = c;
    }
    int[] twoPlus = new int[g[1].length + g[2].length];
    int i = 0;
    int a = 0;
    int b = 0;
    while (a < g[1].length || b < g[2].length) {
      if (b >= g[2].length || (a < g[1].length && g[1][a] < g[2][b])) {
        twoPlus[i++] = g[1][a++];
      } else {
        twoPlus[i++] = g[2][b++];
      }
    }
    List<FunnelStage> nodes =
        List.of(
            new FunnelStage("first-purchase", IntList.of(all)),
            new FunnelStage("second-purchase", IntList.of(twoPlus)),
            new FunnelStage("third-plus-purchase", IntList.of(g[2])),
            new FunnelStage("lost-after-first", IntList.of(g[0])),
            new FunnelStage("lost-after-second", IntList.of(g[1])));
    List<FunnelLink> links =
        List.of(
            new FunnelLink("first-purchase", "second-purchase", twoPlus.length),
            new FunnelLink("first-purchase", "lost-after-first", g[0].length),
            new FunnelLink("second-purchase", "third-plus-purchase", g[2].length),
            new FunnelLink("second-purchase", "lost-after-second", g[1].length));
    return new RetentionFunnel(nodes, links);
  }
}
