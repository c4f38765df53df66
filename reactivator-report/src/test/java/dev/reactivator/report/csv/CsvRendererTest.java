package dev.reactivator.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.overview.ChurnScores;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.narrative.CustomerMessage;
import dev.reactivator.report.CsvStyle;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.internal.SalesWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRendererTest {

  @TempDir Path dir;

  /** Reads a written table back: BOM stripped, header as the first record. */
  static List<CSVRecord> read(Path file, CsvStyle style) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(style.byteOrderMark(), text.startsWith("\uFEFF"), file + ": BOM");
    if (style.byteOrderMark()) {
      text = text.substring(1);
    }
    CSVFormat f = CSVFormat.RFC4180.builder().setDelimiter(style.delimiter()).build();
    try (CSVParser p = CSVParser.parse(new StringReader(text), f)) {
      return p.getRecords();
    }
  }

  static double parse(String cell, CsvStyle style) {
    return Double.parseDouble(style.decimalComma() ? cell.replace(',', '.') : cell);
  }

  private static Map<String, Integer> columns(CSVRecord header) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.put(header.get(i), i);
    }
    return m;
  }

  /**
   * The columns A…AC of the manual's final-CSV screenshot, in order, as the screenshot's cells cut
   * them (left) and their full names (right).
   */
  private static final List<List<String>> MANUAL_COLUMNS =
      List.of(
          List.of("Имя", "Имя"),
          List.of("Телефон", "Телефон"),
          List.of("Email", "Email"),
          List.of("RFM Score", "RFM Score"),
          List.of("Прогноз L", "Прогноз LTV"),
          List.of("Цикл покупки", "Цикл покупки (дн.)"),
          List.of("Просрочка", "Просрочка (дн.)"),
          List.of("Статус T2", "Статус T2NP"),
          List.of("Churn Score", "Churn Score"),
          List.of("Вероятно", "Вероятность оттока %"),
          List.of("Вероятно", "Вероятность возврата %"),
          List.of("Уровень", "Уровень риска"),
          List.of("Причины", "Причины"),
          List.of("Anomaly", "Anomaly Score"),
          List.of("Уровень", "Уровень аномалии"),
          List.of("Аномалия", "Аномалия"),
          List.of("Priority Score", "Priority Score"),
          List.of("Приоритет", "Приоритет"),
          List.of("Основной", "Основной канал"),
          List.of("Вторичный", "Вторичный канал"),
          List.of("Рекомендация", "Рекомендация"),
          List.of("Тонально", "Тональность"),
          List.of("Срок дей", "Срок действия"),
          List.of("Причина", "Причина"),
          List.of("Explainab", "Explainability"),
          List.of("Канал 1", "Канал 1"),
          List.of("Сообщени", "Сообщение 1"),
          List.of("Канал 2", "Канал 2"),
          List.of("Сообщени", "Сообщение 2"));

  @Test
  void theFinalCsvHasEveryColumnOfTheManualsScreenshotInItsOrder() throws IOException {
    new CsvRenderer().render(ReportSamples.input(), dir);
    List<String> header =
        read(dir.resolve(CsvRenderer.CUSTOMERS_FILE), CsvStyle.excelRu()).get(0).toList();
    assertEquals(29, MANUAL_COLUMNS.size(), "A … AC");
    int at = -1;
    for (List<String> m : MANUAL_COLUMNS) {
      assertTrue(m.get(1).startsWith(m.get(0)), m.toString());
      int i = header.indexOf(m.get(1));
      assertTrue(i > at, m.get(1) + " after the previous manual column in " + header);
      at = i;
    }
    // the columns the manual does not have sit between, each once; the purchase probability is
    // named with its horizon
    assertEquals(header.size(), Set.copyOf(header).size(), "no label twice: " + header);
    assertEquals(
        header.indexOf("Вероятность возврата %") + 1,
        header.indexOf("Вероятность покупки за 365 дн. %"));
    assertEquals(header.indexOf("Причина") + 1, header.indexOf("Explainability"));
  }

  @Test
  void theFinalCsvEndsWithEachCustomersLifecycleAfterTheManualsColumns() throws IOException {
    ReportInput input = ReportSamples.input();
    Analysis a = input.analysis();
    new CsvRenderer().render(input, dir);
    List<CSVRecord> rows = read(dir.resolve(CsvRenderer.CUSTOMERS_FILE), CsvStyle.excelRu());
    List<String> header = rows.get(0).toList();
    assertEquals(
        List.of(
            "Стадия жизненного цикла",
            "Доля продлений %",
            "Продуктов",
            "Сигналы раннего предупреждения"),
        header.subList(header.size() - 4, header.size()));
    Map<String, Integer> col = columns(rows.get(0));
    Map<String, Integer> byPseudonym = new HashMap<>();
    for (int c = 0; c < a.base().size(); c++) {
      byPseudonym.put(a.base().pseudonym(c), c);
    }
    Map<String, String> stageLabels =
        Map.of(
            "onboarding", "Начальное внедрение",
            "adoption", "Базовое использование",
            "expansion", "Расширение",
            "renewal", "Продление",
            "at-risk", "Под риском оттока");
    for (CSVRecord r : rows.subList(1, rows.size())) {
      int c = byPseudonym.get(r.get(col.get("ID")));
      var l = a.lifecycle();
      assertEquals(
          stageLabels.get(l.stage(c).orElseThrow().key()),
          r.get(col.get("Стадия жизненного цикла")));
      assertEquals(
          100 * l.renewalShare(c).orElseThrow(),
          parse(r.get(col.get("Доля продлений %")), CsvStyle.excelRu()),
          0.051);
      assertEquals(Integer.toString(l.distinctProducts(c)), r.get(col.get("Продуктов")));
      String warnings = r.get(col.get("Сигналы раннего предупреждения"));
      assertEquals(l.earlyWarnings(c).size(), warnings.isEmpty() ? 0 : warnings.split("; ").length);
    }
  }

  @Test
  void writesTheFinalCsvWithOneRowPerCustomerAndValuesThatParseBack() throws IOException {
    ReportInput input = ReportSamples.input();
    Analysis a = input.analysis();
    ScoredBase scored = a.scored();
    List<Path> files = new CsvRenderer().render(input, dir);
    assertTrue(files.contains(dir.resolve(CsvRenderer.CUSTOMERS_FILE)), files.toString());

    List<CSVRecord> rows = read(dir.resolve(CsvRenderer.CUSTOMERS_FILE), CsvStyle.excelRu());
    Map<String, Integer> col = columns(rows.get(0));
    assertEquals(
        List.of("ID", "ID в CRM", "Имя", "Телефон", "Email", "Сегмент RFM", "RFM Score"),
        rows.get(0).toList().subList(0, 7));
    assertEquals(a.base().size() + 1, rows.size(), "a header and one row per customer");
    assertTrue(a.base().size() > 400, "the sample's customers");

    ChurnScores churnScores = a.churnScores();
    Map<String, Integer> byPseudonym = new HashMap<>();
    for (int c = 0; c < a.base().size(); c++) {
      byPseudonym.put(a.base().pseudonym(c), c);
    }
    Set<String> seen = new HashSet<>();
    int merged = 0;
    for (CSVRecord r : rows.subList(1, rows.size())) {
      int c = byPseudonym.get(r.get(col.get("ID")));
      assertTrue(seen.add(r.get(col.get("ID"))), "each customer once");
      assertEquals(a.base().name(c).orElse(""), r.get(col.get("Имя")));
      assertEquals(
          100 * scored.churnProbability(c),
          parse(r.get(col.get("Вероятность оттока %")), CsvStyle.excelRu()),
          0.051);
      // the manual's return probability reads against churn: the two cells sum to 100
      assertEquals(
          100.0,
          parse(r.get(col.get("Вероятность оттока %")), CsvStyle.excelRu())
              + parse(r.get(col.get("Вероятность возврата %")), CsvStyle.excelRu()),
          1e-9);
      assertEquals(
          100 * scored.returnProbability(c),
          parse(r.get(col.get("Вероятность покупки за 365 дн. %")), CsvStyle.excelRu()),
          0.051);
      assertEquals(scored.clv(c), parse(r.get(col.get("Прогноз LTV")), CsvStyle.excelRu()), 0.006);
      assertEquals(
          a.base().totalSpent(c),
          parse(r.get(col.get("LTV (Потрачено)")), CsvStyle.excelRu()),
          0.006);
      assertEquals(churnScores.score(c), Integer.parseInt(r.get(col.get("Churn Score"))));
      assertTrue(
          r.get(col.get("Explainability"))
              .startsWith("Churn Score " + churnScores.score(c) + " = 0,5 × вероятность оттока "),
          r.get(col.get("Explainability")));
      assertEquals(a.rfm().code(c), r.get(col.get("RFM Score")));
      assertEquals(
          scored.timing(c).daysOverdue(), Integer.parseInt(r.get(col.get("Просрочка (дн.)"))));
      String phone = r.get(col.get("Телефон"));
      assertTrue(
          phone.isEmpty()
              || phone.matches("7 \\(\\d{3}\\) \\d{3}-\\d{2}-\\d{2}(, .*)?")
              || !phone.startsWith("7"),
          phone);
      if (!r.get(col.get("Сообщение 1")).isEmpty()) {
        merged++;
        String name =
            a.sales().callList().stream()
                .filter(x -> x.index() == c)
                .findFirst()
                .orElseThrow()
                .displayName();
        assertTrue(r.get(col.get("Сообщение 1")).contains(name), "the name is merged in");
        assertFalse(r.get(col.get("Сообщение 1")).contains("{name}"));
        assertFalse(r.get(col.get("Канал 1")).isEmpty());
      }
    }
    long expected =
        a.sales().callList().stream()
            .filter(r -> CustomerMessage.of(a, input.summary(), r).isPresent())
            .count();
    assertTrue(expected > 0, "the summary's chains cover some customers");
    assertEquals(expected, merged);
  }

  @Test
  void writesTheCallListInItsOrder() throws IOException {
    ReportInput input = ReportSamples.input();
    new CsvRenderer().render(input, dir);
    List<CSVRecord> rows = read(dir.resolve(CsvRenderer.CALL_LIST_FILE), CsvStyle.excelRu());
    List<CallListRow> list = input.analysis().sales().callList();
    assertEquals(list.size() + 1, rows.size());
    for (int i = 0; i < list.size(); i++) {
      CallListRow r = list.get(i);
      assertEquals(Integer.toString(r.rank()), rows.get(i + 1).get(0));
      assertEquals(input.analysis().base().pseudonym(r.index()), rows.get(i + 1).get(1));
      assertEquals(r.ltv(), parse(rows.get(i + 1).get(6), CsvStyle.excelRu()), 0.006);
      assertEquals(r.today() ? "да" : "нет", rows.get(i + 1).get(9));
      assertEquals(
          SalesWords.of(Locale.forLanguageTag("ru")).label(r.priority()), rows.get(i + 1).get(10));
      assertEquals(r.expectedSaved(), parse(rows.get(i + 1).get(13), CsvStyle.excelRu()), 0.006);
    }
  }

  @Test
  void writesOneFilePerNonEmptySegmentAndNoneForAnEmptyOne() throws IOException {
    ReportInput input = ReportSamples.input();
    List<Path> files = new CsvRenderer().render(input, dir);
    int written = 0;
    for (Segment s : Segments.of(input.analysis())) {
      Path f = dir.resolve(s.fileName());
      if (s.isEmpty()) {
        assertFalse(Files.exists(f), s.key() + " is empty and has no file");
      } else {
        written++;
        assertTrue(files.contains(f), s.key());
        assertEquals(s.customers().size() + 1, read(f, CsvStyle.excelRu()).size(), s.key());
      }
    }
    assertTrue(
        Segments.of(input.analysis()).stream().anyMatch(Segment::isEmpty),
        "the sample has an empty segment");
    try (Stream<Path> all = Files.list(dir.resolve("segments"))) {
      assertEquals(written, all.count());
    }
  }

  @Test
  void writesTheCohortTablesWithM0ToM12() throws IOException {
    ReportInput input = ReportSamples.input();
    new CsvRenderer().render(input, dir);
    for (boolean byProduct : new boolean[] {false, true}) {
      var table = byProduct ? input.analysis().productCohorts() : input.analysis().cohorts();
      List<CSVRecord> rows =
          read(
              dir.resolve(
                  byProduct
                      ? CsvRenderer.COHORTS_BY_PRODUCT_FILE
                      : CsvRenderer.COHORTS_BY_MONTH_FILE),
              CsvStyle.excelRu());
      assertEquals(byProduct ? "Товар ввода" : "Когорта", rows.get(0).get(0));
      assertEquals(List.of("Клиенты", "Avg LTV", "M0"), rows.get(0).toList().subList(1, 4));
      assertEquals("M12", rows.get(0).get(rows.get(0).size() - 1));
      assertEquals(table.rows().size() + 1, rows.size());
      for (int i = 0; i < table.rows().size(); i++) {
        CohortRow r = table.rows().get(i);
        CSVRecord rec = rows.get(i + 1);
        assertEquals(r.key(), rec.get(0));
        assertEquals(r.clients(), Integer.parseInt(rec.get(1)));
        assertEquals(r.averageLtv(), parse(rec.get(2), CsvStyle.excelRu()), 0.006);
        for (int k = 0; k < r.retention().size(); k++) {
          var v = r.retention().get(k);
          if (v.isPresent()) {
            assertEquals(100 * v.getAsDouble(), parse(rec.get(3 + k), CsvStyle.excelRu()), 0.051);
          } else {
            assertEquals("", rec.get(3 + k), "a month nobody is old enough for is empty, not 0");
          }
        }
      }
    }
  }

  @Test
  void writesTheWidgetTables() throws IOException {
    ReportInput input = ReportSamples.input();
    Analysis a = input.analysis();
    new CsvRenderer().render(input, dir);
    List<CSVRecord> ltv = read(dir.resolve(CsvRenderer.LTV_VS_CAC_FILE), CsvStyle.excelRu());
    assertEquals(a.ltvVsCac().cumulativeLtv().size() + 1, ltv.size());
    assertEquals(a.ltvVsCac().cac(), parse(ltv.get(1).get(3), CsvStyle.excelRu()), 0.006);
    if (!a.associationRules().rules().isEmpty()) {
      List<CSVRecord> rules =
          read(dir.resolve(CsvRenderer.ASSOCIATION_RULES_FILE), CsvStyle.excelRu());
      assertEquals(a.associationRules().rules().size() + 1, rules.size());
      assertEquals(
          a.associationRules().rules().get(0).lift(),
          parse(rules.get(1).get(5), CsvStyle.excelRu()),
          0.0006);
    }
    List<CSVRecord> drivers =
        read(dir.resolve(CsvRenderer.RETENTION_DRIVERS_FILE), CsvStyle.excelRu());
    assertEquals(a.drivers().size() + 1, drivers.size());
    assertEquals("Жалобы", drivers.get(1).get(0));
    // p-values stay numbers: four decimals, below 0.0001 scientific (6,12E-24), never a bare 0
    for (int i = 0; i < a.drivers().size(); i++) {
      var d = a.drivers().get(i);
      CSVRecord rec = drivers.get(i + 1);
      if (d.churn().isPresent()) {
        double p = d.churn().get().p();
        String cell = rec.get(11);
        if (p < 1e-4) {
          assertTrue(cell.matches("\\d,\\d\\dE-\\d+"), d.key() + ": " + cell);
          assertEquals(p, Double.parseDouble(cell.replace(',', '.')), p * 0.01, d.key());
        } else {
          assertEquals(p, parse(cell, CsvStyle.excelRu()), 0.00005, d.key());
        }
      }
    }
    assertTrue(
        a.drivers().stream().anyMatch(d -> d.churn().isPresent() && d.churn().get().p() < 1e-4),
        "the sample has a p-value below 0.0001");
    List<CSVRecord> nbp = read(dir.resolve(CsvRenderer.NEXT_BEST_PRODUCT_FILE), CsvStyle.excelRu());
    assertEquals(a.nextBestProducts().matrix().size() + 1, nbp.size());
    var first = a.nextBestProducts().matrix().get(0);
    int col = nbp.get(0).toList().indexOf(first.next().get(0).productName());
    assertEquals(
        100 * first.next().get(0).share(), parse(nbp.get(1).get(col), CsvStyle.excelRu()), 0.051);
  }

  @Test
  void rfc4180StyleWritesCommasDecimalPointsAndPlainPhones() throws IOException {
    ReportInput input =
        ReportSamples.input(
            ReportSamples.sample(),
            ReportOptions.defaults().withCsvStyle(CsvStyle.rfc4180()).withLocale(Locale.ENGLISH));
    Analysis a = input.analysis();
    new CsvRenderer().render(input, dir);
    List<CSVRecord> rows = read(dir.resolve(CsvRenderer.CUSTOMERS_FILE), CsvStyle.rfc4180());
    Map<String, Integer> col = columns(rows.get(0));
    assertEquals(
        List.of("ID", "CRM ID", "Name", "Phone", "Email"), rows.get(0).toList().subList(0, 5));
    assertEquals(a.base().size() + 1, rows.size());
    for (CSVRecord r : rows.subList(1, rows.size())) {
      int c = Integer.parseInt(r.get(0).replaceAll("\\D", "")) - 1;
      assertEquals(a.base().pseudonym(c), r.get(0), "pseudonyms number customers from 1");
      assertTrue(r.get(col.get("Phone")).matches("(\\d+(, \\d+)*)?"), r.get(col.get("Phone")));
      assertEquals(a.scored().clv(c), Double.parseDouble(r.get(col.get("Predicted LTV"))), 0.006);
      assertTrue(
          List.of("Low risk", "Medium risk", "High risk", "Critical risk")
              .contains(r.get(col.get("Risk level"))));
    }
  }

  @Test
  void cellsThatWouldRunAsFormulasAreNeutralisedInEveryFile() throws IOException {
    LocalDate d = LocalDate.of(2025, 1, 10);
    InMemorySource src =
        new InMemorySource()
            .add(
                "c1",
                "+7 912 345-67-89",
                "a@x.ru",
                "=HYPERLINK(\"http://evil.example\",\"жми\")",
                "+SUM(A1:A9)",
                1000,
                d)
            .add(
                "c1",
                "+7 912 345-67-89",
                "a@x.ru",
                "=HYPERLINK(\"http://evil.example\",\"жми\")",
                "@cmd",
                1500,
                d.plusDays(40))
            .add(
                "c1",
                "+7 912 345-67-89",
                "a@x.ru",
                "=HYPERLINK(\"http://evil.example\",\"жми\")",
                "+SUM(A1:A9)",
                900,
                d.plusDays(90))
            .add("c2", "89001112233", "b@x.ru", "-2+3", "@cmd", 500, d.plusDays(5))
            .add("c2", "89001112233", "b@x.ru", "-2+3", "=1+1", 700, d.plusDays(60))
            .add("c3", "89001112244", "c@x.ru", "\tTab", "+SUM(A1:A9)", 300, d.plusDays(20))
            .add("c4", "89001112255", "d@x.ru", "Обычный клиент", "@cmd", 2000, d.plusDays(2))
            .add(
                "c4",
                "89001112255",
                "d@x.ru",
                "Обычный клиент",
                "+SUM(A1:A9)",
                2500,
                d.plusDays(100))
            .add("c5", "89001112266", "e@x.ru", "ООО Вектор", "=1+1", 800, d.plusDays(30));
    Analysis a = Reactivator.load(src).asOf(LocalDate.of(2026, 1, 31)).score().segment();
    for (CsvStyle style : List.of(CsvStyle.excelRu(), CsvStyle.rfc4180())) {
      Path out = dir.resolve(style.byteOrderMark() ? "excel" : "rfc");
      List<Path> files =
          new CsvRenderer()
              .render(ReportSamples.input(a, ReportOptions.defaults().withCsvStyle(style)), out);
      assertTrue(files.size() > 5, files.toString());
      boolean sawName = false;
      for (Path f : files) {
        for (CSVRecord r : read(f, style)) {
          for (String cell : r) {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
              assertTrue(
                  cell.matches("-\\d+([.,]\\d+)?"),
                  f.getFileName() + ": a formula-like cell was not neutralised: " + cell);
            }
            sawName |= cell.equals("'=HYPERLINK(\"http://evil.example\",\"жми\")");
          }
        }
      }
      assertTrue(sawName, "the neutralised name is still readable");
      List<CSVRecord> customers = read(out.resolve(CsvRenderer.CUSTOMERS_FILE), style);
      Set<String> phones = new HashSet<>();
      customers.forEach(r -> phones.add(r.get(3)));
      assertTrue(
          phones.contains(style.byteOrderMark() ? "7 (912) 345-67-89" : "79123456789"),
          phones.toString());
    }
  }

  @Test
  void everyFileThatListsCustomersCarriesTheCrmIdsBesideThePseudonym() throws IOException {
    LocalDate d = LocalDate.of(2025, 3, 1);
    InMemorySource src =
        new InMemorySource()
            .add("CRM-17", "89001112233", "a@x.ru", "Анна", "Курс", 1200, d)
            .add("CRM-17", "89001112233", "a@x.ru", "Анна", "Курс", 900, d.plusDays(40))
            // the same phone under a second CRM id: one customer with both ids
            .add("CRM-90", "89001112233", "", "Анна", "Книга", 300, d.plusDays(70))
            .add("CRM-5", "89001112244", "b@x.ru", "Борис", "Курс", 800, d.plusDays(10))
            .add("CRM-6", "89001112255", "c@x.ru", "Вера", "Книга", 400, d.plusDays(3));
    Analysis a = Reactivator.load(src).asOf(LocalDate.of(2026, 1, 31)).score().segment();
    Map<String, String> want = new HashMap<>();
    for (int c = 0; c < a.base().size(); c++) {
      want.put(a.base().pseudonym(c), String.join(", ", a.base().customer(c).customerIds()));
    }
    assertTrue(want.containsValue("CRM-17, CRM-90"), want.toString());
    List<Path> files =
        new CsvRenderer().render(ReportSamples.input(a, ReportOptions.defaults()), dir);
    int checked = 0;
    for (Path f : files) {
      List<CSVRecord> rows = read(f, CsvStyle.excelRu());
      Map<String, Integer> col = columns(rows.get(0));
      if (!col.containsKey("ID") || !f.getFileName().toString().endsWith(".csv")) {
        continue;
      }
      assertEquals(col.get("ID") + 1, col.get("ID в CRM"), f + ": the CRM id follows the ID");
      for (CSVRecord r : rows.subList(1, rows.size())) {
        assertEquals(want.get(r.get(col.get("ID"))), r.get(col.get("ID в CRM")), f.toString());
        checked++;
      }
    }
    assertTrue(checked >= 3 * a.base().size(), "customers.csv, call-list.csv and the segments");
    assertTrue(files.contains(dir.resolve(CsvRenderer.CALL_LIST_FILE)));
  }

  @Test
  void isInstalledAsTheCsvFormatAndIsSeveralFiles() {
    assertInstanceOf(CsvRenderer.class, ReportRenderers.forFormat("CSV"));
    assertTrue(ReportRenderers.installed().keySet().containsAll(Set.of("csv", "html", "json")));
    CsvRenderer r = new CsvRenderer();
    assertFalse(r.singleFile());
    assertThrows(
        UnsupportedOperationException.class,
        () -> r.render(ReportSamples.input(), new ByteArrayOutputStream()));
  }
}
