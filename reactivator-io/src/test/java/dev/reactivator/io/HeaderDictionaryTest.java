package dev.reactivator.io;

import static dev.reactivator.io.Csv.EN;
import static dev.reactivator.io.Csv.RU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.SourceOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The header dictionary: real exports' headers, the one missing-columns error, equal headers. */
class HeaderDictionaryTest {
  static final String UCI =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
          + "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26,2.55,17850,United"
          + " Kingdom\n"
          + "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26,3.39,17850,United Kingdom\n"
          + "536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28,1.85,17851,United Kingdom\n"
          + "C536379,D,Discount,-1,2010-12-01 09:41,27.50,14527,United Kingdom\n";

  private static CollectingSink read(String text, SourceOptions options) {
    return Csv.read(text.getBytes(StandardCharsets.UTF_8), options, RU);
  }

  @Test
  void uciOnlineRetailLoadsWithoutAMapping() {
    CollectingSink sink = Csv.read(UCI);
    assertEquals(
        EnumSet.of(
            Field.ORDER_ID,
            Field.PRODUCT,
            Field.QUANTITY,
            Field.PURCHASE_DATE,
            Field.UNIT_PRICE,
            Field.CUSTOMER_ID,
            Field.AMOUNT),
        sink.columns);
    assertEquals(3, sink.accepted.size());
    assertEquals(List.of(-27.5), sink.refundAmounts);
    SourceRow first = sink.accepted.get(0);
    assertEquals("WHITE HANGING HEART T-LIGHT HOLDER", first.product());
    assertEquals(15.3, first.amount(), 1e-9);
    assertEquals(LocalDate.of(2010, 12, 1), first.date());
    assertEquals(Optional.of("17850"), first.customerId());
    assertEquals(20.34, sink.accepted.get(1).amount(), 1e-9);
    assertEquals("InvoiceDate", sink.details.get("column.purchase_date"));
    assertEquals("Description", sink.details.get("column.product"));
    assertEquals("CustomerID", sink.details.get("column.customer_id"));
    assertEquals("InvoiceNo", sink.details.get("column.order_id"));
    assertEquals("Quantity*UnitPrice", sink.details.get("column.amount"));
    assertFalse(sink.details.containsKey("column.quantity"), "an exact English name is no synonym");
    assertEquals("StockCode, Country", sink.details.get("ignoredColumns"));
  }

  @Test
  void amoCrmLikeExportLoadsWithoutAMapping() {
    CollectingSink sink =
        Csv.read(
            "ID;Название сделки;Бюджет;Ответственный;Основной контакт;Компания;Рабочий телефон;"
                + "Рабочий email;Услуга;Дата закрытия\n"
                + "101;Сделка #101;150 000;Иванов;Анна Петрова;ООО Ромашка;+7 900 123-45-67;"
                + "anna@romashka.ru;Внедрение CRM;15.03.2024\n");
    SourceRow r = sink.accepted.get(0);
    assertEquals(150000.0, r.amount());
    assertEquals("Внедрение CRM", r.product());
    assertEquals(Optional.of("Анна Петрова"), r.name(), "the earlier of two name columns");
    assertEquals(Optional.of("79001234567"), r.phone());
    assertEquals(Optional.of("anna@romashka.ru"), r.email());
    assertEquals(LocalDate.of(2024, 3, 15), r.date());
    assertEquals("Бюджет", sink.details.get("column.amount"));
    assertEquals(
        "ID, Название сделки, Ответственный, Компания", sink.details.get("ignoredColumns"));
  }

  @Test
  void oneCLikeSalesLogLoadsWithoutAMapping() {
    CollectingSink sink =
        Csv.read(
            "Период;Документ;Контрагент;ИНН;Номенклатура;Количество;Цена;Сумма\n"
                + "01.02.2024;Реализация товаров и услуг 00000012 от 01.02.2024;ООО Ромашка;"
                + "7701234567;Бумага А4;2;250,00;500,00\n");
    SourceRow r = sink.accepted.get(0);
    assertEquals("Бумага А4", r.product());
    assertEquals(500.0, r.amount(), "the amount column wins over quantity × price");
    assertEquals(Optional.of("ООО Ромашка"), r.customerId(), "the earlier of two id columns");
    assertEquals(LocalDate.of(2024, 2, 1), r.date());
    assertEquals("ИНН", sink.details.get("ignoredColumns"));
    assertTrue(sink.columns.containsAll(EnumSet.of(Field.QUANTITY, Field.UNIT_PRICE)));
  }

