package dev.reactivator.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.SourceRow;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How x, t_x, T and the spends are derived from a CRM export (docs/metrics.md, "Models"). */
class CustomerSummaryFromBaseTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  static SourceRow row(String phone, double amount, int daysAgo, Integer firstDaysAgo) {
    return new SourceRow(
        2,
        Optional.empty(),
        Optional.of(phone),
        Optional.empty(),
        Optional.empty(),
        "P",
        amount,
        AS_OF.minusDays(daysAgo),
        Optional.ofNullable(firstDaysAgo).map(AS_OF::minusDays),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  @Test
  void withPurchaseDatesTransactionsAreDistinctDaysAndSameDayPurchasesAreSummed() {
    InMemorySource src =
        new InMemorySource(
            EnumSet.of(Field.PHONE, Field.PRODUCT, Field.AMOUNT, Field.PURCHASE_DATE));
    // customer A: days 100 (first), 60, 60 (same day), 10 → 3 transactions, x = 2
    src.add(row("+79000000001", 50, 100, null))
        .add(row("+79000000001", 30, 60, null))
        .add(row("+79000000001", 20, 60, null))
        .add(row("+79000000001", 70, 10, null));
    // customer B: one purchase 40 days ago
    src.add(row("+79000000002", 80, 40, null));
    CustomerBase base = Reactivator.load(src).asOf(AS_OF).base();
    CustomerSummary s = CustomerSummary.fromBase(base);
    assertEquals(PeriodUnit.DAYS, s.unit());
    int a = base.purchaseCount(0) == 3 ? 0 : 1;
    int b = 1 - a;
    assertEquals(2, s.x(a));
    assertEquals(90, s.recency(a));
    assertEquals(100, s.age(a));
    assertEquals((50 + 70) / 2.0, s.meanRepeatSpend(a), 1e-12);
    // three occasions: the two lines 60 days ago are one purchase of 50
    assertEquals(170 / 3.0, s.averageSpend(a), 1e-12);
    assertEquals(0, s.x(b));
    assertEquals(0, s.recency(b));
    assertEquals(40, s.age(b));
    assertEquals(0, s.meanRepeatSpend(b));
  }

  @Test
  void withoutPurchaseDatesOnlyFirstAndLastAreReal() {
    InMemorySource src =
        new InMemorySource(
            EnumSet.of(
                Field.PHONE, Field.PRODUCT, Field.AMOUNT, Field.DAYS, Field.FIRST_PURCHASE_DATE));
    // customer A: 3 rows, last purchase 20 days ago, first purchase 200 days ago → x = 2, t_x =
    // 180, T = 200
    src.add(row("+79000000001", 10, 20, 200))
        .add(row("+79000000001", 20, 20, 200))
        .add(row("+79000000001", 30, 20, 200));
    // customer B: 1 row 30 days ago but first purchase 90 days ago → two real purchases, x = 1
    src.add(row("+79000000002", 40, 30, 90));
    CustomerBase base = Reactivator.load(src).asOf(AS_OF).base();
    CustomerSummary s = CustomerSummary.fromBase(base);
    int a = base.purchaseCount(0) == 3 ? 0 : 1;
    int b = 1 - a;
    assertEquals(2, s.x(a));
    assertEquals(180, s.recency(a));
    assertEquals(200, s.age(a));
    assertEquals(20, s.meanRepeatSpend(a), 1e-12);
    assertEquals(1, s.x(b));
    assertEquals(60, s.recency(b));
    assertEquals(90, s.age(b));
  }

  @Test
  void collectedColumnsGiveTheSummaryOfTheFeatureTable() {
    InMemorySource src =
        new InMemorySource(
            EnumSet.of(Field.PHONE, Field.PRODUCT, Field.AMOUNT, Field.PURCHASE_DATE));
    src.add(row("+79000000001", 50, 100, null))
        .add(row("+79000000001", 30, 60, null))
        .add(row("+79000000001", 70, 10, null))
        .add(row("+79000000002", 80, 40, null));
    CustomerBase base = Reactivator.load(src).asOf(AS_OF).base();
    CustomerFeatures f = CustomerFeatures.of(base);
    CustomerSummary expected = CustomerSummary.of(f);
    int n = f.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] repeat = new double[n];
    double[] mean = new double[n];
    for (int c = 0; c < n; c++) {
      x[c] = f.x(c);
      tx[c] = f.tx(c);
      age[c] = f.modelAge(c);
      repeat[c] = f.meanRepeatSpend(c);
      mean[c] = f.meanOrderValue(c);
    }
    CustomerSummary collected = CustomerSummary.of(x, tx, age, repeat, mean, PeriodUnit.DAYS);
    assertEquals(expected, collected);
    for (int c = 0; c < n; c++) {
      // the mean of all transactions stays apart from the mean repeat spend: (50+30+70)/3 ≠ 50
      assertEquals(expected.averageSpend(c), collected.averageSpend(c), 0.0);
      assertEquals(expected.meanRepeatSpend(c), collected.meanRepeatSpend(c), 0.0);
    }
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> CustomerSummary.of(x, tx, age, repeat, new double[] {1, -1}, PeriodUnit.DAYS));
  }
}
