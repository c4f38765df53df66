package dev.reactivator.core.segment.analytics;

import static dev.reactivator.core.segment.SeedDashboard.idx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedDashboard;
import dev.reactivator.core.segment.widget.Absence;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The score-based "Аналитика" widgets worked out by hand (see {@link SeedDashboard}). */
public class AnalyticsCalculatorTest {

  /**
   * Five customers at 2026-05-24 whose timing reproduces the manual's call-list texts: "Поздний"
   * bought 2025-09-15 and 2025-11-14 (cycle 60, due 2026-01-13, 191 days idle: 131 days late);
   * "Скоро" 2026-01-02 and 2026-04-02 (cycle 90, due 2026-07-01, in 38 days); "Сейчас" 2026-01-24
   * and 2026-03-25 (cycle 60, 60 days idle: NOW, window 6); "Опоздал" 2026-01-04 and 2026-03-05
   * (cycle 60, 80 days idle > 66: LATE by 20); "Новый" once, 2026-05-01 (23 days; population cycle
   * = median of 60, 90, 60, 60 = 60 → EXPECTED).
   */
  public static CustomerBase timingBase() {
    return Rows.withDates()
        .add("70000000001", "Поздний", "A", 1_000, LocalDate.of(2025, 9, 15))
        .add("70000000001", "Поздний", "B", 1_000, LocalDate.of(2025, 11, 14))
        .add("70000000002", "Скоро", "A", 2_000, LocalDate.of(2026, 1, 2))
        .add("70000000002", "Скоро", "A", 2_000, LocalDate.of(2026, 4, 2))
        .add("70000000003", "Сейчас", "B", 3_000, LocalDate.of(2026, 1, 24))
        .add("70000000003", "Сейчас", "B", 3_000, LocalDate.of(2026, 3, 25))
        .add("70000000004", "Опоздал", "A", 4_000, LocalDate.of(2026, 1, 4))
        .add("70000000004", "Опоздал", "C", 4_000, LocalDate.of(2026, 3, 5))
        .add("70000000005", "Новый", "C", 500, LocalDate.of(2026, 5, 1))
        .asOf(SeedDashboard.AS_OF);
  }

  @Test
  void t2npDistributionSplitsRepeatBuyersByStatusAndBinsTheLateOnes() {
    CustomerBase base = timingBase();
    ScoreAnalytics.T2npDistribution t =
        AnalyticsCalculator.compute(ScoredBases.withAlive(base, 0.5, 0.5, 0.5, 0.5, 0.5)).t2np();
    assertEquals(List.of(idx(base, "Скоро")), t.expected().customers());
    assertEquals(List.of(idx(base, "Сейчас")), t.now().customers());
    assertEquals(
        List.of(idx(base, "Поздний"), idx(base, "Опоздал")).stream().sorted().toList(),
        t.late().customers());
    assertEquals(List.of(idx(base, "Новый")), t.notEnoughData().customers());
    assertEquals(
        List.of("expected", "now", "late", "not-enough-data"),
        List.of(t.expected().key(), t.now().key(), t.late().key(), t.notEnoughData().key()));
    List<ScoreAnalytics.OverdueBin> bins = t.overdue();
    assertEquals(
        List.of("1-30", "31-90", "91-180", "181-365", "366+"),
        bins.stream().map(b -> b.group().key()).toList());
    assertEquals(
        List.of(1, 31, 91, 181, 366),
        bins.stream().map(ScoreAnalytics.OverdueBin::fromDays).toList());
    assertEquals(OptionalInt.of(30), bins.get(0).toDays());
    assertEquals(OptionalInt.empty(), bins.get(4).toDays());
    // 20 days late → 1–30, 131 days late → 91–180
    assertEquals(List.of(idx(base, "Опоздал")), bins.get(0).group().customers());
    assertEquals(0, bins.get(1).count());
    assertEquals(List.of(idx(base, "Поздний")), bins.get(2).group().customers());
    assertEquals(0, bins.get(3).count() + bins.get(4).count());
  }

  @Test
  void t2npOfTheSixCustomersPutsTheOnlyLateOneInTheOpenBin() {
    // ООО Вектор: 829 days idle − 189 cycle = 640 days late; Анна and Иван inside their cycles;
    // three one-time buyers
    CustomerBase base = SeedDashboard.base();
    ScoreAnalytics.T2npDistribution t =
        AnalyticsCalculator.compute(SeedDashboard.scored(base)).t2np();
    assertEquals(
        List.of(idx(base, "Анна"), idx(base, "Иван")).stream().sorted().toList(),
        t.expected().customers());
    assertEquals(0, t.now().size());
    assertEquals(List.of(idx(base, "ООО Вектор")), t.overdue().get(4).group().customers());
    assertEquals(3, t.notEnoughData().size());
    // custom edges: 700 days → bins 1–700 and 701+
    ScoreAnalytics.T2npDistribution custom =
        AnalyticsCalculator.compute(SeedDashboard.scored(base), new AnalyticsOptions(List.of(700)))
            .t2np();
    assertEquals(
        List.of("1-700", "701+"), custom.overdue().stream().map(b -> b.group().key()).toList());
    assertEquals(1, custom.overdue().get(0).count());
  }

