package dev.reactivator.core.segment.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Rows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the VIP churn by month over random small dated bases with random scores. */
class VipChurnProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

  /** One purchase: customer 0–14, amount, days before the analysis date. */
  record P(int customer, int amount, int daysAgo) {}

  @Provide
  Arbitrary<List<P>> purchases() {
    Arbitrary<P> p =
        Combinators.combine(
                Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(1, 5000),
                Arbitraries.integers().between(0, 900))
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
          "x",
          p.amount(),
          AS_OF.minusDays(p.daysAgo()));
    }
    return r.asOf(AS_OF);
  }

  private static ScoredBase scored(CustomerBase base, List<Double> alive) {
    double[] a = new double[base.size()];
    for (int c = 0; c < a.length; c++) {
      a[c] = alive.get(Integer.parseInt(base.name(c).orElseThrow().substring(1)));
    }
    return ScoredBases.withAlive(base, a);
  }

  @Property(tries = 150)
  void everyVipIsPlacedOnceAndTheMoneyIsBounded(
      @ForAll("purchases") List<P> ps, @ForAll("alive") List<Double> alive) {
    ScoredBase scored = scored(base(ps), alive);
    Analysis a = Analysis.of(scored);
    VipChurn v = a.vipChurn().orElseThrow();
    AbcGroup classA = a.abc().a();
    assertEquals(VipChurn.MONTHS, v.months().size());
    assertEquals(classA.customers().size(), v.count() + v.earlier().size() + v.notCrossed());
    int[] seen = new int[scored.size()];
    v.months().forEach(m -> m.customers().customers().forEach(c -> seen[c]++));
    v.earlier().customers().forEach(c -> seen[c]++);
    for (int c = 0; c < seen.length; c++) {
      assertTrue(seen[c] <= 1, "customer " + c + " placed " + seen[c] + " times");
      assertTrue(seen[c] == 0 || classA.customers().containsInt(c), "non-VIP " + c + " placed");
    }
    double month = 0;
    for (int i = 0; i < v.months().size(); i++) {
      VipChurnMonth m = v.months().get(i);
      assertEquals(i == v.months().size() - 1, m.partial());
      assertTrue(m.atRiskNow() >= 0 && m.atRiskNow() <= m.count());
      assertTrue(m.annualRevenue() >= 0 && m.annualRevenue() <= m.ltv() + 1e-9);
      assertTrue(m.count() > 0 || m.ltv() == 0);
      for (int c : m.customers().customers()) {
        long day = VipChurn.riskDay(scored, c);
        assertTrue(day <= AS_OF.toEpochDay());
        assertEquals(m.month(), java.time.YearMonth.from(LocalDate.ofEpochDay(day)));
      }
      month += m.ltv();
    }
    assertTrue(month + v.earlierLtv() <= classA.revenue() + 1e-6);
  }

  @Property(tries = 60)
  void doesNotDependOnTheRowOrder(
      @ForAll("purchases") List<P> ps, @ForAll("alive") List<Double> alive) {
    List<P> shuffled = new ArrayList<>(ps);
    Collections.shuffle(shuffled, new Random(ps.size()));
    VipChurn x = Analysis.of(scored(base(ps), alive)).vipChurn().orElseThrow();
    CustomerBase other = base(shuffled);
    VipChurn y = Analysis.of(scored(other, alive)).vipChurn().orElseThrow();
    for (int i = 0; i < VipChurn.MONTHS; i++) {
      VipChurnMonth m = x.months().get(i);
      VipChurnMonth n = y.months().get(i);
      assertEquals(m.month(), n.month());
      assertEquals(m.count(), n.count());
      assertEquals(m.ltv(), n.ltv(), 1e-6);
      assertEquals(m.annualRevenue(), n.annualRevenue(), 1e-6);
      assertEquals(m.atRiskNow(), n.atRiskNow());
    }
    assertEquals(x.earlier().size(), y.earlier().size());
    assertEquals(x.notCrossed(), y.notCrossed());
  }
}
