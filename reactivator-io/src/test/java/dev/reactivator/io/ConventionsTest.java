package dev.reactivator.io;

import static dev.reactivator.io.Csv.EN;
import static dev.reactivator.io.Csv.RU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.SourceOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Number and date conventions decided per column, on rows as real exports write them. */
class ConventionsTest {
  /** An Online Retail–style line-item export, mapped as a new user would map it. */
  private static final String RETAIL_HEADER =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

  private static final SourceOptions RETAIL =
      SourceOptions.defaults()
          .withMapping(Field.PRODUCT, "Description")
          .withMapping(Field.AMOUNT, "Quantity*UnitPrice")
          .withMapping(Field.PURCHASE_DATE, "InvoiceDate")
          .withMapping(Field.CUSTOMER_ID, "CustomerID");

  private static final String ONE_C_HEADER = "ID клиента;Товар;Сумма;Дата покупки\n";

  private static CollectingSink read(String text, SourceOptions options) {
    return Csv.read(text.getBytes(StandardCharsets.UTF_8), options, EN);
  }

  private static List<Double> amounts(CollectingSink sink) {
    return sink.accepted.stream().map(SourceRow::amount).toList();
  }

  private static List<LocalDate> dates(CollectingSink sink) {
    return sink.accepted.stream().map(SourceRow::date).toList();
  }

  @Test
  void onlineRetailLinesReadUsDatesAndThreeDecimalPricesOfADotDecimalColumn() {
    CollectingSink sink =
        read(
            RETAIL_HEADER
                + "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
                + "536366,22633,HAND WARMER UNION JACK,2,12/1/2010 8:28,4.775,17850,United Kingdom\n"
                + "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,1,12/1/2010 8:34,4.8533,13047,United Kingdom\n"
                + "536368,22960,JAM MAKING SET WITH JARS,3,12/13/2010 9:01,674.485,13047,United Kingdom\n"
                + "C536379,D,Discount,-1,12/14/2010 9:41,27.5,14527,United Kingdom\n",
            RETAIL);
    assertEquals(List.of(15.3, 9.55, 4.8533, 2023.455), amounts(sink));
    assertEquals(
        List.of(
            LocalDate.of(2010, 12, 1),
            LocalDate.of(2010, 12, 1),
            LocalDate.of(2010, 12, 1),
            LocalDate.of(2010, 12, 13)),
        dates(sink));
    assertEquals(List.of(-27.5), sink.refundAmounts);
    assertEquals(".", sink.details.get("decimal"));
    assertEquals("data", sink.details.get("decimalSource"));
    assertEquals("MM/dd/yyyy", sink.details.get("dateFormat.purchase_date"));
    assertEquals("data", sink.details.get("dateFormatSource.purchase_date"));
  }

  @Test
  void manyDecimalsAreRead() {
    CollectingSink sink =
        Csv.read(ONE_C_HEADER + "1;A;199.33333333299998;2010-12-01\n2;B;0.1;2010-12-01\n", EN);
    assertEquals(List.of(199.33333333299998, 0.1), amounts(sink));
  }

  @Test
  void oneCRowsReadDashDatesAndSpaceGroupedCommaDecimals() {
    CollectingSink sink =
        Csv.read(
            ONE_C_HEADER
                + "К-0001;Ноутбук;1 500,00;21-07-2015\n"
                + "К-0002;Мышь;4,775;1-8-2015\n"
                + "К-0001;Кабель;\"1.975.432,09\";31-12-2015\n",
            RU);
    assertEquals(List.of(1500.0, 4.775, 1975432.09), amounts(sink));
    assertEquals(
        List.of(LocalDate.of(2015, 7, 21), LocalDate.of(2015, 8, 1), LocalDate.of(2015, 12, 31)),
        dates(sink));
    assertEquals(",", sink.details.get("decimal"));
    assertEquals("dd-MM-yyyy", sink.details.get("dateFormat.purchase_date"));
  }