  @Test
  void reasonsRadarSplitsEachChurnProbabilityOverTheReasonsPresent() {
    // strengths (see SeedDashboard): Анна frequency drop 1 (gaps 37 then 1 381 days); Вектор
    // recency 1
    // ((4.39 − 1) / 2 clamped), check drop 1 (70 000 after 200 000: drop 0.65 / 0.5 clamped),
    // discount 1;
    // Иван complaints 2/3, discount 1; Петр support spike 1 (3 tickets per purchase against the
    // 0.25
    // reference); Алексей and Николай discount 1.
    // contributions p × s / Σ s: Анна 0.90 to frequency; Вектор 0.70 / 3 to recency, check and
    // discount;
    // Иван 0.10 × (2/3) / (5/3) = 0.04 to complaints and 0.06 to discount; Петр 0.95 to the spike;
    // Алексей 0.05 and Николай 0.40 to discount. At risk: Анна, Вектор, Петр.
    CustomerBase base = SeedDashboard.extendedBase();
    ScoreAnalytics a = AnalyticsCalculator.compute(SeedDashboard.scored(base));
    assertTrue(a.absences().isEmpty());
    ScoreAnalytics.ChurnRadar radar = a.radar();
    assertTrue(radar.supportDataPresent());
    assertEquals(3, radar.atRiskCustomers());
    assertEquals(
        List.of(ReasonCode.values()),
        radar.axes().stream().map(ScoreAnalytics.RadarAxis::code).toList());
    double third = 0.7 / 3;
    axis(
        radar,
        ReasonCode.RECENCY_DROP,
        "recency-drop",
        List.of(idx(base, "ООО Вектор")),
        1 / 6.0,
        third,
        1 / 3.0,
        third);
    axis(
        radar,
        ReasonCode.FREQUENCY_DROP,
        "frequency-drop",
        List.of(idx(base, "Анна")),
        1 / 6.0,
        0.9,
        1 / 3.0,
        0.9);
    axis(
        radar,
        ReasonCode.CHECK_DROP,
        "check-drop",
        List.of(idx(base, "ООО Вектор")),
        1 / 6.0,
        third,
        1 / 3.0,
        third);
    axis(
        radar,
        ReasonCode.COMPLAINTS,
        "complaints",
        List.of(idx(base, "Иван")),
        (2 / 3.0) / 6,
        0.04,
        0,
        0);
    axis(
        radar,
        ReasonCode.SUPPORT_SPIKE,
        "support-spike",
        List.of(idx(base, "Петр")),
        1 / 6.0,
        0.95,
        1 / 3.0,
        0.95);
    axis(
        radar,
        ReasonCode.DISCOUNT_DEPENDENCE,
        "discount-dependence",
        List.of(
                idx(base, "ООО Вектор"),
                idx(base, "Иван"),
                idx(base, "Алексей"),
                idx(base, "Николай"))
            .stream()
            .sorted()
            .toList(),
        4 / 6.0,
        third + 0.06 + 0.05 + 0.40,
        1 / 3.0,
        third);
    // every customer has a reason, so the contributions add up to Σ churn = 3.1
    assertEquals(
        3.1,
        radar.axes().stream().mapToDouble(ScoreAnalytics.RadarAxis::totalContribution).sum(),
        1e-12);
  }

  @Test
  void radarAxesWithoutTheirColumnAreAbsent() {
    // the plain six: no complaints, tickets or discounts; Вектор's 0.70 splits over recency and
    // check drop
    CustomerBase base = SeedDashboard.base();
    ScoreAnalytics a = AnalyticsCalculator.compute(SeedDashboard.scored(base));
    assertEquals(
        List.of(
            "radar-axis:complaints", "radar-axis:support-spike", "radar-axis:discount-dependence"),
        a.absences().stream().map(Absence::widget).toList());
    assertFalse(a.radar().supportDataPresent());
    assertEquals(
        List.of(ReasonCode.RECENCY_DROP, ReasonCode.FREQUENCY_DROP, ReasonCode.CHECK_DROP),
        a.radar().axes().stream().map(ScoreAnalytics.RadarAxis::code).toList());
    assertEquals(0.35, a.radar().axes().get(0).totalContribution(), 1e-12);
    assertEquals(0.90, a.radar().axes().get(1).totalContribution(), 1e-12);
    assertEquals(0.35, a.radar().axes().get(2).totalContribution(), 1e-12);
  }

  private static void axis(
      ScoreAnalytics.ChurnRadar radar,
      ReasonCode code,
      String key,
      List<Integer> members,
      double mean,
      double contribution,
      double meanAtRisk,
      double contributionAtRisk) {
    ScoreAnalytics.RadarAxis a =
        radar.axes().stream().filter(x -> x.code() == code).findFirst().orElseThrow();
    assertEquals(key, a.group().key());
    assertEquals(members, a.group().customers(), key);
    assertEquals(mean, a.meanStrength(), 1e-12, key);
    assertEquals(contribution, a.totalContribution(), 1e-12, key);
    assertEquals(meanAtRisk, a.meanStrengthAtRisk(), 1e-12, key);
    assertEquals(contributionAtRisk, a.totalContributionAtRisk(), 1e-12, key);
  }
}
