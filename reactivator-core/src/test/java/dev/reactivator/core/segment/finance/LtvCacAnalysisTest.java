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
  void averagesEachMonthOverCustomersOldEnoughToObserveIt() {
    LtvCacCurve curve =
        LtvCacAnalysis.compute(SeedExample.base(), LtvCacOptions.defaults().withCac(200_000));
    // M1 adds Анна's second purchase: 941 100 / 6
    assertEquals(156_850, curve.cumulativeLtv().get(1).orElseThrow(), 1e-9);
    assertEquals(156_850, curve.cumulativeLtv().get(5).orElseThrow(), 1e-9);
    // M6: the two 2025-12 customers are 5 months old and drop out; ООО Вектор's second purchase
    // lands
    // (110 000 + 270 000 + 480 000 + 1 000) / 4
    assertEquals(4, curve.observedCustomers().get(6));
    assertEquals(215_250, curve.cumulativeLtv().get(6).orElseThrow(), 1e-9);
    assertEquals(OptionalInt.of(6), curve.paybackMonth());
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
