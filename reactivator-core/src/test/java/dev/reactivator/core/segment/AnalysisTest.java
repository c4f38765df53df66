package dev.reactivator.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.analytics.ScoreAnalytics;
import dev.reactivator.core.segment.drivers.RetentionDriver;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.spi.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembly of every widget by {@code segment()} on the manual's six customers. */
class AnalysisTest {
  private final CustomerBase base = SeedExample.base();
  private final int anna = SeedExample.index(base, "Анна");
  private final int vector = SeedExample.index(base, "ООО Вектор");
  private final int ivan = SeedExample.index(base, "Иван");
  private final int petr = SeedExample.index(base, "Петр");
  private final int alexey = SeedExample.index(base, "Алексей");
  private final int nikolay = SeedExample.index(base, "Николай");

  private ScoredBase scored() {
    double[] alive = new double[6];
    alive[anna] = 0.10; // churn 90 % → CRITICAL
    alive[vector] = 0.30; // 70 % → HIGH
    alive[ivan] = 0.90;
    alive[petr] = 0.05; // 95 % → CRITICAL
    alive[alexey] = 0.95;
    alive[nikolay] = 0.60; // 40 % → MEDIUM
    return ScoredBases.withAlive(base, alive);
  }

  @Test
  void vipMonitorListsClassACustomersAtHighOrCriticalRiskMostAtRiskFirst() {
    // class A: Иван, ООО Вектор, Анна (79.46 % of revenue before Анна); Иван is at low risk
    Analysis analysis = Analysis.of(scored());
    assertEquals(List.of(anna, vector), analysis.vipAtRisk().customers());
    assertEquals("vip-at-risk", analysis.vipAtRisk().key());
  }

  @Test
  void roiSimulatorRunsOverTheCustomersAtRiskWithTheirAverageCheck() {
    // at risk: Анна (3 purchases, 185 000), ООО Вектор (2, 270 000), Петр (1, 1 000) → 456 000 / 6
    // = 76 000
    RoiResult roi = Analysis.of(scored()).roi().orElseThrow();
    assertEquals(3, roi.inputs().touchBase());
    assertEquals(76_000, roi.inputs().averageCheck(), 1e-9);
    assertEquals(300, roi.touchBudget(), 1e-9); // 3 × 100 ₽ per call
    assertEquals(3 * 0.035 * 76_000, roi.revenue(), 1e-9);
  }

  @Test
  void roiIsAbsentWithAReasonWhenNobodyIsAtRisk() {
    Analysis analysis = Analysis.of(ScoredBases.withAlive(base, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9));
    assertTrue(analysis.roi().isEmpty());
    assertTrue(analysis.isAbsent("roi"));
  }

  @Test
  void driversWithoutOptionalColumnsAreAbsentAndProductDriversFollowBuyerCounts() {
    Analysis analysis = Analysis.of(scored());
    assertTrue(analysis.isAbsent("driver:complaints"));
    assertTrue(analysis.isAbsent("driver:support-tickets"));
    assertTrue(analysis.isAbsent("driver:discount-sensitive"));
    // the renewal share and the number of products need no optional column; then the products by
    // buyers: Сервер IBM 3, Людмила 2, then one buyer each, by name
    assertEquals(
        List.of(
            "renewal-share",
            "distinct-products",
            "product:Сервер IBM",
            "product:Людмила",
            "product:ИБП APC",
            "product:Людмила Бизнес",
            "product:Сервер HP ProLiant"),
        analysis.drivers().stream().map(RetentionDriver::key).toList());
    assertEquals(3, analysis.drivers().get(2).feature().size());
  }

  @Test
  void absencesAreListedOnceEach() {
    List<String> widgets = Analysis.of(scored()).absences().stream().map(Absence::widget).toList();
    assertEquals(widgets.stream().distinct().count(), widgets.size());
    assertFalse(widgets.isEmpty());
  }

