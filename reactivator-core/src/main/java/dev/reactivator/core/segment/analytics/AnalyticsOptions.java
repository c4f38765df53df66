package dev.reactivator.core.segment.analytics;

import java.util.List;

/**
 * Options of the score-based {@link ScoreAnalytics}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param overdueBinEdges the upper edges, in days, of the histogram bins of days overdue; strictly
 *     increasing and positive; a last open bin collects the rest (default 30, 90, 180, 365: bins
 *     1–30, 31–90, 91–180, 181–365, 366+)
 */
public record AnalyticsOptions(List<Integer> overdueBinEdges) {
  /**
   * Validates and copies the edges.
   *
   * @param overdueBinEdges the upper edges, in days, of the histogram bins of days overdue;
   *     strictly increasing and positive; a last open bin collects the rest (default 30, 90, 180,
   *     365: bins 1–30, 31–90, 91–180, 181–365, 366+)
   * @throws IllegalArgumentException when the bin edges break the rule above
   */
  public AnalyticsOptions {
    overdueBinEdges = List.copyOf(overdueBinEdges);
    int previous = 0;
    for (int e : overdueBinEdges) {
      if (e <= previous) {
        throw new IllegalArgumentException(
            "overdueBinEdges must be positive and strictly increasing, were " + overdueBinEdges);
      }
      previous = e;
    }
  }

  /**
   * The defaults: edges 30, 90, 180, 365 days.
   *
   * @return the defaults: edges 30, 90, 180, 365 days
   */
  public static AnalyticsOptions defaults() {
    return new AnalyticsOptions(List.of(30, 90, 180, 365));
  }
}
