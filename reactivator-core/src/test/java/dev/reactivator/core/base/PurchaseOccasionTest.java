package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.Purchase;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.features.CustomerFeatures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** One purchase is one order of one customer, or one customer's lines of one calendar day. */
class PurchaseOccasionTest {
  private static final LocalDate AS_OF = LocalDate.of(2011, 12, 10);

  private static SourceRow line(
      String customer, String order, String product, double amount, int day) {
    return new SourceRow(
        2,
        Optional.of(customer),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        product,
        amount,
        AS_OF.minusDays(day),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.ofNullable(order));
  }

  private static CustomerBase load(List<SourceRow> rows, boolean orders) {
    EnumSet<Field> columns =
        EnumSet.of(Field.CUSTOMER_ID, Field.PRODUCT, Field.AMOUNT, Field.PURCHASE_DATE);
    if (orders) {
      columns.add(Field.ORDER_ID);
    }
    InMemorySource src = new InMemorySource(columns);
    rows.forEach(src::add);
    return Reactivator.load(src).asOf(AS_OF).base();
  }

  @Test
  void theLinesOfOneInvoiceAreOnePurchaseWithTheirSumAndBasket() {
    CustomerBase base =
        load(
            List.of(
                line("17850", "536365", "WHITE HANGING HEART", 15.30, 30),
                line("17850", "536365", "WHITE METAL LANTERN", 20.34, 30),
                line("17850", "536365", "CREAM CUPID HEARTS", 22.00, 30),
                line("17850", "536366", "HAND WARMER", 11.10, 20)),
            true);
    assertEquals(1, base.size());
    assertEquals(4, base.lineCount());
    assertEquals(2, base.purchaseCount());
    assertEquals(2, base.purchaseCount(0));
    assertEquals(15.30 + 20.34 + 22.00, base.purchaseAmount(0, 0), 1e-9);
    assertEquals(3, base.purchaseLineCount(0, 0));
    assertEquals(0, base.purchaseFirstLine(0, 0));
    assertEquals(3, base.purchaseFirstLine(0, 1));
    assertEquals("CREAM CUPID HEARTS", base.productName(base.purchaseProduct(0, 0)));
    Purchase first = base.customer(0).purchases().get(0);
    assertEquals(AS_OF.minusDays(30), first.date());
    assertEquals(3, first.basket().size());
    assertEquals(15.30 + 20.34 + 22.00 + 11.10, base.totalSpent(0), 1e-9);
    CustomerFeatures f = CustomerFeatures.of(base);
    assertEquals(10.0, f.personalCycle(0), "10 days between two invoices, not 0 between lines");
    assertEquals((15.30 + 20.34 + 22.00 + 11.10) / 2, f.meanOrderValue(0), 1e-9);
  }

  @Test
  void withoutOrderIdsOneCustomersLinesOfOneDayAreOnePurchase() {
    CustomerBase base =
        load(
            List.of(
                line("A", null, "P", 10, 5),
                line("A", null, "Q", 30, 5),
                line("A", null, "P", 5, 1),
                line("B", null, "P", 7, 5)),
            false);
    int a = base.lineCount(0) == 3 ? 0 : 1;
    assertEquals(2, base.purchaseCount(a));
    assertEquals(40, base.purchaseAmount(a, 0), 1e-12);
    assertEquals("Q", base.productName(base.purchaseProduct(a, 0)), "the larger line leads");
    assertEquals(1, base.purchaseCount(1 - a));
    assertEquals(3, base.purchaseCount());
  }

  @Test
  void withoutPurchaseDatesEveryTemplateRowIsAPurchase() {
    // the manual's template: Дни is the customer's recency, repeated on each of its rows
    InMemorySource src =
        new InMemorySource(EnumSet.of(Field.CUSTOMER_ID, Field.PRODUCT, Field.AMOUNT, Field.DAYS));
    src.add(line("A", null, "P", 10, 20)).add(line("A", null, "Q", 30, 20));
    src.add(line("A", null, "P", 5, 20));
    CustomerBase base = Reactivator.load(src).asOf(AS_OF).base();
    assertEquals(3, base.purchaseCount(0));
    assertEquals(3, base.lineCount(0));
  }

  @Test
  void withoutPurchaseDatesAnOrderIdStillJoinsItsLines() {
    InMemorySource src =
        new InMemorySource(
            EnumSet.of(Field.CUSTOMER_ID, Field.PRODUCT, Field.AMOUNT, Field.DAYS, Field.ORDER_ID));
    src.add(line("A", "1", "P", 10, 20)).add(line("A", "1", "Q", 30, 20));
    src.add(line("A", null, "P", 5, 20));
    assertEquals(2, Reactivator.load(src).asOf(AS_OF).base().purchaseCount(0));
  }

