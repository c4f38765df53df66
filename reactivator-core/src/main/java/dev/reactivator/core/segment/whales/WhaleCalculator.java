package dev.reactivator.core.segment.whales;

import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.Objects;

/**
 * Computes {@link SleepingWhales} of a {@link ScoredBase}. Stateless.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class WhaleCalculator {
  private WhaleCalculator() {}

  /**
   * The sleeping whales of {@code scored} with the default options.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @return the sleeping whales of {@code scored} with the default options
   */
  public static SleepingWhales compute(ScoredBase scored) {
    return compute(scored, WhaleOptions.defaults());
  }

  /**
   * The sleeping whales of {@code scored}.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @param options the top-spender share by LTV and the sleep multiple of the cycle
   * @return the sleeping whales of {@code scored}
   */
  public static SleepingWhales compute(ScoredBase scored, WhaleOptions options) {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(options, "options");
    return compute(ScoreColumns.of(scored), options);
  }

  /**
   * The sleeping whales computed from precomputed score columns; the entry point the segment stage
   * uses.
   *
   * @param k the score columns of the scored base (one entry per customer, in customer-index order)
   * @param o the top-spender share by LTV and the sleep multiple of the cycle
   * @return the top spenders whose pause exceeds the sleep multiple of their cycle
   */
  static SleepingWhales compute(ScoreColumns k, WhaleOptions o) {
    if (k.n == 0) {
      IntList none = IntList.of(new int[0], 0);
      return new SleepingWhales(
          0,
          new SleepingWhales.Segment(new CustomerGroup("sleeping-whales", none), 0),
          new SleepingWhales.Segment(new CustomerGroup("cooling", none), 0),
          new SleepingWhales.Segment(new CustomerGroup("active", none), 0));
    }
    boolean[] top = ScoreColumns.topShare(k.ltv, o.topShare());
    double threshold = Double.POSITIVE_INFINITY;
    IntList.Builder whales = new IntList.Builder();
    IntList.Builder cooling = new IntList.Builder();
    IntList.Builder active = new IntList.Builder();
    double whaleLtv = 0;
    double coolingLtv = 0;
    double activeLtv = 0;
    for (int c = 0; c < k.n; c++) {
      if (!top[c]) {
        continue;
      }
      threshold = Math.min(threshold, k.ltv[c]);
      if (k.pauseRatio(c) > o.sleepMultiple()) {
        whales.add(c);
        whaleLtv += k.ltv[c];
      } else if (k.status[c] == ScoreColumns.LATE) {
        cooling.add(c);
        coolingLtv += k.ltv[c];
      } else {
        active.add(c);
        activeLtv += k.ltv[c];
      }
    }
    return new SleepingWhales(
        threshold,
        new SleepingWhales.Segment(
            new CustomerGroup("sleeping-whales", whales.buildSortedDescending(k.ltv)), whaleLtv),
        new SleepingWhales.Segment(
            new CustomerGroup("cooling", cooling.buildSortedDescending(k.ltv)), coolingLtv),
        new SleepingWhales.Segment(
            new CustomerGroup("active", active.buildSortedDescending(k.ltv)), activeLtv));
  }
}