  @Test
  void segmentingReportsProgressFromZeroToOne() {
    List<Double> fractions = new ArrayList<>();
    Analysis.of(
        scored(),
        SegmentOptions.defaults(),
        (stage, f) -> {
          assertEquals(Stage.SEGMENTING, stage);
          fractions.add(f);
        });
    assertEquals(0.0, fractions.get(0));
    assertEquals(1.0, fractions.get(fractions.size() - 1));
    for (int i = 1; i < fractions.size(); i++) {
      assertTrue(fractions.get(i) >= fractions.get(i - 1));
    }
  }

  @Test
  void everyWidgetCoversTheWholeBase() {
    Analysis analysis = Analysis.of(scored());
    assertEquals(6, analysis.overview().uniqueCustomers());
    assertEquals(6, analysis.base().size());
    assertEquals(6, analysis.rfm().recencyScores().size());
    assertEquals(6, analysis.nextBestProducts().recommendations().size());
  }

  @Test
  void withoutPurchaseDatesTheDateAxesAreAbsentAndTheDateWidgetsSayWhatTheyMeasure() {
    java.time.LocalDate asOf = SeedExample.AS_OF;
    CustomerBase noDates =
        dev.reactivator.core.segment.Rows.withoutDates()
            .add("79990000001", "Ольга", "A", 10_000, asOf.minusDays(400), asOf.minusDays(900))
            .add("79990000001", "Ольга", "B", 12_000, asOf.minusDays(400), asOf.minusDays(900))
            .add("79990000002", "Олег", "A", 5_000, asOf.minusDays(30), asOf.minusDays(200))
            .add("79990000003", "Ирина", "B", 7_000, asOf.minusDays(3), asOf.minusDays(3))
            .asOf(asOf);
    Analysis a = Analysis.of(ScoredBases.withAlive(noDates, 0.2, 0.9, 0.9));
    for (String key :
        List.of(
            "radar-axis:frequency-drop",
            "radar-axis:check-drop",
            "radar-axis:complaints",
            "radar-axis:support-spike",
            "radar-axis:discount-dependence",
            "discount-harm",
            "rule-condition:complaints",
            "rule-condition:support-spike",
            "rule-condition:discount-profile",
            "driver:complaints",
            "driver:support-tickets",
            "driver:discount-sensitive")) {
      assertTrue(a.isAbsent(key), key);
    }
    assertFalse(a.isAbsent("roi"), "Ольга is at risk");
    assertTrue(a.overview().nrr().currentBaseEstimated());
    assertEquals(
        dev.reactivator.core.segment.nbp.TransitionMode.CO_PURCHASE, a.nextBestProducts().mode());
    assertEquals(dev.reactivator.core.segment.cohort.CohortMode.ACTIVE_SPAN, a.cohorts().mode());
    assertEquals(dev.reactivator.core.segment.cohort.CohortMode.ACTIVE_SPAN, a.ltvVsCac().mode());
    assertEquals(
        List.of(dev.reactivator.core.score.ReasonCode.RECENCY_DROP),
        a.scoreAnalytics().radar().axes().stream().map(ScoreAnalytics.RadarAxis::code).toList());
  }

  @Test
  void theDiscountProfilesAreExportableSegmentsOnlyWithTheDiscountColumn() {
    assertTrue(
        Analysis.of(scored()).segmentGroups().stream()
            .noneMatch(g -> g.widget().equals("discount")));
    CustomerBase base = SeedDashboard.extendedBase();
    List<SegmentGroup> discount =
        Analysis.of(SeedDashboard.scored(base)).segmentGroups().stream()
            .filter(g -> g.widget().equals("discount"))
            .toList();
    assertEquals(
        List.of(
            "discount/sensitive", "discount/occasional", "discount/full-price", "discount/unknown"),
        discount.stream().map(SegmentGroup::key).toList());
    // the discount-sensitive segment: Вектор 2/2, Иван 2/2, Алексей 1/1, Николай 1/1 discounted
    assertEquals(
        List.of(
                SeedDashboard.idx(base, "ООО Вектор"),
                SeedDashboard.idx(base, "Иван"),
                SeedDashboard.idx(base, "Алексей"),
                SeedDashboard.idx(base, "Николай"))
            .stream()
            .sorted()
            .toList(),
        discount.get(0).customers());
  }
}
