package dev.reactivator.io;

import static dev.reactivator.io.Csv.EN;
import static dev.reactivator.io.Csv.RU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.spi.SourceOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Header matching, the column mapping, delimiter and encoding detection, whole-file errors. */
class HeaderAndDetectionTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");

  private static InputException failure(String text, java.util.Locale locale) {
    return assertThrows(InputException.class, () -> Csv.read(text, locale));
  }

  @Test
  void matchesHeadersCaseInsensitivelyWithCollapsedSpacesInAnyOrder() {
    CollectingSink sink =
        Csv.read(
            "\uFEFF  дата  первой ПОКУПКИ ;СУММА;Товар;телефон;ДНИ\n01.01.2025;5000;ИБП;89001234567;10\n");
    assertEquals(
        EnumSet.of(Field.FIRST_PURCHASE_DATE, Field.AMOUNT, Field.PRODUCT, Field.PHONE, Field.DAYS),
        sink.columns);
    assertEquals(1, sink.accepted.size());
    assertEquals(5000.0, sink.accepted.get(0).amount());
    assertEquals(Optional.of("79001234567"), sink.accepted.get(0).phone());
  }

  @Test
  void matchesEnglishHeadersWithUnderscoresOrSpaces() {
    CollectingSink sink =
        Csv.read(
            "Phone,Product,Amount,Days,First Purchase Date,Customer_ID,E-mail\n89001234567,UPS,5000.5,10,2025-01-01,42,A@B.RU\n");
    assertEquals(
        EnumSet.of(
            Field.PHONE,
            Field.PRODUCT,
            Field.AMOUNT,
            Field.DAYS,
            Field.FIRST_PURCHASE_DATE,
            Field.CUSTOMER_ID,
            Field.EMAIL),
        sink.columns);
    assertEquals(Optional.of("42"), sink.accepted.get(0).customerId());
    assertEquals(Optional.of("a@b.ru"), sink.accepted.get(0).email());
  }

  @Test
  void listsUnknownColumnsAsIgnored() {
    CollectingSink sink =
        Csv.read(
            "Телефон;Менеджер;Товар;Сумма;Дни;Дата первой покупки;Город\n89001234567;Оля;ИБП;5000;10;01.01.2025;Тула\n");
    assertEquals("Менеджер, Город", sink.details.get("ignoredColumns"));
    assertEquals(1, sink.accepted.size());
  }

  @Test
  void reportsDetectedDetails() {
    CollectingSink sink = Csv.read(Csv.HEADER + "Анна;89001234567;;ИБП;5000;10;01.01.2025\n");
    assertEquals(";", sink.details.get("delimiter"));
    assertEquals("UTF-8", sink.details.get("encoding"));
    assertEquals("false", sink.details.get("bom"));
    assertEquals("true", sink.details.get("delimiterDetected"));
    assertEquals(
        "Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки", sink.details.get("header"));
    assertEquals(
        "NAME=Имя, PHONE=Телефон, EMAIL=Email, PRODUCT=Товар, AMOUNT=Сумма, DAYS=Дни, FIRST_PURCHASE_DATE=Дата первой покупки",
        sink.details.get("columns"));
    assertEquals(1, sink.begins);
  }

  @Test
  void detectsCommaAndTabDelimitersOutsideQuotes() {
    assertEquals(
        ",",
        Csv.read(
                "\"Товар\",\"x;y;z\",Телефон,Сумма,Дни,Дата первой покупки\nИБП,z,89001234567,\"5000,5\",10,01.01.2025\n")
            .details
            .get("delimiter"));
    CollectingSink tab =
        Csv.read(
            "Товар\tТелефон\tСумма\tДни\tДата первой покупки\nИБП\t89001234567\t5000,5\t10\t01.01.2025\n");
    assertEquals("tab", tab.details.get("delimiter"));
    assertEquals(5000.5, tab.accepted.get(0).amount());
  }

  @Test
  void forcedDelimiterOverridesDetection() {
    byte[] b =
        "Товар|Телефон|Сумма|Дни|Дата первой покупки\nИБП;1|89001234567|5000|10|01.01.2025\n"
            .getBytes(StandardCharsets.UTF_8);
    CollectingSink sink = Csv.read(b, SourceOptions.defaults().withDelimiter('|'), RU);
    assertEquals("ИБП;1", sink.accepted.get(0).product());
    assertEquals("false", sink.details.get("delimiterDetected"));
  }

  @Test
  void rejectsAQuoteOrLineBreakAsForcedDelimiter() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Csv.source(new byte[0], SourceOptions.defaults().withDelimiter('"')));
  }

  @Test
  void detectsWindows1251AndUtf8WithBom() {
    String text = Csv.HEADER + "Ёлка;89001234567;;Кабель ВВГ;5000;10;01.01.2025\n";
    CollectingSink cp = Csv.read(text, CP1251);
    assertEquals("windows-1251", cp.details.get("encoding"));
    assertEquals("Кабель ВВГ", cp.accepted.get(0).product());
    assertEquals(Optional.of("Ёлка"), cp.accepted.get(0).name());
    byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    CollectingSink u = Csv.read(bom, SourceOptions.defaults(), RU);
    assertEquals("UTF-8", u.details.get("encoding"));
    assertEquals("true", u.details.get("bom"));
    assertEquals(
        EnumSet.of(
            Field.NAME,
            Field.PHONE,
            Field.EMAIL,
            Field.PRODUCT,
            Field.AMOUNT,
            Field.DAYS,
            Field.FIRST_PURCHASE_DATE),
        u.columns);
  }

  @Test
  void detectsUtf16WithBom() {
    String text =
        "Товар\tТелефон\tСумма\tДни\tДата первой покупки\r\nИБП\t89001234567\t5000\t10\t01.01.2025\r\n";
    byte[] b = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    CollectingSink sink = Csv.read(b, SourceOptions.defaults(), RU);
    assertEquals("UTF-16LE", sink.details.get("encoding"));
    assertEquals("ИБП", sink.accepted.get(0).product());
  }

  @Test
  void forcedEncodingOverridesDetection() {
    byte[] b = (Csv.HEADER + "Анна;89001234567;;Кабель;5000;10;01.01.2025\n").getBytes(CP1251);
    CollectingSink sink = Csv.read(b, SourceOptions.defaults().withEncoding(CP1251), RU);
    assertEquals("Кабель", sink.accepted.get(0).product());
    assertEquals("false", sink.details.get("encodingDetected"));
  }

  @Test
  void missingRequiredColumnIsNamedWithTheHeadersFound() {
    InputException e =
        failure(
            "Имя;Телефон;Товар;Дни;Дата первой покупки\nАнна;89001234567;ИБП;10;01.01.2025\n", RU);
    assertEquals(
        "В файле «test.csv» не хватает колонок: «Сумма» (amount). Найдены колонки: «Имя», «Телефон»,"
            + " «Товар», «Дни», «Дата первой покупки». Каждая из них уже прочитана как другое поле:"
            + " добавьте недостающие колонки в выгрузку, назвав их как в шаблоне.",
        e.getMessage());
    InputException en =
        failure(
            "name,phone,product,days,first_purchase_date,Note\n"
                + "Anna,89001234567,UPS,10,2025-01-01,x\n",
            EN);
    assertEquals(
        "The file \"test.csv\" lacks columns: \"amount\". Columns found: «name», «phone», «product»,"
            + " «days», «first_purchase_date», «Note». Map them (CLI: --map amount=<column>; API:"
            + " SourceOptions.withMapping) or rename the columns as in the template. Replace <column>"
            + " with the found column that holds the field.",
        en.getMessage());
  }

  @Test
  void daysAndFirstPurchaseAreRequiredWithoutAPurchaseDate() {
    String noDate = failure("Телефон;Товар;Сумма;Дата первой покупки\n1;2;3;4\n", RU).getMessage();
    assertTrue(
        noDate.contains("не хватает колонок: даты покупки «Дата покупки» (purchase_date) или дней"),
        noDate);
    assertTrue(
        failure("Телефон;Товар;Сумма;Дни\n1;2;3;4\n", RU)
            .getMessage()
            .contains("не хватает колонок: «Дата первой покупки» (first_purchase_date)."));
    assertEquals(
        1,
        Csv.read("Телефон;Товар;Сумма;Дата покупки\n89001234567;ИБП;5000;01.01.2025\n")
            .accepted
            .size());
  }

  @Test
  void aFileWithoutIdentityColumnsIsRejected() {
    InputException e =
        failure("Имя;Товар;Сумма;Дни;Дата первой покупки\nАнна;ИБП;5000;10;01.01.2025\n", RU);
    assertTrue(
        e.getMessage()
            .startsWith(
                "В файле «test.csv» не хватает колонок: колонки клиента («ID клиента», «Телефон» или"
                    + " «Email»: customer_id, phone или email). Найдены колонки: «Имя», «Товар»,"
                    + " «Сумма», «Дни», «Дата первой покупки»."),
        e.getMessage());
    assertTrue(
        failure("Имя;Товар;Сумма;Дни;Дата первой покупки\nАнна;ИБП;5000;10;01.01.2025\n", EN)
            .getMessage()
            .startsWith("The file \"test.csv\" lacks columns: a customer column"));
  }

  @Test
  void ofTwoColumnsForOneFieldTheEarlierIsReadAndTheOtherIgnored() {
    CollectingSink sink =
        Csv.read(
            "Телефон;Товар;Сумма;Amount;Дни;Дата первой покупки\n1234567;2;3;4;5;06.06.2020\n");
    assertEquals(3.0, sink.accepted.get(0).amount());
    assertEquals("Amount", sink.details.get("ignoredColumns"));
    assertEquals(null, sink.details.get("duplicate.amount"));
    CollectingSink twice =
        Csv.read("Телефон;Товар;Сумма;Дни;Сумма;Дата первой покупки\n1234567;2;3;4;5;06.06.2020\n");
    assertEquals(3.0, twice.accepted.get(0).amount());
    assertEquals("Сумма", twice.details.get("ignoredColumns"));
    assertEquals("Сумма", twice.details.get("duplicate.amount"));
  }

  @Test
  void mappingReadsExportsWithOtherHeaders() {
    byte[] b =
        "CustomerID,Description,Quantity,UnitPrice,InvoiceDate,Сумма\n17850,LANTERN,6,\"3.39\",2010-12-01 08:26,999\n"
            .getBytes(StandardCharsets.UTF_8);
    SourceOptions o =
        SourceOptions.defaults()
            .withMapping(Field.CUSTOMER_ID, "CustomerID")
            .withMapping(Field.PRODUCT, "Description")
            .withMapping(Field.PURCHASE_DATE, "invoicedate")
            .withMapping(Field.AMOUNT, "Quantity * UnitPrice");
    CollectingSink sink = Csv.read(b, o, RU);
    assertEquals(20.34, sink.accepted.get(0).amount(), 1e-9);
    assertEquals(java.time.LocalDate.of(2010, 12, 1), sink.accepted.get(0).date());
    assertEquals(
        "PRODUCT=Description, AMOUNT=Quantity*UnitPrice, PURCHASE_DATE=InvoiceDate, CUSTOMER_ID=CustomerID",
        sink.details.get("columns"));
    assertEquals(
        "Сумма",
        sink.details.get("ignoredColumns"),
        "a template column superseded by the mapping is ignored");
  }

  @Test
  void mappingToAMissingHeaderIsNamed() {
    byte[] b = "CustomerID,Description,Quantity\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
    SourceOptions o = SourceOptions.defaults().withMapping(Field.AMOUNT, "Quantity*UnitPrice");
    InputException e = assertThrows(InputException.class, () -> Csv.read(b, o, RU));
    assertEquals(
        "Соответствие колонок AMOUNT=UnitPrice не подходит к файлу «test.csv»: в нём нет колонки «UnitPrice». Найдены колонки: «CustomerID», «Description», «Quantity».",
        e.getMessage());
    InputException en =
        assertThrows(
            InputException.class,
            () -> Csv.read(b, SourceOptions.defaults().withMapping(Field.PHONE, "Tel"), EN));
    assertEquals(
        "The column mapping PHONE=Tel does not fit the file \"test.csv\": it has no column \"Tel\". Columns found: «CustomerID», «Description», «Quantity».",
        en.getMessage());
  }

  @Test
  void excelWorkbookRenamedToCsvIsExplained() {
    byte[] zip = zipWithEntry("xl/workbook.xml");
    InputException e =
        assertThrows(InputException.class, () -> Csv.read(zip, SourceOptions.defaults(), RU));
    assertEquals(
        "Файл «test.csv» — это книга Excel (xlsx), а не CSV. Откройте его в Excel, выберите «Файл → Сохранить как» и тип файла «CSV UTF-8 (разделитель — запятая)» или «CSV (разделитель — точка с запятой)», затем загрузите получившийся файл .csv.",
        e.getMessage());
    byte[] ole = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
    };
    InputException en =
        assertThrows(InputException.class, () -> Csv.read(ole, SourceOptions.defaults(), EN));
    assertEquals(
        "The file \"test.csv\" is an Excel workbook (xls), not a CSV file. Open it in Excel, choose \"File > Save As\" with the file type \"CSV UTF-8 (Comma delimited)\" or \"CSV (Comma delimited)\", then upload the .csv file.",
        en.getMessage());
  }

  @Test
  void break6_aZipArchiveThatIsNotAWorkbookIsNotCalledAnExcelWorkbook() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> Csv.read(zipWithEntry("photos/cat.jpg"), SourceOptions.defaults(), RU));
    assertEquals(
        "Файл «test.csv» — это ZIP-архив, а не CSV и не книга Excel. Распакуйте архив и загрузите лежащий в нём файл .csv.",
        e.getMessage());
    InputException en =
        assertThrows(
            InputException.class,
            () -> Csv.read(zipWithEntry("data.csv"), SourceOptions.defaults(), EN));
    assertTrue(en.getMessage().contains("is a ZIP archive"), en.getMessage());
    assertTrue(!en.getMessage().contains("Excel workbook ("), en.getMessage());
  }

  /** The first bytes of a ZIP archive whose first entry is {@code name} (a local file header). */
  private static byte[] zipWithEntry(String name) {
    byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] out = new byte[30 + n.length + 8];
    out[0] = 0x50;
    out[1] = 0x4B;
    out[2] = 3;
    out[3] = 4;
    out[4] = 0x14;
    out[26] = (byte) n.length;
    System.arraycopy(n, 0, out, 30, n.length);
    return out;
  }

  @Test
  void emptyFileAndBlankHeaderAreExplained() {
    InputException e =
        assertThrows(
            InputException.class, () -> Csv.read(new byte[0], SourceOptions.defaults(), RU));
    assertEquals(
        "Файл «test.csv» пуст. В первой строке должен быть заголовок с названиями колонок, например: Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки",
        e.getMessage());
    assertEquals(
        "The file \"test.csv\" is empty. Its first line must be a header with the column names, for example: name;phone;email;product;amount;days;first_purchase_date",
        assertThrows(
                InputException.class, () -> Csv.read(new byte[0], SourceOptions.defaults(), EN))
            .getMessage());
    InputException blank = failure("\n" + Csv.HEADER, RU);
    assertTrue(
        blank.getMessage().startsWith("В файле «test.csv» первая строка пустая"),
        blank.getMessage());
    assertTrue(
        failure("\n" + Csv.HEADER, EN)
            .getMessage()
            .startsWith("The first line of the file \"test.csv\" is empty"));
  }

  @Test
  void unclosedQuoteFailsWithTheLine() {
    InputException e =
        failure(
            Csv.HEADER
                + "Анна;89001234567;;ИБП;5000;10;01.01.2025\nИван;\"89001234568;;ИБП;5000;10;01.01.2025\n",
            RU);
    assertEquals(
        "Файл «test.csv» не удалось разобрать как CSV: кавычка «\"», открытая в строке 3, нигде не"
            + " закрыта. Закройте кавычку или уберите её и загрузите файл снова.",
        e.getMessage());
    assertEquals(OptionalLong.of(3), e.line());
    assertTrue(
        failure(Csv.HEADER + "Иван;\"8900;;ИБП;5000;10;01.01.2025\n", EN)
            .getMessage()
            .contains("the quote (\") opened on line 2 is never closed"));
  }

  @Test
  void unreadableStreamIsAnInputException() {
    CsvSource s =
        CsvSource.of(
            "upload.csv",
            () -> {
              throw new java.io.IOException("connection reset");
            },
            SourceOptions.defaults());
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                s.read(
                    new dev.reactivator.core.spi.ReadContext(Csv.AS_OF, RU), new CollectingSink()));
    assertEquals("Не удалось прочитать файл «upload.csv»: connection reset", e.getMessage());
  }

  @Test
  void reportsProgressByBytesEndingWithOne() {
    StringBuilder sb = new StringBuilder(Csv.HEADER);
    for (int i = 0; i < 20_000; i++) {
      sb.append("Анна;8900123")
          .append(String.format("%04d", i % 10_000))
          .append(";;ИБП;5000;10;01.01.2025\n");
    }
    CollectingSink sink = Csv.read(sb.toString());
    assertEquals(20_000, sink.accepted.size());
    assertTrue(sink.progress.size() >= 2, "progress reported " + sink.progress);
    for (int i = 1; i < sink.progress.size(); i++) {
      assertTrue(sink.progress.get(i) >= sink.progress.get(i - 1));
    }
    assertEquals(1.0, sink.progress.get(sink.progress.size() - 1));
  }
}