  @Test
  void anExactNameBeatsASynonymWhereverItStands() {
    for (String header :
        List.of(
            "Date;Дата покупки;Товар;Сумма;ID клиента",
            "Дата покупки;Date;Товар;Сумма;ID клиента")) {
      String row =
          header.startsWith("Date") ? "2020-01-01;2021-02-02;a;1;x" : "2021-02-02;2020-01-01;a;1;x";
      CollectingSink sink = Csv.read(header + "\n" + row + "\n");
      assertEquals(LocalDate.of(2021, 2, 2), sink.accepted.get(0).date(), header);
      assertEquals("Date", sink.details.get("ignoredColumns"));
      assertFalse(sink.details.containsKey("column.purchase_date"));
    }
  }

  @Test
  void ofTwoSynonymsTheEarlierColumnWins() {
    CollectingSink sink =
        Csv.read("Date;InvoiceDate;Item;Total;Client\n2020-01-01;2021-02-02;a;1;x\n");
    assertEquals(LocalDate.of(2020, 1, 1), sink.accepted.get(0).date());
    assertEquals("Date", sink.details.get("column.purchase_date"));
    assertEquals("InvoiceDate", sink.details.get("ignoredColumns"));
  }

  @Test
  void oneErrorListsEveryMissingColumnAndAReadyMapping() {
    String text =
        "Customer Code,Product Title,Total Sum,Purchased On,Comment\nC-1,Lamp,10.50,2024-01-02,ok\n";
    InputException e =
        assertThrows(
            InputException.class,
            () -> Csv.read(text.getBytes(StandardCharsets.UTF_8), SourceOptions.defaults(), EN));
    assertEquals(
        "The file \"test.csv\" lacks columns: \"amount\", a purchase date column"
            + " \"purchase_date\" or a days column \"days\" (with \"first_purchase_date\"), a"
            + " customer column (\"customer_id\", \"phone\" or \"email\"). Columns found: «Customer"
            + " Code», «Product Title», «Total Sum», «Purchased On», «Comment». Map them (CLI:"
            + " --map \"amount=Total Sum,purchase_date=Purchased On,customer_id=Customer Code\";"
            + " API: SourceOptions.withMapping) or rename the"
            + " columns as in the template.",
        e.getMessage());
    SourceOptions suggested =
        SourceOptions.defaults()
            .withMapping(Field.PRODUCT, "Product Title")
            .withMapping(Field.AMOUNT, "Total Sum")
            .withMapping(Field.PURCHASE_DATE, "Purchased On")
            .withMapping(Field.CUSTOMER_ID, "Customer Code");
    CollectingSink sink = read(text, suggested);
    assertEquals(1, sink.accepted.size());
    assertEquals(10.5, sink.accepted.get(0).amount());
  }

