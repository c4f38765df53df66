package dev.reactivator.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactivatorCliTest {
  static final Path SAMPLE = Path.of("sample/customers.csv");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ReactivatorCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void analyzePrintsTheIngestionSummaryAndWritesRejectedRowsAndJson(@TempDir Path dir)
      throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                "Rows read: 1356 → lines accepted: 1345; refunds/cancellations: 6; rejected: 5"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "Optional columns found: product, complaints, tickets, discounted_purchases, purchase_date; missing: customer_id, category"),
        r.out());
    assertTrue(r.out().contains("decimal separator: , (detected from the data)"), r.out());
    assertTrue(
        r.out().contains("date format of purchase_date: dd.MM.yyyy (detected from the data)"),
        r.out());

    JsonNode json = new ObjectMapper().readTree(dir.resolve("analysis.json").toFile());
    assertEquals(2, json.get("schemaVersion").asInt());
    assertEquals("2026-01-31", json.get("asOf").asText());
    JsonNode ing = json.get("ingestion");
    assertEquals(
        ing.get("rowsRead").asLong(),
        ing.get("rowsAccepted").asLong()
            + ing.get("refunds").asLong()
            + ing.get("rowsRejected").asLong());
    assertEquals(5, ing.get("rejected").size());
    assertEquals("customers.csv", ing.get("source").asText());

    List<String> rejected =
        Files.readAllLines(dir.resolve("rejected-rows.csv"), StandardCharsets.UTF_8);
    assertEquals(6, rejected.size()); // header + 5 rows
    assertTrue(
        rejected.get(0).startsWith("\uFEFFLine;Column;Value;Code;What to fix"), rejected.get(0));
  }

  @Test
  void categoriesFileTurnsOnTheByCategoryViewsAndABadLineNamesItsLineAndColumn(@TempDir Path dir)
      throws Exception {
    Path map = dir.resolve("categories.csv");
    Files.writeString(
        map,
        "Товар;Категория\nМонитор Dell;Мониторы\nДок-станция Lenovo;Периферия\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            out.toString(),
            "--formats",
            "json,csv",
            "--categories",
            map.toString(),
            "--no-progress");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
    JsonNode names = json.path("categories").path("names");
    List<String> categories = new java.util.ArrayList<>();
    names.forEach(n -> categories.add(n.asText()));
    // the two mapped products, every other product under the no-category key
    assertEquals(List.of("Мониторы", "Периферия", "Без категории"), categories);
    assertTrue(Files.isRegularFile(out.resolve("cohorts-by-category.csv")));
    assertTrue(Files.isRegularFile(out.resolve("next-best-category.csv")));

    Files.writeString(map, "Монитор Dell;Мониторы\nДок-станция Lenovo\n", StandardCharsets.UTF_8);
    Run bad =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.resolve("bad").toString(),
            "--categories",
            map.toString(),
            "--no-progress");
    assertEquals(ReactivatorCli.EXIT_INPUT, bad.code(), bad.out());
    assertTrue(
        bad.err().contains("строка 2: колонок 1 вместо двух. Пишите в каждой строке"), bad.err());
    assertTrue(!bad.err().contains("Exception"), bad.err());
  }

  @Test
  void analyzeWritesEveryFormatOfflineAndSaysWhichFileToOpen(@TempDir Path dir) throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.toString(),
            "--lang",
            "en",
            "--no-progress");
    assertEquals(0, r.code(), r.err());
    for (String f :
        List.of(
            "dashboard.html",
            "analysis.json",
            "executive-report.pdf",
            "executive-report.docx",
            "rejected-rows.csv")) {
      assertTrue(Files.size(dir.resolve(f)) > 0, f);
      assertTrue(
          r.out().contains(dir.resolve(f).toAbsolutePath().toString()),
          "summary names " + f + ":\n" + r.out());
    }
    assertTrue(Files.isDirectory(dir.resolve("segments")), "segment CSVs beside the dashboard");
    // the segment files' count and total size, as the files on disk
    long files;
    long bytes = 0;
    try (java.util.stream.Stream<Path> s = Files.list(dir.resolve("segments"))) {
      List<Path> segments = s.toList();
      files = segments.size();
      for (Path f : segments) {
        bytes += Files.size(f);
      }
    }
    String mb =
        new java.text.DecimalFormat(
                "0.0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
            .format(bytes / (1024.0 * 1024.0));
    assertTrue(
        r.out()
            .contains(
                "Written: "
                    + dir.resolve("segments").toAbsolutePath()
                    + " ("
                    + files
                    + " files, "
                    + mb
                    + " MB in all)"),
        r.out());
    assertTrue(r.out().contains("Executive summary written by: offline"), r.out());
    assertTrue(
        r.out().contains("Open the dashboard: " + dir.resolve("dashboard.html").toAbsolutePath()),
        r.out());
    assertTrue(r.out().contains("Base health index: "), r.out());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("analysis.json").toFile());
    assertEquals("2026-01-31", json.get("asOf").asText());
    assertEquals(1356, json.get("ingestion").get("rowsRead").asLong());
  }

  @Test
  void formatsSelectsTheRenderersAndAnUnknownOneIsAUsageErrorListingTheInstalledOnes(
      @TempDir Path dir) throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.toString(),
            "--formats",
            "json",
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("analysis.json", "rejected-rows.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    Run bad = run("analyze", SAMPLE.toString(), "--out", dir.toString(), "--formats", "html,xlsx");
    assertEquals(ReactivatorCli.EXIT_INPUT, bad.code());
    assertTrue(
        bad.err().contains("xlsx") && bad.err().contains("html") && bad.err().contains("docx"),
        bad.err());
  }

  @Test
  void anLlmThatCannotBeUsedFallsBackToTheOfflineNarratorAndSaysWhy(@TempDir Path dir)
      throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.toString(),
            "--formats",
            "json",
            "--llm",
            "no-such-provider",
            "--context",
            "Звоните мне: +7 (912) 000-11-22, boss@example.com",
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Executive summary written by: offline (fallback: "), r.out());
    // not "912" alone: the temporary folder's random name may hold those digits
    assertTrue(
        !r.out().contains("000-11-22")
            && !r.out().contains("(912)")
            && !r.out().contains("boss@example.com"),
        r.out());
  }

  @Test
  void contextOptionsAndCacAreChecked(@TempDir Path dir) throws Exception {
    Path ctx = dir.resolve("context.txt");
    Files.writeString(ctx, "B2B, IT equipment", StandardCharsets.UTF_8);
    assertEquals(
        ReactivatorCli.EXIT_INPUT,
        run("analyze", SAMPLE.toString(), "--context", "x", "--context-file", ctx.toString())
            .code());
    assertEquals(
        ReactivatorCli.EXIT_INPUT,
        run("analyze", SAMPLE.toString(), "--context-file", dir.resolve("none.txt").toString())
            .code());
    assertEquals(
        ReactivatorCli.EXIT_INPUT, run("analyze", SAMPLE.toString(), "--cac", "-5").code());
    assertEquals(
        ReactivatorCli.EXIT_INPUT, run("analyze", SAMPLE.toString(), "--csv-style", "tsv").code());
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.resolve("out").toString(),
            "--formats",
            "json",
            "--context-file",
            ctx.toString(),
            "--cac",
            "5000",
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void unusableInputExitsWithTwoAndSaysWhy(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("export.xlsx");
    Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    Run r = run("analyze", xlsx.toString(), "--out", dir.resolve("out").toString());
    assertEquals(ReactivatorCli.EXIT_INPUT, r.code());
    assertTrue(r.err().contains("Excel"), r.err());
    assertEquals(
        ReactivatorCli.EXIT_INPUT, run("analyze", dir.resolve("missing.csv").toString()).code());
  }

  @Test
  void quotaSmallerThanTheUniqueCustomersExitsWithThree(@TempDir Path dir) {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.toString(),
            "--quota",
            "100",
            "--lang",
            "en");
    assertEquals(ReactivatorCli.EXIT_QUOTA, r.code());
    assertTrue(r.err().contains("421 unique customers in the file, 100 units left"), r.err());
  }

  @Test
  void aQuotaLargeEnoughIsChargedTheUniqueCustomersAndTheSummaryAndJsonShowTheBalance(
      @TempDir Path dir) throws Exception {
    // the sample's 1 356 rows are 421 unique customers: 5 000 − 421 = 4 579 left
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.toString(),
            "--formats",
            "json",
            "--quota",
            "5000",
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Quota charged: 421 (unique customers); left: 4579"), r.out());
    JsonNode quota =
        new ObjectMapper().readTree(dir.resolve("analysis.json").toFile()).get("quota");
    assertEquals(421, quota.get("charged").asLong());
    assertEquals(4579, quota.get("left").asLong());

    Run unlimited =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.resolve("ru").toString(),
            "--formats",
            "json");
    assertEquals(0, unlimited.code(), unlimited.err());
    assertTrue(
        unlimited.out().contains("Списано лимита: 421 (уникальных клиентов); лимит не ограничен"),
        unlimited.out());
    JsonNode none =
        new ObjectMapper()
            .readTree(dir.resolve("ru").resolve("analysis.json").toFile())
            .get("quota");
    assertEquals(421, none.get("charged").asLong());
    assertTrue(none.get("left") == null, none.toString());
  }

  @Test
  void anExportReadThroughSynonymsSaysHowEachColumnWasRead(@TempDir Path dir) throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "InvoiceNo,Description,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,E-mail\n");
    for (int i = 0; i < 40; i++) {
      int customer = 17850 + i % 8;
      String id = i % 10 == 3 ? "N/A" : Integer.toString(customer);
      csv.append(536365 + i)
          .append(",LANTERN ")
          .append(i % 5)
          .append(",lantern,")
          .append(1 + i % 4)
          .append(",2011-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 10)
          .append(" 08:26,3.39,")
          .append(id)
          .append(",c")
          .append(customer)
          .append("@shop.uk\n");
    }
    Path file = dir.resolve("online-retail.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    Run r =
        run(
            "analyze",
            file.toString(),
            "--as-of",
            "2011-12-31",
            "--out",
            dir.resolve("out").toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Rows read: 40 → lines accepted: 40;"), r.out());
    assertTrue(r.out().contains("column \"InvoiceDate\" read as purchase_date\n"), r.out());
    assertTrue(r.out().contains("column \"Quantity*UnitPrice\" read as amount\n"), r.out());
    assertTrue(
        r.out()
            .contains(
                "several columns \"Description\": product is read from the first; to read"
                    + " another: --map \"product=Description#2\""),
        r.out());
    assertTrue(r.out().contains("\"-\"…) are not keys: 4 accepted rows had one"), r.out());
  }

  @Test
  void aPlainTransactionLogAnalyzesWithNoOptionsAndItsProductWidgetsAreAbsent(@TempDir Path dir)
      throws java.io.IOException {
    StringBuilder log = new StringBuilder("customer_id,date,amount\n");
    java.time.LocalDate d = java.time.LocalDate.of(2024, 1, 5);
    for (int c = 1; c <= 60; c++) {
      for (int k = 0; k <= c % 4; k++) {
        log.append(c).append(',').append(d.plusDays(7L * c + 90L * k)).append(',');
        log.append(100 + c).append(".50\n");
      }
    }
    Path file = dir.resolve("log.csv");
    java.nio.file.Files.writeString(file, log);
    Path out = dir.resolve("out");
    Run r =
        run(
            "analyze",
            file.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            out.toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("rejected: 0"), r.out());
    assertTrue(r.out().contains("missing: product"), r.out());
    JsonNode absences =
        new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).get("absences");
    List<String> absent = new java.util.ArrayList<>();
    absences.forEach(a -> absent.add(a.get("widget").asText()));
    for (String widget : List.of("next-best-product", "association-rules", "product-cohort")) {
      assertTrue(absent.contains(widget), widget + " in " + absent);
    }
  }

  @Test
  void anUnrecognisedColumnIsNamedAndOfferedAsTheProductWhenThereIsNone(@TempDir Path dir)
      throws java.io.IOException {
    Path file = dir.resolve("p.csv");
    java.nio.file.Files.writeString(
        file,
        "Клиент;Позиция;Сумма;Дата покупки\nИван;Чай;100;01.02.2025\nИван;Кофе;200;01.05.2025\n");
    Run r = run("analyze", file.toString(), "--as-of", "2025-06-01", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Не распознаны и пропущены колонки: Позиция"), r.out());
    assertTrue(r.out().contains("товаров: 0"), r.out());
    assertTrue(r.out().contains("--map product=\"Позиция\""), r.out());
    Run mapped =
        run(
            "analyze",
            file.toString(),
            "--as-of",
            "2025-06-01",
            "--out",
            dir.resolve("mapped").toString(),
            "--map",
            "product=Позиция");
    assertEquals(0, mapped.code(), mapped.err());
    assertFalse(mapped.out().contains("пропущены колонки"), mapped.out());
  }

  @Test
  void templateWritesAFileThatAnalyzesWithoutRejectedRows(@TempDir Path dir) {
    Path t = dir.resolve("template.csv");
    assertEquals(0, run("template", "--extended", t.toString()).code());
    Run r =
        run(
            "analyze",
            t.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.resolve("out").toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("rejected: 0"), r.out());
    assertTrue(
        r.out()
            .contains("Optional columns found: product, complaints, tickets, discounted_purchases"),
        r.out());
  }

  @Test
  void withoutAsOfTheSampleIsAnalysedAsOfTheDayAfterItsLastPurchase(@TempDir Path dir)
      throws Exception {
    Run r = run("analyze", SAMPLE.toString(), "--out", dir.toString(), "--lang", "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("analysis date 2026-01-29"), r.out());
    assertTrue(
        r.out().contains("the day after the last purchase in the file (2026-01-28)"), r.out());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("analysis.json").toFile());
    assertEquals("last-purchase", json.get("asOfBasis").asText());
    assertEquals(1, json.get("daysAfterLastPurchase").asInt());
    assertEquals(0, json.get("warnings").size());
  }

  @Test
  void aDateYearsAfterTheDataIsWarnedAboutInTheSummaryJsonAndDashboard(@TempDir Path dir)
      throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2031-01-31",
            "--formats",
            "json,html",
            "--out",
            dir.toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("Warning: The analysis date 2031-01-31 is 1829 days after"), r.out());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("analysis.json").toFile());
    assertEquals("AS_OF_LONG_AFTER_DATA", json.get("warnings").get(0).get("code").asText());
    String html = java.nio.file.Files.readString(dir.resolve("dashboard.html"));
    assertTrue(html.contains("AS_OF_LONG_AFTER_DATA"), "the dashboard embeds the warning");
  }

  @Test
  void theCurrencyOptionReachesTheSummaryJsonAndDashboard(@TempDir Path dir) throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--currency",
            "gbp",
            "--formats",
            "json,html",
            "--out",
            dir.toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*revenue at risk: [0-9,]+ £.*"), r.out());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("analysis.json").toFile());
    assertEquals("GBP", json.get("currency").asText());
    String html = java.nio.file.Files.readString(dir.resolve("dashboard.html"));
    assertTrue(html.contains("\"currencySymbol\":\"£\""), "the view block names the sign");
    Run bad = run("analyze", SAMPLE.toString(), "--currency", "rubles", "--out", dir.toString());
    assertEquals(ReactivatorCli.EXIT_INPUT, bad.code());
    assertTrue(bad.err().contains("ISO 4217"), bad.err());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(
        ReactivatorCli.EXIT_INPUT, run("analyze", SAMPLE.toString(), "--lang", "de").code());
    assertEquals(
        ReactivatorCli.EXIT_INPUT, run("analyze", SAMPLE.toString(), "--map", "nonsense=X").code());
    assertEquals(
        ReactivatorCli.EXIT_INPUT, run("analyze", SAMPLE.toString(), "--decimal", ";").code());
    assertEquals(
        ReactivatorCli.EXIT_INPUT,
        run("analyze", SAMPLE.toString(), "--date-format", "dd.MM.ppp").code());
  }

  @Test
  void aWhitespaceAlignedLogLoadsWithTheSpaceDelimiterAndTheSummaryNamesTheConventions(
      @TempDir Path dir) throws Exception {
    Path log = dir.resolve("cdnow.txt");
    StringBuilder sb =
        new StringBuilder(" customer_id  purchase_date product  quantity   amount\n");
    for (int i = 1; i <= 40; i++) {
      sb.append(
          String.format(
              " %05d 1997%02d%02d CD  %d   %d.%02d%n",
              i, 1 + i % 12, 1 + i % 28, 1 + i % 3, 10 + i, i));
      sb.append(
          String.format(" %05d 1998%02d%02d CD  1   %d.77%n", i, 1 + i % 6, 1 + i % 28, 5 + i));
    }
    Files.writeString(log, sb.toString(), StandardCharsets.UTF_8);
    Run r =
        run(
            "analyze",
            log.toString(),
            "--delimiter",
            "space",
            "--as-of",
            "1998-07-01",
            "--formats",
            "json",
            "--out",
            dir.resolve("out").toString(),
            "--lang",
            "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Rows read: 80 → lines accepted: 80"), r.out());
    assertTrue(r.out().contains("delimiter: space"), r.out());
    assertTrue(r.out().contains("decimal separator: . (detected from the data)"), r.out());
    assertTrue(
        r.out().contains("date format of purchase_date: yyyyMMdd (detected from the data)"),
        r.out());
    Run forced =
        run(
            "analyze",
            log.toString(),
            "--decimal",
            ".",
            "--date-format",
            "yyyyMMdd",
            "--as-of",
            "1998-07-01",
            "--formats",
            "json",
            "--out",
            dir.resolve("out2").toString(),
            "--lang",
            "en");
    assertEquals(0, forced.code(), forced.err());
    assertTrue(forced.out().contains("decimal separator: . (set by option)"), forced.out());
  }

  @Test
  void identityCustomerIdKeepsTwoCrmIdsSharingAnEmailApart(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("orders.csv");
    Files.writeString(
        csv,
        "customer_id,email,product,amount,purchase_date\n"
            + "C100,shared@x.ru,A,100,2025-05-01\n"
            + "C101,shared@x.ru,B,200,2025-06-01\n",
        StandardCharsets.UTF_8);
    Run merged =
        run(
            "analyze",
            csv.toString(),
            "--out",
            dir.toString(),
            "--formats",
            "json",
            "--lang",
            "en");
    assertEquals(0, merged.code(), merged.err());
    assertTrue(merged.out().contains("Unique customers: 1;"), merged.out());
    Run apart =
        run(
            "analyze",
            csv.toString(),
            "--out",
            dir.toString(),
            "--formats",
            "json",
            "--lang",
            "en",
            "--identity",
            "customer-id");
    assertEquals(0, apart.code(), apart.err());
    assertTrue(apart.out().contains("Unique customers: 2;"), apart.out());
    Run bad = run("analyze", csv.toString(), "--out", dir.toString(), "--identity", "phone");
    assertEquals(ReactivatorCli.EXIT_INPUT, bad.code());
    assertTrue(bad.err().contains("--identity must be any-key or customer-id"), bad.err());
  }

  @Test
  void saveModelThenModelScoresTheSameFileIdentically(@TempDir Path dir) throws Exception {
    Path models = dir.resolve("models.json");
    Run saved =
        run(
            "analyze",
            SAMPLE.toString(),
            "--formats",
            "json",
            "--out",
            dir.resolve("a").toString(),
            "--save-model",
            models.toString());
    assertEquals(0, saved.code(), saved.err());
    JsonNode file = new ObjectMapper().readTree(models.toFile());
    assertEquals("reactivator-models", file.get("format").asText());
    assertEquals("1.1", file.get("version").asText());
    Run reused =
        run(
            "analyze",
            SAMPLE.toString(),
            "--formats",
            "json",
            "--out",
            dir.resolve("b").toString(),
            "--model",
            models.toString());
    assertEquals(0, reused.code(), reused.err());
    JsonNode a = new ObjectMapper().readTree(dir.resolve("a/analysis.json").toFile());
    JsonNode b = new ObjectMapper().readTree(dir.resolve("b/analysis.json").toFile());
    assertEquals(a.get("customers"), b.get("customers"));
    assertEquals(a.get("model"), b.get("model"));

    Files.writeString(
        models, Files.readString(models).replace("\"version\": \"1.1\"", "\"version\": \"3.1\""));
    Run newer =
        run(
            "analyze",
            SAMPLE.toString(),
            "--formats",
            "json",
            "--out",
            dir.resolve("c").toString(),
            "--model",
            models.toString(),
            "--lang",
            "en");
    assertEquals(ReactivatorCli.EXIT_INPUT, newer.code());
    assertTrue(
        newer.err().contains("was written by a newer version of the format (3.1)"), newer.err());
  }
}
