package dev.reactivator.core.segment.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.drivers.LtvComparison;
import dev.reactivator.core.segment.drivers.RetentionDriver;
import dev.reactivator.core.segment.internal.ProductHistory;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class CustomerLifecycleTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

  /**
   * Six customers (days before the analysis date, amount):
   *
   * <pre>
   * Анна   A −500 1000 · A −300 1000 · B −100 2000       alive 0.9
   * Борис  A −400  500 · A −300  500 · A −20   500       alive 0.9
   * Вера   B −30   800                                   alive 0.9
   * Глеб   A −200  600                                   alive 0.9
   * Дарья  A −600  300 · B −500  400                     alive 0.2 (HIGH risk)
   * Егор   A −100  700 + B −100 300 (one occasion) · A −10 700   alive 0.9
   * </pre>
   */
  private static CustomerBase base() {
    return Rows.withDates()
        .add("79990000001", "Анна", "A", 1000, AS_OF.minusDays(500))
        .add("79990000001", "Анна", "A", 1000, AS_OF.minusDays(300))
        .add("79990000001", "Анна", "B", 2000, AS_OF.minusDays(100))
        .add("79990000002", "Борис", "A", 500, AS_OF.minusDays(400))
        .add("79990000002", "Борис", "A", 500, AS_OF.minusDays(300))
        .add("79990000002", "Борис", "A", 500, AS_OF.minusDays(20))
        .add("79990000003", "Вера", "B", 800, AS_OF.minusDays(30))
        .add("79990000004", "Глеб", "A", 600, AS_OF.minusDays(200))
        .add("79990000005", "Дарья", "A", 300, AS_OF.minusDays(600))
        .add("79990000005", "Дарья", "B", 400, AS_OF.minusDays(500))
        .add("79990000006", "Егор", "A", 700, AS_OF.minusDays(100))
        .add("79990000006", "Егор", "B", 300, AS_OF.minusDays(100))
        .add("79990000006", "Егор", "A", 700, AS_OF.minusDays(10))
        .asOf(AS_OF);
  }

  private static final List<String> NAMES =
      List.of("Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор");

  private static ScoredBase scored(CustomerBase base) {
    double[] alive = new double[base.size()];
    for (int c = 0; c < alive.length; c++) {
      alive[c] = base.name(c).orElseThrow().equals("Дарья") ? 0.2 : 0.9;
    }
    return ScoredBases.withAlive(base, alive);
  }

  private static int index(CustomerBase base, String name) {
    for (int c = 0; c < base.size(); c++) {
      if (base.name(c).orElseThrow().equals(name)) {
        return c;
      }
    }
    throw new AssertionError(name);
  }

  private static List<String> names(CustomerBase base, CustomerGroup g) {
    return g.customers().stream().map(c -> base.name(c).orElseThrow()).sorted().toList();
  }

  @Test
  void stagesFollowTheRulesInTheirPrecedence() {
    CustomerBase base = base();
    CustomerLifecycle l = CustomerLifecycle.of(scored(base));
    assertTrue(l.hasStages());
    // Дарья: HIGH risk beats everything; Вера: first purchase 30 < 56 days ago; Анна: B is new to
    // her at −100 (in the year); Борис and Егор repeat A in the year with nothing new (Егор's B
    // came
    // in his first occasion, which is no upsell); Глеб: one purchase 200 days ago
    Map<String, String> expected =
        Map.of(
            "Анна", "expansion",
            "Борис", "renewal",
            "Вера", "onboarding",
            "Глеб", "adoption",
            "Дарья", "at-risk",
            "Егор", "renewal");
    for (String name : NAMES) {
      assertEquals(expected.get(name), l.stage(index(base, name)).orElseThrow().key(), name);
    }
    assertEquals(
        List.of("onboarding", "adoption", "expansion", "renewal", "at-risk"),
        l.stages().stream().map(CustomerGroup::key).toList());
    assertEquals(List.of("Вера"), names(base, l.stages().get(0)));
    assertEquals(List.of("Глеб"), names(base, l.stages().get(1)));
    assertEquals(List.of("Анна"), names(base, l.stages().get(2)));
    assertEquals(List.of("Борис", "Егор"), names(base, l.stages().get(3)));
    assertEquals(List.of("Дарья"), names(base, l.stages().get(4)));
  }

  @Test
  void renewalSharesAndDistinctProductsByHand() {
    CustomerBase base = base();
    CustomerLifecycle l = CustomerLifecycle.of(scored(base));
    // renewal occasions / occasions: Анна 1/3 (A again at −300), Борис 2/3, Вера 0/1, Глеб 0/1,
    // Дарья 0/2 (B is new), Егор 1/2 (A again at −10)
    double[] share = {1 / 3.0, 2 / 3.0, 0, 0, 0, 0.5};
    int[] distinct = {2, 1, 1, 1, 2, 2};
    for (int i = 0; i < NAMES.size(); i++) {
      int c = index(base, NAMES.get(i));
      assertEquals(share[i], l.renewalShare(c).orElseThrow(), 1e-12, NAMES.get(i));
      assertEquals(distinct[i], l.distinctProducts(c), NAMES.get(i));
    }
    // 1/3 = 0.333… ≥ 0.33: Анна renews
    assertTrue(l.renews(index(base, "Анна")));
    assertFalse(l.renews(index(base, "Дарья")));
  }

  @Test
  void arpuItsGrowthForExistingCustomersAndTheUpsellShareByHand() {
    CustomerLifecycle l = CustomerLifecycle.of(scored(base()));
    RevenueGrowth g = l.growth().orElseThrow();
    // last 12 months (−364 … 0): Анна 1000 + 2000, Борис 500 + 500, Вера 800, Глеб 600,
    // Егор 1000 + 700 = 7100 over 5 customers (Дарья bought nothing) → ARPU 1420
    assertEquals(5, g.activeCustomers());
    assertEquals(7100, g.revenue(), 1e-9);
    assertEquals(1420, g.arpu().orElseThrow(), 1e-9);
    // existing = bought in both years: Анна (1000 at −500) and Борис (500 at −400); Дарья only
    // before, the others only in the last year → now (3000 + 1000) / 2 = 2000, before
    // (1000 + 500) / 2 = 750, growth 2000 / 750 − 1 = 1.6667
    assertEquals(2, g.existingCustomers());
    assertEquals(2000, g.arpuNow().orElseThrow(), 1e-9);
    assertEquals(750, g.arpuBefore().orElseThrow(), 1e-9);
    assertEquals(2000 / 750.0 - 1, g.arpuGrowth().orElseThrow(), 1e-12);
    // upsell: only Анна's B at −100 (2000) is a product new to a customer after its first
    // purchase, in the year → 2000 / 7100
    assertEquals(2000, g.upsellRevenue(), 1e-9);
    assertEquals(2000 / 7100.0, g.upsellShare().orElseThrow(), 1e-12);
  }

  @Test
  void aProductMarkedAsARenewalRenewsEvenTheFirstTimeAndIsNoUpsell() {
    // Жанна: «Лицензия» at −300 (1000), «Продление лицензии» at −30 (400) — new to her, but
    // marked as a renewal by its name; Зоя: a single «Annual Renewal» at −200 (500)
    CustomerBase base =
        Rows.withDates()
            .add("79990000011", "Жанна", "Лицензия", 1000, AS_OF.minusDays(300))
            .add("79990000011", "Жанна", "Продление лицензии", 400, AS_OF.minusDays(30))
            .add("79990000012", "Зоя", "Annual Renewal", 500, AS_OF.minusDays(200))
            .asOf(AS_OF);
    CustomerLifecycle l = CustomerLifecycle.of(ScoredBases.withAlive(base, 0.9, 0.9));
    int zhanna = index(base, "Жанна");
    int zoya = index(base, "Зоя");
    // renewal shares 1/2 and 1/1; both renew, neither expands
    assertEquals(0.5, l.renewalShare(zhanna).orElseThrow(), 1e-12);
    assertEquals(1.0, l.renewalShare(zoya).orElseThrow(), 1e-12);
    assertEquals(LifecycleStage.RENEWAL, l.stage(zhanna).orElseThrow());
    assertEquals(LifecycleStage.RENEWAL, l.stage(zoya).orElseThrow());
    // no upsell: the renewal product is not a new product; revenue 1000 + 400 + 500
    RevenueGrowth g = l.growth().orElseThrow();
    assertEquals(1900, g.revenue(), 1e-9);
    assertEquals(0, g.upsellShare().orElseThrow(), 1e-12);
    assertTrue(ProductHistory.isRenewalProduct("ПРОДЛЁННАЯ подписка"));
    assertFalse(ProductHistory.isRenewalProduct("Лицензия"));
  }

  @Test
  void earlyWarningsReuseTheReasonCodes() {
    CustomerBase base = base();
    CustomerLifecycle l = CustomerLifecycle.of(scored(base));
    Map<String, List<String>> byKey =
        l.earlyWarnings().stream()
            .collect(Collectors.toMap(EarlyWarning::key, w -> names(base, w.customers())));
    // personal cycles: Анна 400/2 = 200, Борис 380/2 = 190, Дарья 100, Егор 90; the one-time
    // buyers use the median 145. Pause / cycle > 1: Глеб 200/145, Дарья 500/100
    assertEquals(List.of("Глеб", "Дарья"), byKey.get("pause-beyond-cycle"));
    // Борис's gaps 100 then 280: 280/100 ≥ 1.25; Анна's 200 then 200 do not drop
    assertEquals(List.of("Борис"), byKey.get("frequency-drop"));
    // Егор's last purchase 700 against 1000 before: a drop of 30 % ≥ 20 %
    assertEquals(List.of("Егор"), byKey.get("check-drop"));
    // no complaints or tickets column: those triggers are absent, with the column named
    assertEquals(
        List.of("pause-beyond-cycle", "frequency-drop", "check-drop"),
        l.earlyWarnings().stream().map(EarlyWarning::key).toList());
    assertTrue(l.absences().stream().anyMatch(a -> a.widget().equals("early-warning:complaints")));
    assertTrue(
        l.absences().stream().anyMatch(a -> a.widget().equals("early-warning:support-spike")));
    assertEquals(List.of("Борис", "Глеб", "Дарья", "Егор"), names(base, l.warned()));
    assertEquals(List.of("pause-beyond-cycle"), l.earlyWarnings(index(base, "Дарья")));
    assertEquals(List.of(), l.earlyWarnings(index(base, "Анна")));
  }

  @Test
  void theRenewalShareAndDistinctProductDriversReuseTheTests() {
    CustomerBase base = base();
    Analysis a = Analysis.of(scored(base));
    RetentionDriver renewal =
        a.drivers().stream().filter(d -> d.key().equals("renewal-share")).findFirst().orElseThrow();
    // share ≥ 33 %: Анна 4000, Борис 1500, Егор 1700 against Вера 800, Глеб 600, Дарья 700
    assertEquals(List.of("Анна", "Борис", "Егор"), names(base, renewal.feature()));
    LtvComparison ltv = renewal.ltv().orElseThrow();
    double[] with = {4000, 1500, 1700};
    double[] without = {800, 600, 700};
    assertEquals(7200 / 3.0, ltv.meanWith(), 1e-9);
    assertEquals(700, ltv.meanWithout(), 1e-9);
    assertEquals(new TTest().t(with, without), ltv.t(), 1e-9);
    // churn (HIGH or CRITICAL): only Дарья, who does not renew → table 0 3 / 1 2
    var churn = renewal.churn().orElseThrow();
    assertEquals(0, churn.featureAndOutcome());
    assertEquals(3, churn.featureOnly());
    assertEquals(1, churn.outcomeOnly());
    assertEquals(2, churn.neither());
    RetentionDriver distinct =
        a.drivers().stream()
            .filter(d -> d.key().equals("distinct-products"))
            .findFirst()
            .orElseThrow();
    // two products or more: Анна, Дарья, Егор
    assertEquals(List.of("Анна", "Дарья", "Егор"), names(base, distinct.feature()));
    assertEquals(1, distinct.churn().orElseThrow().featureAndOutcome());
    // the stages are exported as segment groups
    assertEquals(5, a.segmentGroups().stream().filter(s -> s.widget().equals("lifecycle")).count());
  }

  @Test
  void withoutPurchaseDatesTheStagesRenewalsAndRevenueFiguresAreAbsent() {
    CustomerBase noDates =
        Rows.withoutDates()
            .add("79990000001", "Ольга", "A", 10_000, AS_OF.minusDays(400), AS_OF.minusDays(900))
            .add("79990000001", "Ольга", "B", 12_000, AS_OF.minusDays(400), AS_OF.minusDays(900))
            .add("79990000002", "Олег", "A", 5_000, AS_OF.minusDays(30), AS_OF.minusDays(200))
            .add("79990000003", "Ирина", "B", 7_000, AS_OF.minusDays(3), AS_OF.minusDays(3))
            .asOf(AS_OF);
    Analysis a = Analysis.of(ScoredBases.withAlive(noDates, 0.2, 0.9, 0.9));
    CustomerLifecycle l = a.lifecycle();
    assertFalse(l.hasStages());
    assertTrue(l.stages().isEmpty());
    assertTrue(l.growth().isEmpty());
    assertTrue(l.stage(0).isEmpty());
    assertTrue(l.renewalShare(0).isEmpty());
    for (String key :
        List.of("lifecycle", "driver:renewal-share", "arpu", "arpu-growth", "upsell-share")) {
      assertTrue(a.isAbsent(key), key);
    }
    assertTrue(a.drivers().stream().noneMatch(d -> d.key().equals("renewal-share")));
    assertTrue(a.drivers().stream().anyMatch(d -> d.key().equals("distinct-products")));
    // the pause trigger needs no dates
    assertEquals("pause-beyond-cycle", l.earlyWarnings().get(0).key());
  }
}
