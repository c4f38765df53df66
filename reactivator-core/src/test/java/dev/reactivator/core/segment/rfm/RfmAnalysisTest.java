package dev.reactivator.core.segment.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedExample;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmAnalysisTest {
  private final CustomerBase base = SeedExample.base();
  private final RfmResult rfm = RfmAnalysis.compute(base);

  @Test
  void scoresTheSixCustomersInRankBasedQuintiles() {
    // recency: Николай (155 d) best … ООО Вектор (829 d) worst; frequency 3/2/2/1/1/1; totals
    // distinct
    Map<String, String> expected =
        Map.of(
            "Анна",
            "253",
            "ООО Вектор",
            "134",
            "Иван",
            "335",
            "Петр",
            "111",
            "Алексей",
            "412",
            "Николай",
            "511");
    expected.forEach(
        (name, code) -> assertEquals(code, rfm.code(SeedExample.index(base, name)), name));
    assertEquals(829, rfm.recencyDays().getInt(SeedExample.index(base, "ООО Вектор")));
  }

  @Test
  void assignsTheFourSeedSegmentsByRule() {
    assertEquals(SeedRfmSegment.RISK_ZONE, rfm.seedSegment(SeedExample.index(base, "Анна")));
    assertEquals(SeedRfmSegment.RISK_ZONE, rfm.seedSegment(SeedExample.index(base, "ООО Вектор")));
    assertEquals(SeedRfmSegment.REGULAR, rfm.seedSegment(SeedExample.index(base, "Иван")));
    assertEquals(SeedRfmSegment.LOST, rfm.seedSegment(SeedExample.index(base, "Петр")));
    RfmSegment champions = rfm.segment(SeedRfmSegment.CHAMPIONS);
    assertEquals(0, champions.count());
    assertTrue(champions.averageRecencyDays().isEmpty(), "an empty segment has no average, not 0");
    RfmSegment risk = rfm.segment(SeedRfmSegment.RISK_ZONE);
    assertEquals("risk-zone", risk.key());
    assertEquals(455_000, risk.revenue(), 1e-9);
    assertEquals(2.5, risk.averageFrequency().orElseThrow(), 1e-12);
    assertEquals(6, rfm.seedSegments().stream().mapToInt(RfmSegment::count).sum());
  }

  @Test
  void placesEachCustomerOnTheElevenSegmentGrid() {
    assertEquals(RfmMapSegment.CANT_LOSE_THEM, rfm.mapSegment(SeedExample.index(base, "Анна")));
    assertEquals(RfmMapSegment.AT_RISK, rfm.mapSegment(SeedExample.index(base, "ООО Вектор")));
    assertEquals(RfmMapSegment.NEED_ATTENTION, rfm.mapSegment(SeedExample.index(base, "Иван")));
    assertEquals(RfmMapSegment.LOST, rfm.mapSegment(SeedExample.index(base, "Петр")));
    assertEquals(RfmMapSegment.PROMISING, rfm.mapSegment(SeedExample.index(base, "Алексей")));
    assertEquals(RfmMapSegment.NEW_CUSTOMERS, rfm.mapSegment(SeedExample.index(base, "Николай")));
    assertEquals(11, rfm.mapSegments().size());
    RfmSegment newCustomers = rfm.segment(RfmMapSegment.NEW_CUSTOMERS);
    assertEquals(List.of(SeedExample.index(base, "Николай")), newCustomers.customers());
    assertEquals(155.0, newCustomers.averageRecencyDays().orElseThrow(), 1e-12);
    assertEquals(100.0, newCustomers.revenue(), 1e-12);
  }

  @Test
  void equalValuesShareAScore() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    CustomerBase tied =
        Rows.withDates()
            .add("1", null, "A", 100, d)
            .add("2", null, "A", 100, d)
            .add("3", null, "A", 100, d)
            .add("4", null, "A", 100, d)
            .add("5", null, "A", 500, d.plusDays(10))
            .asOf(d.plusDays(30));
    RfmResult r = RfmAnalysis.compute(tied);
    for (int c = 0; c < 4; c++) {
      assertEquals("111", r.code(c), "four identical customers share the lowest scores");
    }
    // the fifth: 4 of 5 customers are worse on each axis → 1 + floor(5·4/5) = 5, frequency ties at
    // 1
    assertEquals("515", r.code(4));
  }
}