  @Test
  void aFieldWithoutACloseHeaderAsksForOneOfTheColumnsFound() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> Csv.read("Телефон;Товар;Итог;Дата\n89001234567;Кабель;100;01.01.2025\n"));
    assertEquals(
        "В файле «test.csv» не хватает колонок: «Сумма» (amount). Найдены колонки: «Телефон»,"
            + " «Товар», «Итог», «Дата». Задайте соответствие колонок (CLI: --map"
            + " amount=<колонка>; API: SourceOptions.withMapping) или переименуйте колонки как в"
            + " шаблоне. Вместо <колонка> впишите ту из найденных колонок, в которой это поле.",
        e.getMessage());
  }

  @Test
  void anUnknownProductHeaderIsIgnoredAndListedAsTheProductIsOptional() {
    CollectingSink sink =
        Csv.read("Телефон;Позиция;Выручка;Дата\n89001234567;Кабель;100;01.01.2025\n");
    assertEquals(1, sink.accepted.size());
    assertEquals("", sink.accepted.get(0).product());
    assertFalse(sink.columns.contains(Field.PRODUCT));
    assertEquals("Позиция", sink.details.get("ignoredColumns"));
  }

  @Test
  void daysAreAskedForOnlyWithoutAPurchaseDateAndFirstPurchaseIsOptionalWithOne() {
    CollectingSink sink =
        Csv.read("Телефон;Товар;Сумма;Дата покупки\n89001234567;ИБП;5;01.01.2025\n");
    assertEquals(1, sink.accepted.size());
    String msg =
        assertThrows(InputException.class, () -> Csv.read("Телефон;Товар;Сумма\n1;2;3\n", EN))
            .getMessage();
    assertTrue(
        msg.contains("lacks columns: a purchase date column \"purchase_date\" or a days"), msg);
    assertFalse(msg.contains("\"first_purchase_date\","), msg);
  }

  @Test
  void equalHeadersAreReadFromTheFirstUnlessMappedByPosition() {
    String text =
        "Товар;Товар;Сумма;Телефон;Дата покупки\nK-001;Кабель;100;89001234567;2025-01-01\n";
    CollectingSink first = Csv.read(text);
    assertEquals("K-001", first.accepted.get(0).product());
    assertEquals("Товар", first.details.get("duplicate.product"));
    assertEquals("Товар", first.details.get("ignoredColumns"));

    CollectingSink second =
        read(text, SourceOptions.defaults().withMapping(Field.PRODUCT, "Товар#2"));
    assertEquals("Кабель", second.accepted.get(0).product());
    assertTrue(second.details.get("columns").contains("PRODUCT=Товар,"));
    assertEquals("Товар", second.details.get("ignoredColumns"));

    InputException third =
        assertThrows(
            InputException.class,
            () -> read(text, SourceOptions.defaults().withMapping(Field.PRODUCT, "товар #3")));
    assertEquals(
        "Соответствие колонок PRODUCT=товар #3 не подходит к файлу «test.csv»: колонок «товар» в нём"
            + " 2. Укажите номер от 1 до 2.",
        third.getMessage());
  }

  @Test
  void aMappingToAMisspeltHeaderNamesTheClosestColumn() {
    String text = "Customer_Code;Товар;Сумма;Дата покупки\nA1;Кабель;100;2025-01-01\n";
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Csv.read(
                    text.getBytes(StandardCharsets.UTF_8),
                    SourceOptions.defaults().withMapping(Field.CUSTOMER_ID, "CustomerCode"),
                    EN));
    assertEquals(
        "The column mapping CUSTOMER_ID=CustomerCode does not fit the file \"test.csv\": it has no"
            + " column \"CustomerCode\". Columns found: «Customer_Code», «Товар», «Сумма», «Дата"
            + " покупки». Perhaps you meant the column «Customer_Code».",
        e.getMessage());
  }

  @Test
  void aHeaderThatEndsInANumberSignIsReadAsWritten() {
    String text =
        "Order #;Товар;Сумма;Телефон;Дата покупки\nA1;Кабель;100;89001234567;2025-01-01\n";
    CollectingSink sink =
        read(text, SourceOptions.defaults().withMapping(Field.ORDER_ID, "Order #"));
    assertTrue(sink.columns.contains(Field.ORDER_ID));
  }

  @Test
  void noHeaderNamesTwoFields() {
    List<String> seen = new ArrayList<>();
    for (Field f : Field.values()) {
      for (String h : f.headers()) {
        String n = dev.reactivator.io.internal.Layout.normalize(h);
        if (!seen.contains(n + "=" + f)) {
          for (String s : seen) {
            assertFalse(s.startsWith(n + "="), h + " names two fields: " + s + " and " + f);
          }
          seen.add(n + "=" + f);
        }
      }
    }
  }

  /** The UCI sample, with an exact-vs-synonym contest for the date, in any column order. */
  @Property(tries = 60)
  void columnOrderDoesNotChangeTheRows(@ForAll("orders") List<Integer> order) {
    String[] lines = UCI.split("\n");
    lines[0] = "Purchase Date," + lines[0];
    for (int i = 1; i < lines.length; i++) {
      lines[i] = "2011-01-01," + lines[i];
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      List<String> out = new ArrayList<>();
      for (int i : order) {
        out.add(cells[i]);
      }
      text.append(String.join(";", out)).append('\n');
    }
    CollectingSink sink = Csv.read(text.toString());
    assertEquals(3, sink.accepted.size(), text::toString);
    assertEquals(1, sink.refundAmounts.size());
    assertEquals(15.3, sink.accepted.get(0).amount(), 1e-9);
    assertEquals(LocalDate.of(2011, 1, 1), sink.accepted.get(0).date());
    assertEquals("WHITE METAL LANTERN", sink.accepted.get(1).product());
    assertEquals(Optional.of("17851"), sink.accepted.get(2).customerId());
  }

  @Provide
  Arbitrary<List<Integer>> orders() {
    return Arbitraries.shuffle(0, 1, 2, 3, 4, 5, 6, 7, 8);
  }
}
