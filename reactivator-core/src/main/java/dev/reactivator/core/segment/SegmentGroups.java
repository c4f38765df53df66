package dev.reactivator.core.segment;

import dev.reactivator.core.segment.abc.AbcGroup;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.FunnelStage;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.rfm.RfmSegment;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The exportable groups of an analysis, in their stable order (see {@link
 * Analysis#segmentGroups()}).
 */
final class SegmentGroups {
  private SegmentGroups() {}

  static List<SegmentGroup> of(Analysis a) {
    List<SegmentGroup> out = new ArrayList<>();
    Overview o = a.overview();
    for (Overview.RiskBucket b : o.revenueAtRisk().buckets()) {
      add(out, "risk", b.group());
    }
    for (Overview.StructureBar b : o.riskStructure()) {
      add(out, "structure", b.group());
    }
    add(out, "vip", a.vipAtRisk());
    a.vipChurn()
        .ifPresent(
            v -> {
              v.months().forEach(m -> add(out, "vip-churn", m.customers()));
              add(out, "vip-churn", v.earlier());
            });
    for (AbcGroup g : a.abc().groups()) {
      out.add(new SegmentGroup("abc", g.key(), g.customers()));
    }
    SleepingWhales w = a.whales();
    add(out, "whales", w.whales().group());
    add(out, "whales", w.cooling().group());
    add(out, "whales", w.active().group());
    for (RfmSegment s : a.rfm().seedSegments()) {
      out.add(new SegmentGroup("rfm", s.key(), s.customers()));
    }
    for (RfmSegment s : a.rfm().mapSegments()) {
      out.add(new SegmentGroup("rfm-map", s.key(), s.customers()));
    }
    for (FunnelStage s : a.funnel().nodes()) {
      out.add(new SegmentGroup("funnel", s.key(), s.customers()));
    }
    var t2np = a.scoreAnalytics().t2np();
    add(out, "t2np", t2np.expected());
    add(out, "t2np", t2np.now());
    add(out, "t2np", t2np.late());
    add(out, "t2np", t2np.notEnoughData());
    for (CohortRow r : a.cohorts().rows()) {
      out.add(new SegmentGroup("cohort", r.key(), r.customers()));
    }
    for (CohortRow r : a.productCohorts().rows()) {
      out.add(new SegmentGroup("product-cohort", r.key(), r.customers()));
    }
    var sales = a.sales();
    sales.channels().forEach(g -> add(out, "channel", g));
    sales.tones().forEach(g -> add(out, "tone", g));
    sales.forecast().forEach(g -> add(out, "forecast", g));
    sales.priorities().forEach(g -> add(out, "priority", g));
    a.finance()
        .discountHarm()
        .ifPresent(h -> h.groups().forEach(g -> add(out, "discount", g.group())));
    a.lifecycle().stages().forEach(g -> add(out, "lifecycle", g));
    a.lifecycle().earlyWarnings().forEach(e -> add(out, "early-warning", e.customers()));
    return List.copyOf(out);
  }

  private static void add(List<SegmentGroup> out, String widget, CustomerGroup g) {
    out.add(new SegmentGroup(widget, g.key(), g.customers()));
  }
}