  @Test
  void isoDatesWithTimeCompactDatesExcelSerialsAndSingleDigitDottedDatesAreRead() {
    assertEquals(
        List.of(LocalDate.of(2010, 12, 1), LocalDate.of(2011, 1, 9)),
        dates(
            Csv.read(ONE_C_HEADER + "1;A;10;2010-12-01 08:26:00\n2;B;20;2011-01-09T17:05\n", RU)));
    CollectingSink compact = Csv.read(ONE_C_HEADER + "1;A;10;20101201\n2;B;20;19970112\n", RU);
    assertEquals(List.of(LocalDate.of(2010, 12, 1), LocalDate.of(1997, 1, 12)), dates(compact));
    assertEquals("yyyyMMdd", compact.details.get("dateFormat.purchase_date"));
    CollectingSink excel = Csv.read(ONE_C_HEADER + "1;A;10;40513\n2;B;20;40544\n", RU);
    assertEquals(List.of(LocalDate.of(2010, 12, 1), LocalDate.of(2011, 1, 1)), dates(excel));
    assertEquals("excel", excel.details.get("dateFormat.purchase_date"));
    assertEquals(
        List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 11, 30)),
        dates(Csv.read(ONE_C_HEADER + "1;A;10;1.2.2024\n2;B;20;30.11.2024\n", RU)));
  }

  @Test
  void fiveDigitNumbersAreExcelSerialsOnlyWhenTheWholeColumnIsSerials() {
    CollectingSink sink = Csv.read(ONE_C_HEADER + "1;A;10;40513\n2;B;20;01.12.2010\n", EN);
    assertEquals(List.of(LocalDate.of(2010, 12, 1)), dates(sink));
    assertEquals(ProblemCode.DATE_INVALID, sink.onlyRejected().code());
    assertEquals("dd.MM.yyyy", sink.details.get("dateFormat.purchase_date"));
  }

  @Test
  void dayFirstSlashDatesAreToldApartByADayAboveTwelve() {
    CollectingSink sink =
        Csv.read(ONE_C_HEADER + "1;A;10;01/02/2010\n2;B;20;25/12/2010 18:00\n", RU);
    assertEquals(List.of(LocalDate.of(2010, 2, 1), LocalDate.of(2010, 12, 25)), dates(sink));
    assertEquals("dd/MM/yyyy", sink.details.get("dateFormat.purchase_date"));
  }

  @Test
  void aColumnThatFitsDayFirstAndMonthFirstIsAWholeFileErrorNamingBothAndTheOption() {
    String text = ONE_C_HEADER + "1;A;10;01/02/2010\n2;B;20;03/04/2010\n";
    InputException e =
        assertThrows(
            InputException.class,
            () -> Csv.read(text.getBytes(StandardCharsets.UTF_8), SourceOptions.defaults(), EN));
    assertEquals(
        "The dates of the column \"Дата покупки\" in the file \"test.csv\" (for example"
            + " \"01/02/2010\") fit both dd/MM/yyyy and MM/dd/yyyy: it is unclear whether the day"
            + " or the month comes first. Give the date format explicitly: --date-format"
            + " dd/MM/yyyy or --date-format MM/dd/yyyy.",
        e.getMessage());
    assertEquals(java.util.Optional.of("Дата покупки"), e.column());
    assertTrue(
        assertThrows(
                InputException.class,
                () -> Csv.read(text.getBytes(StandardCharsets.UTF_8), SourceOptions.defaults(), RU))
            .getMessage()
            .contains("--date-format dd/MM/yyyy или --date-format MM/dd/yyyy"));

    assertEquals(
        List.of(LocalDate.of(2010, 2, 1), LocalDate.of(2010, 4, 3)),
        dates(read(text, SourceOptions.defaults().withDateFormat("dd/MM/yyyy"))));
    CollectingSink us = read(text, SourceOptions.defaults().withDateFormat("MM/dd/yyyy"));
    assertEquals(List.of(LocalDate.of(2010, 1, 2), LocalDate.of(2010, 3, 4)), dates(us));
    assertEquals("option", us.details.get("dateFormatSource.purchase_date"));
  }

  @Test
  void theDayMonthOrderIsLookedForBeyondTheFirstSample() {
    StringBuilder sb = new StringBuilder(ONE_C_HEADER);
    for (int i = 0; i < 12_000; i++) {
      sb.append(i + 1).append(";A;10;12/").append(1 + i % 12).append("/2010\n");
    }
    sb.append("x;B;20;12/13/2010\n");
    CollectingSink sink = Csv.read(sb.toString(), RU);
    assertEquals(12_001, sink.accepted.size());
    assertEquals(LocalDate.of(2010, 12, 2), sink.accepted.get(1).date());
    assertEquals(12_002, sink.accepted.get(12_000).line());
    assertEquals("MM/dd/yyyy", sink.details.get("dateFormat.purchase_date"));
  }

  @Test
  void theFilesOtherDateColumnSettlesAnOpenOrder() {
    CollectingSink sink =
        Csv.read(
            "ID клиента;Товар;Сумма;Дата покупки;Дата первой покупки\n"
                + "1;A;10;03/04/2010;01/02/2009\n"
                + "2;B;20;13/04/2010;05/06/2009\n",
            RU);
    assertEquals(LocalDate.of(2009, 2, 1), sink.accepted.get(0).firstPurchaseDate().get());
    assertEquals("dd/MM/yyyy", sink.details.get("dateFormat.first_purchase_date"));
  }

  @Test
  void aForcedPatternReadsOnlyItsOwnFormatAndNamesItWhenAValueDoesNotFit() {
    CollectingSink sink =
        read(
            ONE_C_HEADER + "1;A;10;1 Dec 2010\n2;B;20;01.12.2010\n",
            SourceOptions.defaults().withDateFormat("d MMM yyyy"));
    assertEquals(List.of(LocalDate.of(2010, 12, 1)), dates(sink));
    RowProblem p = sink.onlyRejected();
    assertEquals(
        "Line 3, column \"Дата покупки\": \"01.12.2010\" — the date must be d MMM yyyy like the"
            + " other dates of the column (for example 5 Oct 2024), and it must exist.",
        p.message());
    assertEquals(ProblemCode.DATE_INVALID, p.code());
  }

  @Test
  void aForcedBuiltInPatternKeepsTheFastParserAndItsTime() {
    CollectingSink sink =
        read(
            ONE_C_HEADER + "1;A;10;12/1/2010 8:26\n",
            SourceOptions.defaults().withDateFormat("MM/dd/yyyy HH:mm"));
    assertEquals(List.of(LocalDate.of(2010, 12, 1)), dates(sink));
    assertEquals("MM/dd/yyyy HH:mm", sink.details.get("dateFormat.purchase_date"));
  }

  @Test
  void aForcedDecimalDecidesAThreeDigitGroup() {
    String text = ONE_C_HEADER + "1;A;4.775;2010-12-01\n2;B;\"1,500\";2010-12-01\n";
    assertEquals(List.of(4.775, 1500.0), amounts(read(text, SourceOptions.defaults())));
    CollectingSink comma = read(text, SourceOptions.defaults().withDecimal(','));
    assertEquals(List.of(4775.0, 1.5), amounts(comma));
    assertEquals(",", comma.details.get("decimal"));
    assertEquals("option", comma.details.get("decimalSource"));
  }

  @Test
  void theDecimalOfAQuantityColumnFollowsTheFilesPriceColumn() {
    CollectingSink mapped =
        read(
            "ID клиента;Товар;Кол-во;Цена;Дата покупки\n"
                + "1;A;1,500;2,50;2015-07-21\n"
                + "2;B;2;3,25;2015-07-21\n",
            SourceOptions.defaults().withMapping(Field.AMOUNT, "Кол-во*Цена"));
    assertEquals(List.of(3.75, 6.5), amounts(mapped));
    assertEquals(",", mapped.details.get("decimal"));
  }

  @Test
  void optionsRejectAnUnknownDecimalOrPattern() {
    assertThrows(IllegalArgumentException.class, () -> SourceOptions.defaults().withDecimal(';'));
    assertThrows(
        IllegalArgumentException.class, () -> SourceOptions.defaults().withDateFormat("dd.MM.ppp"));
    assertThrows(
        IllegalArgumentException.class, () -> SourceOptions.defaults().withDateFormat(" "));
  }
}
