package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
import dev.reactivator.core.NoUsableRowsException;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.spi.SourceOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Files in test resources loaded through {@code Reactivator.load(path)}, i.e. via the provider. */
class EndToEndTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  private static Path file(String name) {
    try {
      return Path.of(EndToEndTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CustomerProfile byEmail(CustomerBase base, String email) {
    return base.customers().stream()
        .filter(c -> c.emails().contains(email))
        .findFirst()
        .orElseThrow();
  }

  private static CustomerProfile byPhone(CustomerBase base, String phone) {
    return base.customers().stream()
        .filter(c -> c.phones().contains(phone))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void providerIsInstalled() {
    assertTrue(
        Reactivator.sourceProviders().stream()
            .anyMatch(p -> p instanceof CsvSourceProvider && p.name().equals("csv")));
  }

  @Test
  void russianFileWithSemicolonsAndDecimalCommasMergesCustomers() {
    CustomerBase base = Reactivator.load(file("ru-semicolon.csv")).asOf(AS_OF).base();
    IngestionReport r = base.report();
    assertEquals(5, r.rowsRead());
    assertEquals(4, r.rowsAccepted());
    assertEquals(1, r.refunds());
    assertEquals(1000.0, r.refundAmount());
    assertEquals(0, r.rowsRejected());
    assertEquals(3, base.size());
    assertTrue(base.has(Field.COMPLAINTS));
    assertFalse(base.has(Field.PURCHASE_DATE));

    CustomerProfile anna = byEmail(base, "anna@example.ru");
    assertEquals(List.of("79001234567"), anna.phones());
    assertEquals(2, anna.purchases().size());
    assertEquals(
        50000.50 + 1500.25, anna.purchases().stream().mapToDouble(p -> p.amount()).sum(), 1e-9);
    assertEquals(LocalDate.of(2021, 7, 14), anna.firstPurchase());
    assertEquals(AS_OF.minusDays(30), anna.lastPurchase());
    assertEquals(OptionalInt.of(3), anna.complaints());
    assertEquals(OptionalInt.of(5), anna.tickets());
    assertEquals(OptionalInt.of(1), anna.discountedPurchases());

    CustomerProfile ivan = byEmail(base, "ivan@example.ru");
    assertEquals(List.of("79120001122"), ivan.phones());
    assertEquals(480000.0, ivan.purchases().get(0).amount());
    assertEquals(AS_OF.minusDays(1400), ivan.lastPurchase());
    assertEquals(LocalDate.of(2020, 10, 5), ivan.firstPurchase());
    assertEquals(OptionalInt.empty(), ivan.complaints());

    assertEquals(130000.0, byEmail(base, "vektor@example.ru").purchases().get(0).amount());
  }

  @Test
  void englishFileWithCommas() {
    CustomerBase base =
        Reactivator.load(file("en-comma.csv")).withLocale(Locale.ENGLISH).asOf(AS_OF).base();
    assertEquals(",", base.report().details().get("delimiter"));
    assertEquals(3, base.report().rowsAccepted());
    assertEquals(2, base.size());
    assertEquals(
        51500.75,
        byEmail(base, "anna@example.com").purchases().stream().mapToDouble(p -> p.amount()).sum(),
        1e-9);
    assertEquals(
        "License, Bitrix", byEmail(base, "vector@example.com").purchases().get(0).product());
  }

  @Test
  void tabSeparatedFile() {
    CustomerBase base = Reactivator.load(file("tab.tsv")).asOf(AS_OF).base();
    assertEquals("tab", base.report().details().get("delimiter"));
    assertEquals(2, base.size());
    assertEquals(50000.5, byPhone(base, "79001234567").purchases().get(0).amount());
  }

  @Test
  void windows1251File() {
    CustomerBase base = Reactivator.load(file("cp1251.csv")).asOf(AS_OF).base();
    assertEquals("windows-1251", base.report().details().get("encoding"));
    assertEquals("Кабель ВВГ", byPhone(base, "79001234567").purchases().get(0).product());
    assertEquals("Ёлка", byPhone(base, "79120001122").name().orElseThrow());
  }

  @Test
  void utf8WithBomFile() {
    CustomerBase base = Reactivator.load(file("bom.csv")).asOf(AS_OF).base();
    assertEquals("true", base.report().details().get("bom"));
    assertTrue(base.has(Field.NAME));
    assertEquals("Кабель ВВГ", byPhone(base, "79001234567").purchases().get(0).product());
  }

  @Test
  void onlineRetailExportWithMapping() {
    SourceOptions o =
        SourceOptions.defaults()
            .withMapping(Field.CUSTOMER_ID, "CustomerID")
            .withMapping(Field.PRODUCT, "Description")
            .withMapping(Field.PURCHASE_DATE, "InvoiceDate")
            .withMapping(Field.AMOUNT, "Quantity*UnitPrice");
    CustomerBase base =
        Reactivator.load(file("online-retail.csv"), o).asOf(LocalDate.of(2011, 12, 10)).base();
    IngestionReport r = base.report();
    assertEquals(6, r.rowsRead());
    assertEquals(4, r.rowsAccepted());
    assertEquals(1, r.refunds());
    assertEquals(27.5, r.refundAmount(), 1e-9);
    assertEquals(1, r.rowsRejected());
    assertEquals(ProblemCode.NO_IDENTITY, r.rejected().get(0).code());
    assertEquals(7, r.rejected().get(0).line());
    assertTrue(base.has(Field.PURCHASE_DATE));
    assertEquals(2, base.size());
    CustomerProfile c17850 =
        base.customers().stream()
            .filter(c -> c.customerIds().contains("17850"))
            .findFirst()
            .orElseThrow();
    // InvoiceNo is read as the order id: two invoices, the first with two lines
    assertEquals(2, c17850.purchases().size());
    assertEquals(2, c17850.purchases().get(0).basket().size());
    assertEquals(
        15.30 + 20.34 + 11.10,
        c17850.purchases().stream().mapToDouble(p -> p.amount()).sum(),
        1e-9);
    assertEquals(LocalDate.of(2010, 12, 1), c17850.firstPurchase());
    CustomerProfile c13047 =
        base.customers().stream()
            .filter(c -> c.customerIds().contains("13047"))
            .findFirst()
            .orElseThrow();
    assertEquals(54.08, c13047.purchases().get(0).amount(), 1e-9);
  }

  @Test
  void renamedWorkbookIsExplainedAsExcel() {
    InputException e =
        assertThrows(
            InputException.class, () -> Reactivator.load(file("renamed-workbook.csv")).asOf(AS_OF));
    assertTrue(e.getMessage().contains("книга Excel (xlsx)"), e.getMessage());
    assertTrue(e.getMessage().contains("Сохранить как"));
    InputException xls =
        assertThrows(
            InputException.class,
            () ->
                Reactivator.load(file("old-workbook.xls")).withLocale(Locale.ENGLISH).asOf(AS_OF));
    assertTrue(xls.getMessage().contains("is an Excel workbook (xls)"), xls.getMessage());
  }

  @Test
  void aSecondAmountColumnIsIgnoredAndListed() {
    CustomerBase base = Reactivator.load(file("two-amounts.csv")).asOf(AS_OF).base();
    assertEquals(1, base.report().rowsAccepted());
    assertEquals("Amount", base.report().details().get("ignoredColumns"));
  }

  @Test
  void noAcceptedRowListsTheMostFrequentProblems() {
    InputException e =
        assertThrows(InputException.class, () -> Reactivator.load(file("all-bad.csv")).asOf(AS_OF));
    NoUsableRowsException n = assertInstanceOf(NoUsableRowsException.class, e);
    assertEquals(5, n.report().rowsRead());
    assertEquals(5, n.report().rowsRejected());
    assertTrue(
        n.getMessage()
            .startsWith(
                "В файле «all-bad.csv» нет ни одной пригодной строки: прочитано 5, отклонено 5"),
        n.getMessage());
    assertTrue(
        n.getMessage()
            .contains(
                "AMOUNT_INVALID — 2 стр. (например, строка 3: Строка 3, колонка «Сумма»: «15 000 USD»"),
        n.getMessage());
    assertTrue(n.getMessage().indexOf("AMOUNT_INVALID") < n.getMessage().indexOf("PHONE_INVALID"));
    assertEquals(
        List.of(2L, 3L, 4L, 5L, 6L), n.report().rejected().stream().map(p -> p.line()).toList());
  }

  @Test
  void templateLoadsBackWithoutRejectedRows(@org.junit.jupiter.api.io.TempDir Path dir) {
    for (CsvTemplate.Variant v : CsvTemplate.Variant.values()) {
      Path f = dir.resolve(CsvTemplate.fileName(v));
      CsvTemplate.write(v, f);
      CustomerBase base = Reactivator.load(f).asOf(AS_OF).base();
      assertEquals(3, base.report().rowsRead());
      assertEquals(3, base.report().rowsAccepted());
      assertEquals(0, base.report().rowsRejected());
      assertEquals(1, base.size(), "the manual's rows share one phone");
      assertEquals(660000.0, base.totalSpent(0));
      assertEquals(v == CsvTemplate.Variant.EXTENDED, base.has(Field.COMPLAINTS));
      assertEquals("true", base.report().details().get("bom"));
    }
  }
}
