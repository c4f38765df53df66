package dev.reactivator.examples.modulepath;

import dev.reactivator.core.ReactivatorException;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.ScoreStage;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.segment.SegmentOptions;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.io.jdbc.JdbcSource;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.CsvStyle;
import dev.reactivator.report.csv.RejectedRowsCsv;
import dev.reactivator.narrative.NarrationContext;
import dev.reactivator.narrative.Narrators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the whole pipeline with the jars on the module path: load, score, segment, the offline
 * executive summary and every renderer, in Russian and English, as the CLI does with
 * {@code --as-of 2026-01-31}. Launched by {@code ModulePathTest}.
 *
 * <p>Usage: {@code ModulePathApp FILE DIR}; writes {@code DIR/ru} and {@code DIR/en} and prints one
 * line per file written, then the message of a failed load (a localised error message), then the
 * accounting of an in-memory source and, when {@code REACTIVATOR_TEST_JDBC_URL} is set, of a JDBC
 * query (PostgreSQL's driver found as an automatic module through {@code java.sql.Driver}) and of
 * the CRM service's orders read from a PostgreSQL table, compared with its in-memory run.
 */
public final class ModulePathApp {
  private static final List<String> FORMATS = List.of("html", "csv", "json", "pdf", "docx");

  private ModulePathApp() {}

  /**
   * Entry point.
   *
   * @param args the CSV export and the output directory
   * @throws IOException when an output directory cannot be created
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
      Path out = Files.createDirectories(dir.resolve(locale.getLanguage()));
      for (Path p : analyse(file, locale, out)) {
        System.out.println("wrote " + dir.relativize(p).toString().replace('\\', '/'));
      }
      try {
        Reactivator.load(file.resolveSibling("no-such-export.csv")).withLocale(locale).asOf(LocalDate.of(2026, 1, 31));
      } catch (ReactivatorException e) {
        System.out.println("error " + locale.getLanguage() + ": " + e.getMessage());
      }
    }
    LocalDate asOf = LocalDate.of(2026, 1, 31);
    TransactionSource lines =
        TransactionSource.of(
            List.of(
                OrderLine.builder().phone("+7 (900) 111-22-33").product("Чай").amount(300).date(asOf).build(),
                OrderLine.builder().phone("89001112233").product("Кофе").amount(450).date(asOf).build()));
    System.out.println("in-memory: " + accounting(Reactivator.load(lines).asOf(asOf).base()));
    // the CRM service's flow: in-memory orders, customer-id-first, look-up by CRM id, every
    // single-file format to bytes, the provider written from docs/llm.md
    var crm = dev.reactivator.examples.crm.CrmService.run(
        dev.reactivator.examples.crm.CrmService.exampleAnswer(Path.of("../docs/llm.md")));
    System.out.println(
        "crm: " + crm.analysis().base().size() + " customers, C105 "
            + crm.analysis().customer("C105").orElseThrow().profile().purchaseCount() + " purchases, summary by "
            + crm.summary().writer() + crm.summary().fallbackReason().map(r -> " (fallback: " + r + ")").orElse("")
            + ", formats " + crm.bytes().keySet());
    String url = System.getenv("REACTIVATOR_TEST_JDBC_URL");
    if (url != null && !url.isBlank()) {
      TransactionSource query =
          JdbcSource.url(url)
              .query("SELECT 'C1' AS customer_id, 'Чай' AS product, 10.5 AS amount, DATE '2026-01-30' AS purchase_date")
              .build();
      System.out.println("jdbc: " + accounting(Reactivator.load(query).asOf(asOf).base()));
      // the CRM service's flow again, its orders read from a PostgreSQL table
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
        dev.reactivator.examples.crm.CrmService.createOrdersTable(c, "crm_orders_module_path");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot create the CRM's order table: " + e.getMessage(), e);
      }
      var fromDb = dev.reactivator.examples.crm.CrmService.run(
          dev.reactivator.examples.crm.CrmService.database(url, "crm_orders_module_path"),
          dev.reactivator.examples.crm.CrmService.exampleAnswer(Path.of("../docs/llm.md")));
      List<Object> memoryResults = new ArrayList<>();
      crm.analysis().customers().forEach(memoryResults::add);
      List<Object> dbResults = new ArrayList<>();
      fromDb.analysis().customers().forEach(dbResults::add);
      System.out.println(
          "crm jdbc: " + accounting(fromDb.analysis().base()) + ", same results as in memory: "
              + (memoryResults.equals(dbResults) && crm.writeBack().equals(fromDb.writeBack())));
    }
  }

  private static String accounting(CustomerBase base) {
    return base.report().rowsRead() + " rows, " + base.report().rowsAccepted() + " accepted, " + base.size() + " customers";
  }

  private static List<Path> analyse(Path file, Locale locale, Path out) {
    CsvStyle style = CsvStyle.excelRu();
    ScoreStage loaded = Reactivator.load(file).withLocale(locale).asOf(LocalDate.of(2026, 1, 31));
    Path rejected = out.resolve(RejectedRowsCsv.FILE_NAME);
    RejectedRowsCsv.write(loaded.base().report(), rejected, style, locale);
    Analysis analysis = loaded.score().segment(SegmentOptions.defaults());
    ExecutiveSummary summary = Narrators.select("offline", Map.of()).write(analysis, NarrationContext.of(locale));
    ReportInput input = new ReportInput(analysis, summary, ReportOptions.defaults().withLocale(locale).withCsvStyle(style));
    List<Path> written = new ArrayList<>(List.of(rejected));
    for (String format : FORMATS) {
      written.addAll(ReportRenderers.forFormat(format).render(input, out));
    }
    return written;
  }
}
