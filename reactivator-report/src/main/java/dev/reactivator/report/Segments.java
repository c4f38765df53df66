package dev.reactivator.report;

import dev.reactivator.core.segment.Analysis;
import java.util.List;
import java.util.Objects;

/**
 * Every exportable segment of an {@link Analysis}, in a stable order: the widget keys are {@code
 * risk} (churn buckets), {@code structure} (risk structure), {@code vip} (VIP at risk), {@code
 * abc}, {@code whales}, {@code rfm} (four segments), {@code rfm-map} (eleven segments), {@code
 * funnel}, {@code t2np}, {@code cohort}, {@code product-cohort}, {@code channel}, {@code tone},
 * {@code forecast}, {@code priority}. Renderers use the same list, so a dashboard's download link
 * and the CSV renderer's file always agree; it is {@link Analysis#segmentGroups()}, with file
 * names.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class Segments {

  private Segments() {}

  /**
   * Every segment of {@code analysis}, empty ones included (they get no file).
   *
   * @param analysis the analysis whose segments are listed
   * @return every segment of {@code analysis}, empty ones included (they get no file)
   */
  public static List<Segment> of(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return analysis.segmentGroups().stream()
        .map(g -> new Segment(g.widget(), g.group(), g.customers()))
        .toList();
  }
}
