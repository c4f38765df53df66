package dev.reactivator.core.features;

import static dev.reactivator.core.features.CustomerSummaryFromBaseTest.AS_OF;
import static dev.reactivator.core.features.CustomerSummaryFromBaseTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The feature table: every per-customer figure computed once, and the summary view shares it. */
class CustomerFeaturesTest {

  private static CustomerBase base() {
    InMemorySource src =
        new InMemorySource(
            EnumSet.of(Field.PHONE, Field.PRODUCT, Field.AMOUNT, Field.PURCHASE_DATE));
    // A: purchases 100, 60, 60 and 10 days ago; B: one purchase 40 days ago
    src.add(row("+79000000001", 50, 100, null))
        .add(row("+79000000001", 30, 60, null))
        .add(row("+79000000001", 20, 60, null))
        .add(row("+79000000001", 70, 10, null));
    src.add(row("+79000000002", 80, 40, null));
    return Reactivator.load(src).asOf(AS_OF).base();
  }

  @Test
  void perCustomerFiguresFollowThePurchases() {
    CustomerBase base = base();
    CustomerFeatures f = CustomerFeatures.of(base);
    int a = base.purchaseCount(0) == 3 ? 0 : 1;
    int b = 1 - a;
    assertEquals(2, f.size());
    // the two lines 60 days ago are one purchase occasion
    assertEquals(3, f.purchaseCount(a));
    assertEquals(170.0, f.totalSpent(a));
    assertEquals(base.totalSpent(a), f.totalSpent(a));
    assertEquals(170 / 3.0, f.meanOrderValue(a));
    assertEquals(10, f.daysSinceLast(a));
    assertEquals(100, f.ageDays(a));
    assertEquals(90, f.activeSpanDays(a));
    assertEquals(45.0, f.personalCycle(a), "90 days over two gaps between three occasions");
    assertEquals(2, f.x(a));
    assertEquals(90.0, f.tx(a));
    assertEquals(100.0, f.modelAge(a));
    assertFalse(f.hasPersonalCycle(b));
    assertEquals(45.0, f.populationCycle(), "the median of the personal cycles");
    assertTrue(f.populationCycleFromRepeaters());
    assertEquals(45.0, f.cycle(b));
    assertEquals(40 / 45.0, f.pauseRatio(b), 1e-12);
    assertFalse(f.has(Field.COMPLAINTS));
    assertEquals(0, f.count(Field.TICKETS, a));
    assertThrows(IllegalArgumentException.class, () -> f.has(Field.PHONE));
  }

  @Test
  void theSummaryIsAViewOfTheSameFigures() {
    CustomerBase base = base();
    CustomerFeatures f = CustomerFeatures.of(base);
    CustomerSummary s = CustomerSummary.of(f);
    assertEquals(CustomerSummary.fromBase(base), s);
    for (int c = 0; c < f.size(); c++) {
      assertEquals(f.x(c), s.x(c));
      assertEquals(f.tx(c), s.recency(c));
      assertEquals(f.modelAge(c), s.age(c));
      assertEquals(f.meanRepeatSpend(c), s.meanRepeatSpend(c));
      assertEquals(f.meanOrderValue(c), s.averageSpend(c));
    }
  }
}
