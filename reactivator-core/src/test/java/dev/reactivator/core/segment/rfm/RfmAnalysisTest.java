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
    // score = 1 + floor(5 × (w + e / 2) / 6), w worse, e equal. Recency: Николай (155 d) w 5 →
    // 4.58 → 5, Алексей w 4 → 4, Иван w 3 → 3, Анна w 2 → 3, Петр w 1 → 2, ООО Вектор (829 d)
    // → 1. Frequency 3 / 2 / 2 / 1 / 1 / 1: Анна w 5 → 5; Вектор and Иван w 3, e 2 → 3.33 → 4;
    // the three one-time buyers w 0, e 3 → 1.25 → 2. Totals distinct, as recency ascending.
    Map<String, String> expected =
        Map.of(
            "Анна",
            "353",
            "ООО Вектор",
            "144",
            "Иван",
            "345",
            "Петр",
            "222",
            "Алексей",
            "423",
            "Николай",
            "521");
    expected.forEach(
        (name, code) -> assertEquals(code, rfm.code(SeedExample.index(base, name)), name));
    assertEquals(829, rfm.recencyDays().getInt(SeedExample.index(base, "ООО Вектор")));
  }

  @Test
  void assignsTheFourSeedSegmentsByRule() {
    assertEquals(SeedRfmSegment.REGULAR, rfm.seedSegment(SeedExample.index(base, "Анна")));
    assertEquals(SeedRfmSegment.RISK_ZONE, rfm.seedSegment(SeedExample.index(base, "ООО Вектор")));
    assertEquals(SeedRfmSegment.REGULAR, rfm.seedSegment(SeedExample.index(base, "Иван")));
    assertEquals(SeedRfmSegment.LOST, rfm.seedSegment(SeedExample.index(base, "Петр")));
    RfmSegment champions = rfm.segment(SeedRfmSegment.CHAMPIONS);
    assertEquals(0, champions.count());
    assertTrue(champions.averageRecencyDays().isEmpty(), "an empty segment has no average, not 0");
    RfmSegment risk = rfm.segment(SeedRfmSegment.RISK_ZONE);
    assertEquals("risk-zone", risk.key());
    assertEquals(270_000, risk.revenue(), 1e-9);
    assertEquals(2.0, risk.averageFrequency().orElseThrow(), 1e-12);
    assertEquals(6, rfm.seedSegments().stream().mapToInt(RfmSegment::count).sum());
  }

  @Test
  void placesEachCustomerOnTheElevenSegmentGrid() {
    assertEquals(RfmMapSegment.LOYAL, rfm.mapSegment(SeedExample.index(base, "Анна")));
    assertEquals(RfmMapSegment.AT_RISK, rfm.mapSegment(SeedExample.index(base, "ООО Вектор")));
    assertEquals(RfmMapSegment.LOYAL, rfm.mapSegment(SeedExample.index(base, "Иван")));
    assertEquals(RfmMapSegment.HIBERNATING, rfm.mapSegment(SeedExample.index(base, "Петр")));
    assertEquals(
        RfmMapSegment.POTENTIAL_LOYALIST, rfm.mapSegment(SeedExample.index(base, "Алексей")));
    assertEquals(
        RfmMapSegment.POTENTIAL_LOYALIST, rfm.mapSegment(SeedExample.index(base, "Николай")));
    assertEquals(11, rfm.mapSegments().size());
    RfmSegment potential = rfm.segment(RfmMapSegment.POTENTIAL_LOYALIST);
    assertEquals(
        List.of(SeedExample.index(base, "Алексей"), SeedExample.index(base, "Николай")).stream()
            .sorted()
            .toList(),
        potential.customers());
    assertEquals(163.5, potential.averageRecencyDays().orElseThrow(), 1e-12);
    assertEquals(150_100.0, potential.revenue(), 1e-12);
  }

  @Test
  void aBaseWhoseCustomersAllBoughtYesterdayIsNotLost() {
    LocalDate yesterday = LocalDate.of(2025, 1, 1);
    Rows rows = Rows.withDates();
    for (int i = 0; i < 8; i++) {
      rows.add("79" + (100 + i), null, "A", 1_000, yesterday);
    }
    RfmResult r = RfmAnalysis.compute(rows.asOf(yesterday.plusDays(1)));
    for (int c = 0; c < 8; c++) {
      assertEquals("333", r.code(c), "identical customers sit in the middle, not at the bottom");
    }
    assertEquals(0, r.segment(SeedRfmSegment.LOST).count());
    assertEquals(8, r.segment(SeedRfmSegment.REGULAR).count());
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
      // no worse, four equal: 1 + floor(5 × 2 / 5) = 3 on each axis
      assertEquals("333", r.code(c), "four identical customers share the mid-rank");
    }
    // the fifth: 4 of 5 worse on recency and spend → 1 + floor(5 × 4.5 / 5) = 5; frequency ties
    // with everyone → 3
    assertEquals("535", r.code(4));
  }
}
