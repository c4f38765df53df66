package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.SourceOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts that carry their currency: the column's currency is read from them, never mixed. */
class CurrencyMarksTest {
  private static final String HEADER = "customer_id,product,amount,purchase_date\n";

  private static List<Double> amounts(CollectingSink sink) {
    return sink.accepted.stream().map(SourceRow::amount).toList();
  }

  @Test
  void dollarsPoundsAndEurosBeforeOrAfterTheNumberAreRead() {
    CollectingSink usd =
        Csv.read(
            HEADER + "1,A,$12.50,2011-01-01\n2,B,US$ 3.00,2011-01-02\n3,C,-$1.25,2011-01-03\n");
    assertEquals(List.of(12.5, 3.0), amounts(usd));
    assertEquals(1, usd.refundAmounts.size(), "a negative amount stays a refund");
    assertEquals("USD", usd.details.get("currency"));
    CollectingSink gbp = Csv.read(HEADER + "1,A,£7.99,2011-01-01\n2,B,GBP 1.01,2011-01-02\n");
    assertEquals(List.of(7.99, 1.01), amounts(gbp));
    assertEquals("GBP", gbp.details.get("currency"));
    CollectingSink eur =
        Csv.read(
            "ID клиента;Товар;Сумма;Дата покупки\n1;A;12,50 €;01.01.2011\n2;B;1 200,00 EUR;02.01.2011\n");
    assertEquals(List.of(12.5, 1200.0), amounts(eur));
    assertEquals("EUR", eur.details.get("currency"));
    CollectingSink brl = Csv.read(HEADER + "1,A,R$ 30.00,2011-01-01\n");
    assertEquals("BRL", brl.details.get("currency"), "R$ is the real, not the dollar");
  }

  @Test
  void unmarkedAmountsNameNoCurrency() {
    CollectingSink sink = Csv.read(HEADER + "1,A,12.50,2011-01-01\n2,B,3,2011-01-02\n");
    assertFalse(sink.details.containsKey("currency"));
  }

  @Test
  void aRowInAnotherCurrencyIsRejectedWithBoth() {
    CollectingSink sink =
        Csv.read(
            HEADER + "1,A,$12.50,2011-01-01\n2,B,$3.00,2011-01-02\n3,C,£5.00,2011-01-03\n",
            Locale.ENGLISH);
    assertEquals(2, sink.accepted.size());
    assertEquals(1, sink.rejected.size());
    String m = sink.rejected.get(0).message();
    assertTrue(m.contains("the amount is in GBP while the column's other amounts are in USD"), m);
  }

  @Test
  void aFewMarkedAmountsInAnUnmarkedColumnAreRejected() {
    CollectingSink sink =
        Csv.read(
            HEADER + "1,A,12.50,2011-01-01\n2,B,3.00,2011-01-02\n3,C,$5.00,2011-01-03\n",
            Locale.ENGLISH);
    assertEquals(2, sink.accepted.size());
    assertFalse(sink.details.containsKey("currency"));
    assertTrue(
        sink.rejected.get(0).message().contains("other amounts carry no currency sign"),
        sink.rejected.get(0).message());
  }

  @Test
  void theBaseCarriesTheCurrencyOfItsAmounts() {
    byte[] csv = (HEADER + "1,A,£7.99,2011-01-01\n").getBytes(StandardCharsets.UTF_8);
    CustomerBase base =
        Reactivator.load(CsvSource.of("gbp.csv", ByteSource.of(csv), SourceOptions.defaults()))
            .asOf(LocalDate.of(2011, 2, 1))
            .base();
    assertEquals(Currency.getInstance("GBP"), base.currency());
    CustomerBase forced =
        Reactivator.load(CsvSource.of("gbp.csv", ByteSource.of(csv), SourceOptions.defaults()))
            .withCurrency(Currency.getInstance("EUR"))
            .asOf(LocalDate.of(2011, 2, 1))
            .base();
    assertEquals(Currency.getInstance("EUR"), forced.currency(), "the caller's choice wins");
  }
}
