package dev.reactivator.core.segment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedExample;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CohortAnalysisTest {

  @Test
  void reproducesTheManualsCohortTableWithTruePurchases() {
    CohortTable t = CohortAnalysis.byFirstMonth(SeedExample.base());
    assertEquals(CohortMode.TRUE_PURCHASES, t.mode());
    assertEquals(
        List.of("2021-07", "2023-01", "2023-08", "2025-01", "2025-12"),
        t.rows().stream().map(CohortRow::key).toList());
    assertEquals(List.of(1, 1, 1, 1, 2), t.rows().stream().map(CohortRow::clients).toList());
    assertEquals(
        List.of(185_000.0, 1_030_000.0, 270_000.0, 1_000.0, 75_050.0),
        t.rows().stream().map(CohortRow::averageLtv).toList());
    CohortRow anna = t.rows().get(0);
    assertEquals(13, anna.retention().size());
    assertEquals(OptionalDouble.of(1), anna.retention().get(0));
    assertEquals(OptionalDouble.of(1), anna.retention().get(1), "Анна bought again in August 2021");
    assertEquals(OptionalDouble.of(0), anna.retention().get(2));
    CohortRow vector = t.rows().get(2);
    assertEquals(OptionalDouble.of(1), vector.retention().get(6), "2023-08 → 2024-02 is M6");
    assertEquals(OptionalDouble.of(0), vector.retention().get(5));
  }

  @Test
  void leavesCellsBeyondTheObservableWindowAbsent() {
    CohortRow young = CohortAnalysis.byFirstMonth(SeedExample.base()).rows().get(4);
    assertEquals("2025-12", young.key());
    // analysis month 2026-05 is M5 of the 2025-12 cohort
    for (int k = 1; k <= 5; k++) {
      assertEquals(OptionalDouble.of(0), young.retention().get(k), "M" + k);
    }
    for (int k = 6; k <= 12; k++) {
      assertTrue(young.retention().get(k).isEmpty(), "M" + k + " is not observable yet");
    }
  }

  @Test
  void groupsProductLedCohortsByFirstProduct() {
    CohortTable t = CohortAnalysis.byFirstProduct(SeedExample.base());
    // most customers first, then by name (the manual's Product-Led Retention table)
    assertEquals(
        List.of("Людмила", "ИБП APC", "Людмила Бизнес", "Сервер HP ProLiant", "Сервер IBM"),
        t.rows().stream().map(CohortRow::key).toList());
    CohortRow first = t.rows().get(0);
    assertEquals("Людмила", first.key());
    assertEquals(2, first.clients());
    assertEquals(550.0, first.averageLtv(), 1e-9);
    // Петр (2025-01, 16 months old) and Николай (2025-12, 5 months old): M6 observes only Петр
    assertEquals(OptionalDouble.of(0), first.retention().get(6));
    CohortRow apc =
        t.rows().stream().filter(r -> r.key().equals("ИБП APC")).findFirst().orElseThrow();
    assertEquals(OptionalDouble.of(1), apc.retention().get(1));
  }

  @Test
  void measuresActiveSpanWithoutPurchaseDates() {
    LocalDate asOf = LocalDate.of(2025, 6, 15);
    LocalDate first = LocalDate.of(2025, 1, 10);
    CustomerBase base =
        Rows.withoutDates()
            .add("1", "X", "A", 100, LocalDate.of(2025, 4, 5), first)
            .add("1", "X", "B", 100, LocalDate.of(2025, 4, 5), first)
            .add("2", "Y", "A", 300, LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 20))
            // one purchase whose export gives a first purchase in January and a last in March: a
            // one-purchase customer is never retained, whatever the two dates say
            .add("3", "Z", "A", 50, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 1, 15))
            .asOf(asOf);
    CohortTable t = CohortAnalysis.byFirstMonth(base);
    assertEquals(CohortMode.ACTIVE_SPAN, t.mode());
    CohortRow row = t.rows().get(0);
    assertEquals("2025-01", row.key());
    assertEquals(3, row.customers().size());
    List<OptionalDouble> cells = row.retention();
    assertEquals(OptionalDouble.of(1), cells.get(0));
    // X alone (two purchases, last in April) is active in M1 … M3: 1 / 3; Z's span does not count
    for (int k = 1; k <= 3; k++) {
      assertEquals(1.0 / 3, cells.get(k).orElseThrow(), 1e-12, "X is still buying by April: M" + k);
    }
    assertEquals(OptionalDouble.of(0), cells.get(4));
    assertEquals(OptionalDouble.of(0), cells.get(5));
    assertTrue(cells.get(6).isEmpty());
  }
}
