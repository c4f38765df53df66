package dev.reactivator.report;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.abc.AbcGroup;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.FunnelStage;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.rfm.RfmSegment;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every exportable segment of an {@link Analysis}, in a stable order: the widget keys are {@code
 * risk} (churn buckets), {@code structure} (risk structure), {@code vip} (VIP at risk), {@code
 * abc}, {@code whales}, {@code rfm} (four segments), {@code rfm-map} (eleven segments), {@code
 * funnel}, {@code t2np}, {@code cohort}, {@code product-cohort}, {@code channel}, {@code tone},
 * {@code forecast}, {@code priority}. Renderers use the same list, so a dashboard's download link
 * and the CSV renderer's file always agree.
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
    List<Segment> out = new ArrayList<>();
    Overview o = analysis.overview();
    for (Overview.RiskBucket b : o.revenueAtRisk().buckets()) {
      add(out, "risk", b.group());
    }
    for (Overview.StructureBar b : o.riskStructure()) {
      add(out, "structure", b.group());
    }
    add(out, "vip", analysis.vipAtRisk());
    for (AbcGroup g : analysis.abc().groups()) {
      out.add(new Segment("abc", g.key(), g.customers()));
    }
    SleepingWhales w = analysis.whales();
    add(out, "whales", w.whales().group());
    add(out, "whales", w.cooling().group());
    add(out, "whales", w.active().group());
    for (RfmSegment s : analysis.rfm().seedSegments()) {
      out.add(new Segment("rfm", s.key(), s.customers()));
    }
    for (RfmSegment s : analysis.rfm().mapSegments()) {
      out.add(new Segment("rfm-map", s.key(), s.customers()));
    }
    for (FunnelStage s : analysis.funnel().nodes()) {
      out.add(new Segment("funnel", s.key(), s.customers()));
    }
    var t2np = analysis.scoreAnalytics().t2np();
    add(out, "t2np", t2np.expected());
    add(out, "t2np", t2np.now());
    add(out, "t2np", t2np.late());
    add(out, "t2np", t2np.notEnoughData());
    for (CohortRow r : analysis.cohorts().rows()) {
      out.add(new Segment("cohort", r.key(), r.customers()));
    }
    for (CohortRow r : analysis.productCohorts().rows()) {
      out.add(new Segment("product-cohort", r.key(), r.customers()));
    }
    var sales = analysis.sales();
    sales.channels().forEach(g -> add(out, "channel", g));
    sales.tones().forEach(g -> add(out, "tone", g));
    sales.forecast().forEach(g -> add(out, "forecast", g));
    sales.priorities().forEach(g -> add(out, "priority", g));
    return List.copyOf(out);
  }

  private static void add(List<Segment> out, String widget, CustomerGroup g) {
    out.add(new Segment(widget, g.key(), g.customers()));
  }
}
