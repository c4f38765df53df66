package dev.reactivator.core.segment.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.segment.SeedExample;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LtvCacAnalysisTest {

  @Test
  void paysBackInTheFirstMonthAtTheDefaultCac() {
    LtvCacCurve curve = LtvCacAnalysis.compute(SeedExample.base());
    assertEquals(3000, curve.cac());
    // M0 revenue: 50 000 + 200 000 + 480 000 + 1 000 + 150 000 + 100 = 881 100 over 6
    assertEquals(146_850, curve.cumulativeLtv().get(0).orElseThrow(), 1e-9);
    assertEquals(OptionalInt.of(0), curve.paybackMonth());
  }

  @Test
  void chainsEachMonthsMeanOverCustomersOldEnoughToObserveIt() {
    LtvCacCurve curve =
        LtvCacAnalysis.compute(SeedExample.base(), LtvCacOptions.defaults().withCac(170_000));
    // M1 adds Анна's second purchase over the 6 customers: 146 850 + 60 000 / 6 = 156 850
    assertEquals(156_850, curve.cumulativeLtv().get(1).orElseThrow(), 1e-9);
    assertEquals(156_850, curve.cumulativeLtv().get(5).orElseThrow(), 1e-9);
    // M6: the two 2025-12 customers are 5 months old and drop out; ООО Вектор's second purchase
    // (70 000) lands and is averaged over the 4 left: 156 850 + 70 000 / 4 = 174 350 (the plain
    // mean of the four's totals, 861 000 / 4 = 215 250, would jump because Алексей left)
    assertEquals(4, curve.observedCustomers().get(6));
    assertEquals(174_350, curve.cumulativeLtv().get(6).orElseThrow(), 1e-9);
    assertEquals(174_350, curve.cumulativeLtv().get(12).orElseThrow(), 1e-9);
    assertEquals(OptionalInt.of(6), curve.paybackMonth());
  }

  @Test
  void neverFallsWhenABigYoungCohortDropsOut() {
    // A: 100 in 2025-01 (observable M0 … M5); B: 10 000 in 2025-06, the analysis month (M0 only).
    // M0 = (100 + 10 000) / 2 = 5 050; M1 adds A's 0 → 5 050, where the plain mean of A alone
    // would fall to 100
    var base =
        dev.reactivator.core.segment.Rows.withDates()
            .add("1", "A", "P", 100, java.time.LocalDate.of(2025, 1, 10))
            .add("2", "B", "P", 10_000, java.time.LocalDate.of(2025, 6, 1))
            .asOf(java.time.LocalDate.of(2025, 6, 15));
    LtvCacCurve curve = LtvCacAnalysis.compute(base);
    assertEquals(5_050, curve.cumulativeLtv().get(0).orElseThrow(), 1e-9);
    assertEquals(5_050, curve.cumulativeLtv().get(1).orElseThrow(), 1e-9);
    assertEquals(5_050, curve.cumulativeLtv().get(5).orElseThrow(), 1e-9);
    assertEquals(1, curve.observedCustomers().get(5));
    assertTrue(curve.cumulativeLtv().get(6).isEmpty());
  }

  @Test
  void saysNotReachedWhenLtvStaysBelowCac() {
    LtvCacCurve curve =
        LtvCacAnalysis.compute(SeedExample.base(), LtvCacOptions.defaults().withCac(10_000_000));
    assertTrue(curve.paybackMonth().isEmpty());
  }

  @Test
  void rejectsANegativeCac() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LtvCacOptions(-1, 12));
    assertEquals("cac must be a finite number >= 0, was -1.0", e.getMessage());
  }
}
