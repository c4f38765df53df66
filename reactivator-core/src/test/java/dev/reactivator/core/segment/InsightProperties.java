package dev.reactivator.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.segment.abc.AbcAnalysis;
import dev.reactivator.core.segment.abc.AbcGroup;
import dev.reactivator.core.segment.abc.AbcResult;
import dev.reactivator.core.segment.cohort.CohortAnalysis;
import dev.reactivator.core.segment.cohort.CohortMode;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.cohort.RetentionFunnel;
import dev.reactivator.core.segment.cohort.RetentionFunnelAnalysis;
import dev.reactivator.core.segment.drivers.RetentionDrivers;
import dev.reactivator.core.segment.finance.LtvCacAnalysis;
import dev.reactivator.core.segment.finance.LtvCacCurve;
import dev.reactivator.core.segment.finance.RoiInputs;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.finance.RoiSimulator;
import dev.reactivator.core.segment.nbp.AssociationRule;
import dev.reactivator.core.segment.nbp.AssociationRuleMiner;
import dev.reactivator.core.segment.nbp.AssociationRuleOptions;
import dev.reactivator.core.segment.nbp.AssociationRules;
import dev.reactivator.core.segment.nbp.NextBestProductAnalysis;
import dev.reactivator.core.segment.nbp.NextBestProducts;
import dev.reactivator.core.segment.nbp.ProductShare;
import dev.reactivator.core.segment.nbp.ProductTransitions;
import dev.reactivator.core.segment.nbp.TransitionMode;
import dev.reactivator.core.segment.rfm.RfmAnalysis;
import dev.reactivator.core.segment.rfm.RfmResult;
import dev.reactivator.core.segment.rfm.RfmSegment;
import dev.reactivator.core.segment.widget.IntList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InsightProperties {
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

  static Rows rows(List<P> ps, boolean dates) {
    Rows r = dates ? Rows.withDates() : Rows.withoutDates();
    for (P p : ps) {
      LocalDate d = AS_OF.minusDays(p.daysAgo());
      r.add(
          "7900" + p.customer(),
          null,
          "product-" + p.product(),
          p.amount(),
          d,
          dates ? null : d.minusDays(p.customer() * 7L));
    }
    return r;
  }

  @Property(tries = 200)
  void rfmScoresAreOneToFiveAndSegmentsPartitionTheBase(@ForAll("purchases") List<P> ps) {
    CustomerBase base = rows(ps, true).asOf(AS_OF);
    RfmResult rfm = RfmAnalysis.compute(base);
    for (int c = 0; c < base.size(); c++) {
      for (IntList s : List.of(rfm.recencyScores(), rfm.frequencyScores(), rfm.monetaryScores())) {
        assertTrue(s.getInt(c) >= 1 && s.getInt(c) <= 5);
      }
      assertTrue(rfm.segment(rfm.seedSegment(c)).customers().containsInt(c));
      assertTrue(rfm.segment(rfm.mapSegment(c)).customers().containsInt(c));
    }
    assertEquals(base.size(), rfm.seedSegments().stream().mapToInt(RfmSegment::count).sum());
    assertEquals(base.size(), rfm.mapSegments().stream().mapToInt(RfmSegment::count).sum());
  }

  @Property(tries = 200)
  void quintilesMatchANaiveMidRankCount(@ForAll("purchases") List<P> ps) {
    CustomerBase base = rows(ps, true).asOf(AS_OF);
    RfmResult rfm = RfmAnalysis.compute(base);
    int n = base.size();
    for (int c = 0; c < n; c++) {
      int worseM = 0;
      int equalM = 0;
      int worseR = 0;
      int equalR = 0;
      for (int o = 0; o < n; o++) {
        worseM += base.totalSpent(o) < base.totalSpent(c) ? 1 : 0;
        equalM += base.totalSpent(o) == base.totalSpent(c) ? 1 : 0;
        worseR += base.lastPurchaseDay(o) < base.lastPurchaseDay(c) ? 1 : 0;
        equalR += base.lastPurchaseDay(o) == base.lastPurchaseDay(c) ? 1 : 0;
      }
      // 1 + floor(5 × (w + e / 2) / n), at most 5
      assertEquals(
          1 + Math.min(4, 5 * (2 * worseM + equalM) / (2 * n)), rfm.monetaryScores().getInt(c));
      assertEquals(
          1 + Math.min(4, 5 * (2 * worseR + equalR) / (2 * n)), rfm.recencyScores().getInt(c));
    }
  }

  @Property(tries = 200)
  void abcCoversEveryCustomerExactlyOnce(@ForAll("purchases") List<P> ps) {
    CustomerBase base = rows(ps, true).asOf(AS_OF);
    AbcResult abc = AbcAnalysis.compute(base);
    int[] seen = new int[base.size()];
    double share = 0;
    for (AbcGroup g : abc.groups()) {
      g.customers().intStream().forEach(c -> seen[c]++);
      assertTrue(g.revenueShare() >= 0 && g.revenueShare() <= 1 + 1e-12);
      share += g.revenueShare();
    }
    for (int s : seen) {
      assertEquals(1, s);
    }
    assertEquals(1, share, 1e-9);
    assertTrue(abc.a().customers().size() >= 1);
  }

  @Property(tries = 200)
  void funnelIsMonotoneAndBalanced(@ForAll("purchases") List<P> ps) {
    RetentionFunnel f = RetentionFunnelAnalysis.compute(rows(ps, true).asOf(AS_OF));
    assertTrue(f.first() >= f.second() && f.second() >= f.thirdPlus());
    assertEquals(f.first(), f.second() + f.lostAfterFirst());
    assertEquals(f.second(), f.thirdPlus() + f.lostAfterSecond());
  }

  @Property(tries = 200)
  void cohortSharesAreProbabilitiesWithMZeroAtOne(
      @ForAll("purchases") List<P> ps, @ForAll boolean dates) {
    CustomerBase base = rows(ps, dates).asOf(AS_OF);
    for (CohortTable t :
        List.of(CohortAnalysis.byFirstMonth(base), CohortAnalysis.byFirstProduct(base))) {
      assertEquals(dates ? CohortMode.TRUE_PURCHASES : CohortMode.ACTIVE_SPAN, t.mode());
      assertEquals(base.size(), t.rows().stream().mapToInt(CohortRow::clients).sum());
      for (CohortRow r : t.rows()) {
        assertEquals(OptionalDouble.of(1), r.retention().get(0));
        for (OptionalDouble cell : r.retention()) {
          cell.ifPresent(v -> assertTrue(v >= 0 && v <= 1, "share " + v));
        }
      }
    }
    LtvCacCurve curve = LtvCacAnalysis.compute(base);
    for (int k = 1; k < curve.observedCustomers().size(); k++) {
      assertTrue(curve.observedCustomers().get(k) <= curve.observedCustomers().get(k - 1));
    }
  }

  @Property(tries = 200)
  void liftIsConfidenceOverTheConsequentsSupport(@ForAll("purchases") List<P> ps) {
    CustomerBase base = rows(ps, true).asOf(AS_OF);
    AssociationRules rules =
        AssociationRuleMiner.mine(base, new AssociationRuleOptions(0, 0, 1, 1000));
    for (AssociationRule r : rules.rules()) {
      long consequentBuyers = 0;
      for (int c = 0; c < base.size(); c++) {
        consequentBuyers += RetentionDrivers.boughtProduct(base, r.consequent()).test(c) ? 1 : 0;
      }
      double supportConsequent = (double) consequentBuyers / base.size();
      assertEquals(r.confidence() / supportConsequent, r.lift(), 1e-9);
      assertTrue(r.support() > 0 && r.support() <= 1 && r.confidence() > 0 && r.confidence() <= 1);
    }
    for (int i = 1; i < rules.rules().size(); i++) {
      assertTrue(rules.rules().get(i - 1).lift() >= rules.rules().get(i).lift());
    }
  }

  @Property(tries = 200)
  void recommendationConfidencesAreProbabilities(
      @ForAll("purchases") List<P> ps, @ForAll boolean dates) {
    CustomerBase base = rows(ps, dates).asOf(AS_OF);
    NextBestProducts nbp = NextBestProductAnalysis.compute(base);
    for (ProductTransitions row : nbp.matrix()) {
      double sum = row.next().stream().mapToDouble(ProductShare::share).sum();
      row.next().forEach(s -> assertTrue(s.share() > 0 && s.share() <= 1));
      if (nbp.mode() == TransitionMode.SEQUENCE) {
        assertEquals(1, sum, 1e-9);
      }
    }
    for (int c = 0; c < base.size(); c++) {
      int customer = c;
      nbp.recommendations()
          .get(c)
          .ifPresent(
              r -> {
                assertTrue(r.confidence() >= 0 && r.confidence() <= 1);
                assertTrue(
                    !RetentionDrivers.boughtProduct(base, r.product()).test(customer),
                    "owned products are excluded");
              });
    }
  }

  @Property(tries = 100)
  void resultsDoNotDependOnRowOrder(@ForAll("purchases") List<P> ps, @ForAll long seed) {
    Rows rows = rows(ps, true);
    List<SourceRow> shuffled = new ArrayList<>(rows.rows());
    Collections.shuffle(shuffled, new Random(seed));
    CustomerBase a = rows.asOf(AS_OF);
    CustomerBase b = rows.reordered(shuffled).asOf(AS_OF);
    assertEquals(RfmAnalysis.compute(a), RfmAnalysis.compute(b));
    assertEquals(AbcAnalysis.compute(a), AbcAnalysis.compute(b));
    assertEquals(RetentionFunnelAnalysis.compute(a), RetentionFunnelAnalysis.compute(b));
    assertEquals(CohortAnalysis.byFirstMonth(a), CohortAnalysis.byFirstMonth(b));
    assertEquals(CohortAnalysis.byFirstProduct(a), CohortAnalysis.byFirstProduct(b));
    assertEquals(LtvCacAnalysis.compute(a), LtvCacAnalysis.compute(b));
    assertEquals(AssociationRuleMiner.mine(a), AssociationRuleMiner.mine(b));
    NextBestProducts na = NextBestProductAnalysis.compute(a);
    NextBestProducts nb = NextBestProductAnalysis.compute(b);
    assertEquals(na.matrix(), nb.matrix());
    for (int c = 0; c < a.size(); c++) {
      assertEquals(na.recommendations().get(c), nb.recommendations().get(c));
    }
  }

  @Property(tries = 200)
  void roiIsConsistent(
      @ForAll("small") int touch, @ForAll("unit") double conversion, @ForAll("unit") double x) {
    RoiResult r =
        RoiSimulator.simulate(new RoiInputs(touch, 100 * x, conversion, 500 * x, 10_000, 3000));
    assertEquals(r.revenue() - r.touchBudget() - r.discounts(), r.netProfit(), 1e-6);
    assertTrue(r.convertedClients() <= touch);
  }

  @Provide
  Arbitrary<Integer> small() {
    return Arbitraries.integers().between(0, 100_000);
  }

  @Provide
  Arbitrary<Double> unit() {
    return Arbitraries.doubles().between(0, 1);
  }
}
