package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.AnalysisDate;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.features.CustomerFeatures;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Online Retail–style invoice-line export (written by {@code scripts/online-retail-fixture.py}:
 * US dates with times, dot-decimal prices with three and four decimals, C-invoice cancellations,
 * lines without a customer id) loads with no option at all, and its purchases are invoices. The
 * expected figures are counted here independently, from the raw text.
 */
class OnlineRetailFixtureTest {
  private static Path file;
  private static Expected expected;

  record Expected(
      int lines,
      int accepted,
      int refunds,
      int noCustomer,
      int customers,
      int invoices,
      BigDecimal revenue,
      LocalDate lastDay) {}

  @BeforeAll
  static void countIndependently() throws IOException, URISyntaxException {
    file = Path.of(OnlineRetailFixtureTest.class.getResource("online-retail-invoices.csv").toURI());
    List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
    int accepted = 0;
    int refunds = 0;
    int noCustomer = 0;
    Set<String> customers = new HashSet<>();
    Set<String> invoices = new HashSet<>();
    BigDecimal revenue = BigDecimal.ZERO;
    LocalDate last = LocalDate.MIN;
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split(",", -1);
      String customer = c[6];
      if (c[0].startsWith("C")) {
        refunds++;
        continue;
      }
      if (customer.isEmpty()) {
        noCustomer++;
        continue;
      }
      accepted++;
      customers.add(customer);
      invoices.add(customer + "/" + c[0]);
      revenue = revenue.add(new BigDecimal(c[3]).multiply(new BigDecimal(c[5])));
      String[] mdy = c[4].split(" ")[0].split("/");
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(mdy[2]), Integer.parseInt(mdy[0]), Integer.parseInt(mdy[1]));
      if (d.isAfter(last)) {
        last = d;
      }
    }
    expected =
        new Expected(
            rows.size() - 1,
            accepted,
            refunds,
            noCustomer,
            customers.size(),
            invoices.size(),
            revenue,
            last);
  }

  private static CustomerBase load() {
    return Reactivator.load(file).asOfData().base();
  }

  @Test
  void loadsWithNoOptionsAndAccountsForEveryLine() {
    IngestionReport r = load().report();
    assertEquals(expected.lines(), r.rowsRead());
    assertEquals(expected.accepted(), r.rowsAccepted());
    assertEquals(expected.refunds(), r.refunds());
    assertEquals(expected.noCustomer(), r.rowsRejected());
    assertTrue(r.rejected().stream().allMatch(p -> p.code() == ProblemCode.NO_IDENTITY));
    assertTrue(r.has(Field.ORDER_ID) && r.has(Field.PURCHASE_DATE) && r.has(Field.CUSTOMER_ID));
    assertEquals(".", r.details().get("decimal"));
    assertTrue(r.details().get("dateFormat.purchase_date").startsWith("M"), r.details().toString());
  }

  @Test
  void purchasesAreInvoicesAndTheAverageCheckIsPerInvoice() {
    CustomerBase base = load();
    assertEquals(expected.customers(), base.size());
    assertEquals(expected.accepted(), base.lineCount());
    assertEquals(expected.invoices(), base.purchaseCount());
    CustomerFeatures f = CustomerFeatures.of(base);
    double spent = 0;
    long purchases = 0;
    for (int c = 0; c < base.size(); c++) {
      spent += f.totalSpent(c);
      purchases += f.purchaseCount(c);
    }
    assertEquals(expected.revenue().doubleValue(), spent, 1e-6);
    double perInvoice = expected.revenue().doubleValue() / expected.invoices();
    assertEquals(perInvoice, spent / purchases, 1e-9);
    int linkedRefunds = 0;
    for (int c = 0; c < base.size(); c++) {
      linkedRefunds += base.refunds(c);
    }
    assertEquals(expected.refunds(), linkedRefunds, "every C-invoice is linked to its customer");
    assertTrue(
        perInvoice > 2 * expected.revenue().doubleValue() / expected.accepted(),
        "an invoice holds several lines, so the check per invoice is well above the line mean");
  }

  @Test
  void theAnalysisDateIsTheDayAfterTheLastInvoice() {
    AnalysisDate d = load().analysisDate();
    assertEquals(AnalysisDate.Basis.LAST_PURCHASE, d.basis());
    assertEquals(expected.lastDay(), d.lastPurchase());
    assertEquals(expected.lastDay().plusDays(1), d.asOf());
  }
}
