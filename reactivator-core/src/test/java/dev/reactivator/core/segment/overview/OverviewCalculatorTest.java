package dev.reactivator.core.segment.overview;

import static dev.reactivator.core.segment.SeedDashboard.idx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.SeedDashboard;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Обзор" tab worked out by hand on the manual's six customers (see {@link SeedDashboard}). */
class OverviewCalculatorTest {
  private final CustomerBase base = SeedDashboard.base();
  private final ScoredBase scored = SeedDashboard.scored(base);
  private final int anna = idx(base, "Анна");
  private final int vector = idx(base, "ООО Вектор");
  private final int ivan = idx(base, "Иван");
  private final int petr = idx(base, "Петр");
  private final int alexey = idx(base, "Алексей");
  private final int nikolay = idx(base, "Николай");

  @Test
  void healthIndexWeighsActivityRepeatRateAndRetention() {
    // activity: 5 of 6 not LATE (only ООО Вектор is); repeat rate: 3 of 6 with ≥ 2 purchases;
    // retention: 1 − (0.90 + 0.70 + 0.10 + 0.95 + 0.05 + 0.40) / 6 = 1 − 3.1 / 6 = 0.48333
    // score: 100 × (0.40 × 5/6 + 0.30 × 0.5 + 0.30 × 0.48333) = 100 × (0.33333 + 0.15 + 0.145) =
    // 62.833
    Overview.HealthIndex h = OverviewCalculator.compute(scored).health();
    assertEquals(5 / 6.0, h.activity(), 1e-12);
    assertEquals(0.5, h.repeatRate(), 1e-12);
    assertEquals(1 - 3.1 / 6, h.retention(), 1e-12);
    assertEquals(62.8333, h.score(), 1e-4);
    assertFalse(h.alarm(), "62.8 is not below 50");
  }

  @Test
  void healthIndexBelowFiftyIsAnAlarm() {
    // everyone at P(alive) 0.01: activity 5/6 and repeat rate 0.5 as before, retention 1 − 0.99 =
    // 0.01
    // → 100 × (0.40 × 5/6 + 0.30 × 0.5 + 0.30 × 0.01) = 33.333 + 15 + 0.3 = 48.633 < 50 → alarm
    Overview.HealthIndex h =
        OverviewCalculator.compute(ScoredBases.withAlive(base, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01))
            .health();
    assertEquals(48.6333, h.score(), 1e-4);
    assertTrue(h.alarm());
  }

  @Test
  void riskSharesSplitLateCustomersAtThreeCycles() {
    // the only LATE customer, ООО Вектор, paused 829 / 189 = 4.39 cycles > 3 → critical churn
    Overview o = OverviewCalculator.compute(scored);
    assertEquals(List.of(), o.atRisk().group().customers());
    assertEquals(0, o.atRisk().share());
    assertEquals(List.of(vector), o.criticalChurn().group().customers());
    assertEquals(1 / 6.0, o.criticalChurn().share(), 1e-12);
    assertEquals(10, o.transactions());
    assertEquals(6, o.uniqueCustomers());
    // with the boundary at 5 cycles the same customer is in the risk zone
    Overview wide =
        OverviewCalculator.compute(scored, OverviewOptions.defaults().withCriticalPauseMultiple(5));
    assertEquals(List.of(vector), wide.atRisk().group().customers());
    assertEquals("risk-zone", wide.atRisk().group().key());
    assertEquals(0, wide.criticalChurn().count());
  }

  @Test
  void revenueAtRiskSumsRetainedRevenueTimesChurnPerBucket() {
    // R = AOV here. LOW: Иван 515 000 × 0.10 + Алексей 150 000 × 0.05 = 51 500 + 7 500 = 59 000
    // (base 665 000)
    // MEDIUM: Николай 100 × 0.40 = 40; HIGH: Вектор 135 000 × 0.70 = 94 500;
    // CRITICAL: Анна 61 666.67 × 0.90 + Петр 1 000 × 0.95 = 55 500 + 950 = 56 450 (base 62 666.67)
    // headline = HIGH + CRITICAL = 150 950; all buckets = 209 990
    Overview.RevenueAtRisk r = OverviewCalculator.compute(scored).revenueAtRisk();
    assertEquals(150_950, r.total(), 1e-6);
    assertEquals(209_990, r.allBuckets(), 1e-6);
    List<Overview.RiskBucket> b = r.buckets();
    assertEquals(
        List.of(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL),
        b.stream().map(Overview.RiskBucket::level).toList());
    assertEquals(List.of(ivan, alexey).stream().sorted().toList(), b.get(0).group().customers());
    assertEquals(665_000, b.get(0).revenueBase(), 1e-6);
    assertEquals(59_000, b.get(0).revenueAtRisk(), 1e-6);
    assertEquals(List.of(nikolay), b.get(1).group().customers());
    assertEquals(40, b.get(1).revenueAtRisk(), 1e-9);
    assertEquals(List.of(vector), b.get(2).group().customers());
    assertEquals(94_500, b.get(2).revenueAtRisk(), 1e-6);
    assertEquals("critical", b.get(3).group().key());
    assertEquals(List.of(anna, petr).stream().sorted().toList(), b.get(3).group().customers());
    assertEquals(62_666.6667, b.get(3).revenueBase(), 1e-3);
    assertEquals(56_450, b.get(3).revenueAtRisk(), 1e-6);
  }

