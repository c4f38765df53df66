package dev.reactivator.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.TimingStatus;
import dev.reactivator.core.segment.analytics.AnalyticsCalculator;
import dev.reactivator.core.segment.analytics.ScoreAnalytics;
import dev.reactivator.core.segment.finance.Finance;
import dev.reactivator.core.segment.finance.FinanceCalculator;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.overview.OverviewCalculator;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.SalesCalculator;
import dev.reactivator.core.segment.sales.SalesPlan;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.core.segment.whales.WhaleCalculator;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the score-based widgets over random small bases with random scores. */
class AnalysisProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

  /** One purchase: customer 0–14, product 0–5, amount, days before the analysis date. */
  record P(int customer, int product, int amount, int daysAgo) {}

  @Provide
  Arbitrary<List<P>> purchases() {
    Arbitrary<P> p =
        Combinators.combine(
                Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(0, 900))
            .as(P::new);
    return p.list().ofMinSize(1).ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<Double>> alive() {
    return Arbitraries.doubles().between(0, 1).list().ofSize(15);
  }

  private static CustomerBase base(List<P> ps) {
    Rows r = Rows.withDates();
    for (P p : ps) {
      r.add(
          "7900" + (100 + p.customer()),
          "c" + p.customer(),
          "product-" + p.product(),
          p.amount(),
          AS_OF.minusDays(p.daysAgo()));
    }
    return r.asOf(AS_OF);
  }

  /** P(alive) by customer name, so that the scores follow the customer whatever its index. */
  private static ScoredBase scored(CustomerBase base, List<Double> alive) {
    double[] a = new double[base.size()];
    for (int c = 0; c < a.length; c++) {
      a[c] = alive.get(Integer.parseInt(base.name(c).orElseThrow().substring(1)));
    }
    return ScoredBases.withAlive(base, a);
  }

  private static void assertPartition(int n, List<CustomerGroup> groups, String what) {
    int[] seen = new int[n];
    groups.forEach(g -> g.customers().forEach(c -> seen[c]++));
    for (int c = 0; c < n; c++) {
      assertEquals(1, seen[c], what + ": customer " + c + " in " + seen[c] + " groups");
    }
  }

  private static void assertShare(double v, String what) {
    assertTrue(v >= 0 && v <= 1, what + " = " + v);
  }

  @Property(tries = 60)
  void glossaryGroupsPartitionTheirWidgetsAndAtRiskIsHighPlusCritical(
      @ForAll("purchases") List<P> ps, @ForAll("alive") List<Double> alive) {
    CustomerBase base = base(ps);
    Analysis a = Analysis.of(scored(base, alive));
    int n = base.size();
    for (Glossary g : Glossary.values()) {
      assertShare(g.share(a), g.key());
      assertEquals(g.count(a), g.group(a).customers().size(), g.key());
      g.money(a).ifPresent(m -> assertTrue(m >= 0, g.key() + " money " + m));
    }
    // the glossary's families each partition the base
    for (String family : List.of("structure/", "risk/", "rfm/", "rfm-map/", "forecast/")) {
      assertPartition(
          n,
          java.util.Arrays.stream(Glossary.values())
              .filter(g -> g.key().startsWith(family))
              .map(g -> g.group(a))
              .toList(),
          family);
    }
    List<Integer> highAndCritical = new ArrayList<>();
    highAndCritical.addAll(Glossary.RISK_HIGH.group(a).customers());
    highAndCritical.addAll(Glossary.RISK_CRITICAL.group(a).customers());
    Collections.sort(highAndCritical);
    assertEquals(highAndCritical, Glossary.AT_RISK.group(a).customers());
    assertEquals(Glossary.AT_RISK.count(a), a.roi().map(r -> r.inputs().touchBase()).orElse(0));
    assertTrue(
        a.vipAtRisk().customers().stream()
            .allMatch(Glossary.AT_RISK.group(a).customers()::contains));
    assertEquals(
        Glossary.RISK_HIGH.money(a).getAsDouble() + Glossary.RISK_CRITICAL.money(a).getAsDouble(),
        Glossary.AT_RISK.money(a).getAsDouble(),
        1e-6 * (1 + Glossary.AT_RISK.money(a).getAsDouble()));
  }

  @Property(tries = 150)
  void sharesAreInZeroOneAndGroupsPartitionTheBase(
      @ForAll("purchases") List<P> ps, @ForAll("alive") List<Double> alive) {
    CustomerBase base = base(ps);
    ScoredBase scored = scored(base, alive);
    int n = base.size();
    Overview o = OverviewCalculator.compute(scored);
    Overview.HealthIndex h = o.health();
    assertTrue(h.score() >= 0 && h.score() <= 100, "health " + h.score());
    assertShare(h.activity(), "activity");
    assertShare(h.repeatRate(), "repeat rate");
    assertShare(h.retention(), "retention");
    assertShare(o.atRisk().share(), "risk-zone share");
    assertShare(o.criticalChurn().share(), "critical share");
    assertShare(o.atRisk().share() + o.criticalChurn().share(), "late share");
    assertPartition(
        n, o.riskStructure().stream().map(Overview.StructureBar::group).toList(), "risk structure");
    assertPartition(
        n,
        o.revenueAtRisk().buckets().stream().map(Overview.RiskBucket::group).toList(),
        "risk buckets");
    assertTrue(
        o.revenueAtRisk().total() >= 0
            && o.revenueAtRisk().total() <= o.revenueAtRisk().allBuckets() + 1e-9);
    Overview.NrrWaterfall nrr = o.nrr();
    assertEquals(
        nrr.projected(),
        nrr.currentBase() + nrr.expansion() - nrr.contraction() - nrr.churn(),
        1e-6 * (1 + nrr.currentBase() + nrr.projected()),
        "the NRR bars add up");
    assertTrue(nrr.expansion() >= 0 && nrr.contraction() >= 0 && nrr.churn() >= 0);
    assertTrue(
        nrr.churn() <= nrr.currentBase() + 1e-9 * (1 + nrr.currentBase()),
        "churn " + nrr.churn() + " above the current base " + nrr.currentBase());
    for (Overview.RiskBucket b : o.revenueAtRisk().buckets()) {
      assertTrue(
          b.revenueAtRisk() >= 0 && b.revenueAtRisk() <= b.revenueBase() + 1e-9,
          "revenue at risk above what the bucket's customers would bring: " + b);
    }
    List<java.util.OptionalDouble> ltv =
        dev.reactivator.core.segment.finance.LtvCacAnalysis.compute(base).cumulativeLtv();
    for (int k = 1; k < ltv.size(); k++) {
      if (ltv.get(k).isPresent()) {
        assertTrue(
            ltv.get(k).getAsDouble() >= ltv.get(k - 1).getAsDouble(),
            "the cumulative LTV falls at M" + k + ": " + ltv);
      }
    }
    double total = IntStream.range(0, n).mapToDouble(base::totalSpent).sum();
    assertEquals(
        total,
        o.riskStructure().stream().mapToDouble(Overview.StructureBar::revenue).sum(),
        1e-6 * (1 + total));
    assertTrue(o.topToSave().size() <= 5);

    ScoreAnalytics a = AnalyticsCalculator.compute(scored);
    ScoreAnalytics.T2npDistribution t = a.t2np();
    assertPartition(n, List.of(t.expected(), t.now(), t.late(), t.notEnoughData()), "T2NP");
    assertEquals(
        t.late().size(), t.overdue().stream().mapToInt(ScoreAnalytics.OverdueBin::count).sum());
    double churn = IntStream.range(0, n).mapToDouble(scored::churnProbability).sum();
    double contributions =
        a.radar().axes().stream().mapToDouble(ScoreAnalytics.RadarAxis::totalContribution).sum();
    assertTrue(
        contributions <= churn + 1e-9,
        "radar contributions " + contributions + " exceed Σ churn " + churn);
    a.radar().axes().forEach(x -> assertShare(x.meanStrength(), "mean strength"));

    SalesPlan s = SalesCalculator.compute(scored);
    for (List<CustomerGroup> g :
        List.of(s.channels(), s.tones(), s.rules(), s.forecast(), s.priorities())) {
      assertPartition(n, g, "sales groups " + g.stream().map(CustomerGroup::key).toList());
    }
    assertEquals(n, s.callList().size());
    assertCallOrder(scored, s.callList());
    assertEquals(
        s.callList().stream().limit(5).map(CallListRow::index).toList(),
        o.topToSave().stream().map(Overview.SaveCandidate::index).toList(),
        "the customers to save first are the head of the call list");

    SleepingWhales w = WhaleCalculator.compute(scored);
    List<CustomerGroup> whaleGroups =
        List.of(w.whales().group(), w.cooling().group(), w.active().group());
    int[] seen = new int[n];
    whaleGroups.forEach(g -> g.customers().forEach(c -> seen[c]++));
    for (int c = 0; c < n; c++) {
      assertTrue(seen[c] <= 1);
      assertEquals(
          seen[c] == 1,
          base.totalSpent(c) >= w.ltvThreshold(),
          "top spenders are those at or above the threshold");
    }
    assertTrue(w.topSpenders() >= Math.ceil(0.2 * n - 1e-9));

    Finance.RevenueWaterfall f = FinanceCalculator.compute(scored).waterfall();
    assertEquals(o.revenueAtRisk().total(), f.revenueAtRisk(), 1e-9 * (1 + f.revenueAtRisk()));
    assertEquals(
        f.basePotential() - f.revenueAtRisk() + f.savedRevenue(),
        f.retentionForecast(),
        1e-6 * (1 + f.basePotential()));
    double campaign =
        dev.reactivator.core.segment.finance.RoiSimulator.campaign(scored, 100, 0.035, 0, 3000)
            .map(dev.reactivator.core.segment.finance.RoiResult::revenue)
            .orElse(0.0);
    assertEquals(campaign, f.savedRevenue(), 1e-9 * (1 + campaign), "saved = the simulator's");
  }

  @Property(tries = 100)
  void widgetsDoNotDependOnTheOrderOfTheRows(
      @ForAll("purchases") List<P> ps,
      @ForAll("alive") List<Double> alive,
      @ForAll long shuffleSeed) {
    List<P> shuffled = new ArrayList<>(ps);
    Collections.shuffle(shuffled, new java.util.Random(shuffleSeed));
    CustomerBase b1 = base(ps);
    CustomerBase b2 = base(shuffled);
    ScoredBase s1 = scored(b1, alive);
    ScoredBase s2 = scored(b2, alive);
    Overview o1 = OverviewCalculator.compute(s1);
    Overview o2 = OverviewCalculator.compute(s2);
    assertEquals(o1.health().score(), o2.health().score(), 1e-9);
    assertEquals(o1.revenueAtRisk().total(), o2.revenueAtRisk().total(), 1e-6);
    assertEquals(o1.nrr().projected(), o2.nrr().projected(), 1e-6);
    assertEquals(names(b1, o1.criticalChurn().group()), names(b2, o2.criticalChurn().group()));
    assertEquals(
        SalesCalculator.compute(s1).callList().stream()
            .map(r -> (float) r.expectedSaved())
            .toList(),
        SalesCalculator.compute(s2).callList().stream()
            .map(r -> (float) r.expectedSaved())
            .toList(),
        "the call order's amounts");
    assertEquals(
        callList(b1, SalesCalculator.compute(s1)), callList(b2, SalesCalculator.compute(s2)));
    SleepingWhales w1 = WhaleCalculator.compute(s1);
    SleepingWhales w2 = WhaleCalculator.compute(s2);
    assertEquals(names(b1, w1.whales().group()), names(b2, w2.whales().group()));
    assertEquals(names(b1, w1.active().group()), names(b2, w2.active().group()));
    ScoreAnalytics.T2npDistribution t1 = AnalyticsCalculator.compute(s1).t2np();
    ScoreAnalytics.T2npDistribution t2 = AnalyticsCalculator.compute(s2).t2np();
    assertEquals(names(b1, t1.late()), names(b2, t2.late()));
  }

  /**
   * The call-list order rules: due, overdue and critical customers before every not-yet-due one;
   * inside each tier the expected money saved never rises; priorities only fall along the list and
   * a not-yet-due customer is LOW; the expected saved money is P(return) × stake × urgency with the
   * urgency in [0, 1] and never above the stake; today's rows are a prefix of the first tier.
   */
  static void assertCallOrder(ScoredBase scored, List<CallListRow> rows) {
    boolean seenLater = false;
    boolean todayEnded = false;
    for (int i = 0; i < rows.size(); i++) {
      CallListRow r = rows.get(i);
      boolean first =
          scored.timingStatus(r.index()) != TimingStatus.EXPECTED
              || scored.riskLevel(r.index()) == RiskLevel.CRITICAL;
      if (!first) {
        seenLater = true;
        assertEquals(Priority.LOW, r.priority(), "a not-yet-due customer is LOW");
        assertFalse(r.today(), "a not-yet-due customer is not called today");
      } else {
        assertFalse(seenLater, "row " + r.rank() + " is due or critical after a not-yet-due row");
      }
      assertTrue(r.valueAtStake() >= 0 && r.expectedSaved() >= 0);
      assertTrue(
          r.expectedSaved() <= r.returnProbability() * r.valueAtStake() * (1 + 1e-12) + 1e-12,
          "saved ≤ ret × stake");
      assertTrue(r.priorityScore() >= 0 && r.priorityScore() <= 100);
      if (r.today()) {
        assertFalse(todayEnded, "today's rows are a prefix");
      } else {
        todayEnded = true;
      }
      if (i > 0) {
        CallListRow prev = rows.get(i - 1);
        assertTrue(prev.priority().compareTo(r.priority()) <= 0, "priorities only fall");
        boolean prevFirst =
            scored.timingStatus(prev.index()) != TimingStatus.EXPECTED
                || scored.riskLevel(prev.index()) == RiskLevel.CRITICAL;
        if (prevFirst == first) {
          assertTrue(
              (float) prev.expectedSaved() >= (float) r.expectedSaved(),
              "saved falls inside a tier at row " + r.rank());
        }
      }
    }
  }

  private static List<String> names(CustomerBase b, CustomerGroup g) {
    return g.customers().stream().map(c -> b.name(c).orElseThrow()).sorted().toList();
  }

  /**
   * Each customer's priority score and rule by name (the order among equal scores may follow the
   * index).
   */
  private static Map<String, String> callList(CustomerBase b, SalesPlan plan) {
    return plan.callList().stream()
        .collect(
            Collectors.toMap(
                r -> b.name(r.index()).orElseThrow(),
                r ->
                    r.priorityScore()
                        + " "
                        + r.priority()
                        + " "
                        + r.today()
                        + " "
                        + r.deadlineDays()
                        + " "
                        + r.ruleKey()
                        + " "
                        + r.forecast(),
                (x, y) -> x,
                TreeMap::new));
  }
}