  @Test
  void twoInvoicesOnOneDayAreTwoPurchasesAndTheCycleIsFloored() {
    CustomerBase base = load(List.of(line("A", "1", "P", 10, 3), line("A", "2", "P", 20, 3)), true);
    assertEquals(2, base.purchaseCount(0));
    assertEquals(CustomerFeatures.MIN_CYCLE_DAYS, CustomerFeatures.of(base).personalCycle(0));
  }

  @Test
  void anInvoiceWhoseLinesCarryTwoDatesIsOnePurchaseOnItsFirstDay() {
    CustomerBase base =
        load(
            List.of(
                line("A", "9", "P", 10, 4), line("A", "9", "Q", 20, 3), line("A", "10", "P", 1, 1)),
            true);
    assertEquals(2, base.purchaseCount(0));
    assertEquals((int) AS_OF.minusDays(4).toEpochDay(), base.purchaseDay(0, 0));
    assertEquals(30, base.purchaseAmount(0, 0), 1e-12);
  }

  @Test
  void linesWithoutAnOrderIdBesideOrdersGroupByDay() {
    CustomerBase base =
        load(
            List.of(
                line("A", "9", "P", 10, 4),
                line("A", null, "Q", 20, 4),
                line("A", null, "R", 2, 4)),
            true);
    assertEquals(2, base.purchaseCount(0));
    assertTrue(base.purchaseAmount(0, 0) == 22 || base.purchaseAmount(0, 1) == 22);
  }

  @Test
  void refundRowsAreLinkedToTheirCustomerAndNeverBecomeOne() {
    dev.reactivator.core.spi.TransactionSource src =
        new dev.reactivator.core.spi.TransactionSource() {
          @Override
          public String description() {
            return "refunds";
          }

          @Override
          public void read(
              dev.reactivator.core.spi.ReadContext context,
              dev.reactivator.core.spi.TransactionSink sink) {
            sink.begin(
                EnumSet.of(Field.CUSTOMER_ID, Field.PRODUCT, Field.AMOUNT, Field.PURCHASE_DATE),
                java.util.Map.of());
            sink.refund(2, -5, Optional.of("17850"), Optional.empty(), Optional.empty());
            sink.accept(line("17850", "536365", "P", 15, 3));
            sink.refund(4, -2.5, Optional.of("17850"), Optional.empty(), Optional.empty());
            sink.refund(5, -9, Optional.of("99999"), Optional.empty(), Optional.empty());
            sink.refund(6, -1);
          }
        };
    CustomerBase base = Reactivator.load(src).asOf(AS_OF).base();
    assertEquals(1, base.size(), "a refund of an unknown customer makes no customer");
    assertEquals(2, base.refunds(0), "refunds before and after the purchase are both linked");
    assertEquals(7.5, base.refundAmount(0), 1e-12);
    assertEquals(4, base.report().refunds());
    assertEquals(17.5, base.report().refundAmount(), 1e-12);
    assertEquals(15, base.totalSpent(0), 1e-12, "refunds are not subtracted from purchases");
  }

  /** Splitting the lines of orders across rows in any order gives the same occasions. */
  @Property(tries = 200)
  void occasionsDoNotDependOnTheOrderOfTheLines(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int count, @ForAll boolean orders) {
    Random r = new Random(seed);
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(
          line(
              "C" + r.nextInt(4),
              orders && r.nextInt(5) > 0 ? "INV" + r.nextInt(6) : null,
              "P" + r.nextInt(5),
              1 + r.nextInt(1000) / 100.0,
              r.nextInt(6)));
    }
    List<SourceRow> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed * 31 + 7));
    CustomerBase a = load(rows, orders);
    CustomerBase b = load(shuffled, orders);
    assertEquals(fingerprint(a), fingerprint(b));
    assertEquals(count, a.lineCount());
    double lines = 0;
    for (SourceRow row : rows) {
      lines += row.amount();
    }
    double purchases = 0;
    for (int c = 0; c < a.size(); c++) {
      purchases += a.totalSpent(c);
      int lineSum = 0;
      for (int k = 0; k < a.purchaseCount(c); k++) {
        lineSum += a.purchaseLineCount(c, k);
        if (k > 0) {
          assertTrue(a.purchaseDay(c, k - 1) <= a.purchaseDay(c, k));
        }
      }
      assertEquals(a.lineCount(c), lineSum);
    }
    assertEquals(lines, purchases, 1e-6);
  }

  private static List<String> fingerprint(CustomerBase base) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < base.size(); c++) {
      out.add(base.customer(c).customerIds() + " " + base.customer(c).purchases());
    }
    Collections.sort(out);
    return out;
  }
}