  @Test
  void topToSaveIsTheHeadOfTheCallList() {
    // the call order (SalesCalculatorTest): Вектор (LATE, saves 28 350), Анна and Петр (CRITICAL,
    // 2 794.57 and 33.10), then the not yet due Иван (9 088.24) and Алексей (1 728.49); the top 5
    List<Overview.SaveCandidate> top = OverviewCalculator.compute(scored).topToSave();
    assertEquals(
        List.of(vector, anna, petr, ivan, alexey),
        top.stream().map(Overview.SaveCandidate::index).toList());
    Overview.SaveCandidate first = top.get(0);
    assertEquals("ООО Вектор", first.displayName());
    assertEquals(LocalDate.of(2024, 2, 15), first.lastPurchase());
    assertEquals(829, first.daysIdle(), "Не покупал 829 дн.");
    assertEquals(70, first.riskPercent(), 1e-9);
    assertEquals(270_000, first.ltv());
    assertEquals(95, top.get(2).riskPercent(), 1e-9);
  }

  @Test
  void topToSaveStopsAtTheConfiguredCount() {
    OverviewOptions two = new OverviewOptions(3.0, 0.4, 0.3, 0.3, 50, 2);
    assertEquals(
        List.of(vector, anna),
        OverviewCalculator.compute(scored, two).topToSave().stream()
            .map(Overview.SaveCandidate::index)
            .toList());
  }

  @Test
  void nrrWaterfallGoesFromTheLastYearsRevenueToTheProjection() {
    // per customer: B = purchases in (2025-05-24, 2026-05-24], R = revenue if retained, p = churn
    //   Анна     B  75 000  R  61 666.67  p 0.90
    //   Вектор   B       0  R 135 000     p 0.70 (last purchase 2024)
    //   Иван     B 550 000  R 515 000     p 0.10
    //   Петр     B       0  R   1 000     p 0.95 (last purchase 2025-01-15)
    //   Алексей  B 150 000  R 150 000     p 0.05
    //   Николай  B     100  R     100     p 0.40
    // current base Σ B = 775 100
    // churn Σ p × B = 67 500 + 55 000 + 7 500 + 40 = 130 040 (≤ the base, unlike the headline
    //   revenue at risk 150 950, which counts Вектор's and Петр's revenue if retained)
    // (1 − p) × (R − B): Анна 0.1 × −13 333.33 = −1 333.33, Вектор 0.3 × 135 000 = 40 500,
    //   Иван 0.9 × −35 000 = −31 500, Петр 0.05 × 1 000 = 50, Алексей 0, Николай 0
    // expansion 40 550, contraction 32 833.33
    // projected 775 100 + 40 550 − 32 833.33 − 130 040 = 652 776.67 = Σ (1 − p) × R
    //   (6 166.67 + 40 500 + 463 500 + 50 + 142 500 + 60)
    // NRR = 100 × 652 776.67 / 775 100 = 84.218 %
    Overview o = OverviewCalculator.compute(scored);
    Overview.NrrWaterfall nrr = o.nrr();
    assertEquals(775_100, nrr.currentBase(), 1e-6);
    assertFalse(nrr.currentBaseEstimated());
    assertEquals(130_040, nrr.churn(), 1e-6);
    assertEquals(40_550, nrr.expansion(), 1e-6);
    assertEquals(32_833.3333, nrr.contraction(), 1e-3);
    assertEquals(652_776.6667, nrr.projected(), 1e-3);
    assertEquals(84.2184, nrr.nrrPercent().orElseThrow(), 1e-4);
    assertEquals(
        nrr.currentBase() + nrr.expansion() - nrr.contraction() - nrr.churn(),
        nrr.projected(),
        1e-6);
  }

  @Test
  void nrrCurrentBaseIsAnnualisedWithoutPurchaseDates() {
    // one customer of the manual's template: 3 purchases of 10 000, first purchase 730 days before,
    // last 10 days
    // before the analysis date → current base = 30 000 × 365 / max(365, 730) = 15 000, flagged as
    // estimated
    java.time.LocalDate asOf = SeedDashboard.AS_OF;
    CustomerBase b =
        dev.reactivator.core.segment.Rows.withoutDates()
            .add("79990000001", "Ольга", "A", 10_000, asOf.minusDays(10), asOf.minusDays(730))
            .add("79990000001", "Ольга", "A", 10_000, asOf.minusDays(10), asOf.minusDays(730))
            .add("79990000001", "Ольга", "A", 10_000, asOf.minusDays(10), asOf.minusDays(730))
            .asOf(asOf);
    Overview.NrrWaterfall nrr = OverviewCalculator.compute(ScoredBases.withAlive(b, 0.5)).nrr();
    assertTrue(nrr.currentBaseEstimated());
    assertEquals(15_000, nrr.currentBase(), 1e-9);
  }

  @Test
  void riskStructureSplitsTheBaseIntoActiveRiskZoneAndCriticalWithTheirLtv() {
    // active (not LATE): Анна, Иван, Петр, Алексей, Николай: 185 000 + 1 030 000 + 1 000 + 150 000
    // + 100 = 1 366 100
    List<Overview.StructureBar> s = OverviewCalculator.compute(scored).riskStructure();
    assertEquals(
        List.of("active", "risk-zone", "critical-churn"),
        s.stream().map(b -> b.group().key()).toList());
    assertEquals(5, s.get(0).count());
    assertEquals(1_366_100, s.get(0).revenue(), 1e-6);
    assertEquals(0, s.get(1).count());
    assertEquals(0, s.get(1).revenue());
    assertEquals(List.of(vector), s.get(2).group().customers());
    assertEquals(270_000, s.get(2).revenue(), 1e-6);
  }
}
