package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.report.CsvStyle;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportRenderer;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.csv.CsvRenderer;
import dev.reactivator.report.csv.RejectedRowsCsv;
import dev.reactivator.report.json.JsonRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's downloads and data-quality panels, the call list's search and filters, the
 * protected page and the layout of every tab, in real headless Chromium: the panel links exactly
 * the files of the run, the row balance matches the load report, a protected page has no contact in
 * its text or DOM until the passphrase is given and says so on a wrong one, and no table scrolls
 * sideways at 1366×768 or 1920×1080 (screenshots in {@code target/dashboard-screenshots/layout-*}).
 * Skipped when Chromium is missing, unless {@code CI} is set.
 */
class DashboardPanelsBrowserTest {

  private static final Path OUT = Path.of("target", "dashboard-panels");
  private static final Path SHOTS = Path.of("target", "dashboard-screenshots");
  private static final List<String> TABS =
      List.of("overview", "finance", "analytics", "growth", "sales", "summary", "files");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path exe;
  private static Chromium browser;
  private static Analysis sample;
  private static Path run;
  private static List<Path> written;

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> found = Chromium.executable();
    if (found.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("Chromium is required on CI (scripts/setup.sh installs it) but was not found");
      }
      Assumptions.abort("Chromium not found: browser tests skipped");
    }
    exe = found.get();
    browser = Chromium.launch(exe, 1366, 768);
    sample = HtmlFixtures.sample();
    run = OUT.resolve("run");
    written = writeRun(run, HtmlFixtures.input(sample));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** The rejected rows, then html, csv and json as the CLI writes them. */
  private static List<Path> writeRun(Path dir, ReportInput input) {
    Path rejected = dir.resolve(RejectedRowsCsv.FILE_NAME);
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    RejectedRowsCsv.write(
        input.analysis().base().report(), rejected, CsvStyle.excelRu(), Locale.ROOT);
    List<ReportRenderer> renderers =
        List.of(new HtmlRenderer(), new CsvRenderer(), new JsonRenderer());
    return ReportRenderers.renderAll(renderers, input, dir, List.of(rejected), done -> {});
  }

  private static void open(Chromium b, Path page) {
    int before = b.errors().size();
    b.navigate(page.toAbsolutePath().toUri());
    assertEquals(List.of(), b.errors().subList(before, b.errors().size()), "errors on " + page);
  }

  /** Waits (bounded) until {@code condition} is true in the page. */
  private static boolean waitFor(Chromium b, String condition) {
    return b.evaluate(
            "new Promise(function (done) { var n = 0; (function poll() { var ok = !!("
                + condition
                + "); if (ok || n++ > 300) { done(ok); } else { setTimeout(poll, 100); } })(); })")
        .asBoolean();
  }

  @Test
  void theDownloadsPanelLinksExactlyTheFilesWrittenInTheRun() throws Exception {
    open(browser, run.resolve(HtmlRenderer.FILE_NAME));
    browser.evaluate("document.querySelector('[data-jump=files]').click()");
    assertEquals("files", browser.evaluate("location.hash.substring(1)").asText());
    JsonNode links =
        browser.evaluate(
            "Array.from(document.querySelectorAll('#exports a[data-export]')).map(function (a) {"
                + " return a.getAttribute('href'); })");
    TreeSet<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.list(run)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(f -> !f.equals(HtmlRenderer.FILE_NAME))
          .forEach(expected::add);
    }
    TreeSet<String> linked = new TreeSet<>();
    links.forEach(l -> linked.add(l.asText()));
    assertEquals(expected, linked, "every top-level file of the run, nothing else");
    assertTrue(
        linked.contains("customers.csv") && linked.contains("rejected-rows.csv"), linked + "");
    assertTrue(linked.contains("call-list.csv") && linked.contains("analysis.json"));
    for (JsonNode l : links) {
      assertTrue(Files.isRegularFile(run.resolve(l.asText())), l.asText());
    }
    assertEquals("customers.csv", links.get(0).asText(), "the final CSV first");
    assertTrue(written.contains(run.resolve(HtmlRenderer.FILE_NAME)), "the dashboard was written");
    int page = written.indexOf(run.resolve(HtmlRenderer.FILE_NAME));
    for (String f : List.of("customers.csv", "analysis.json", "call-list.csv")) {
      assertTrue(written.indexOf(run.resolve(f)) < page, f + " is written before the dashboard");
    }

    Path alone = OUT.resolve("alone");
    new HtmlRenderer().render(HtmlFixtures.input(sample), alone);
    open(browser, alone.resolve(HtmlRenderer.FILE_NAME));
    browser.evaluate("window.reactivatorDashboard.show('files')");
    // nothing top-level beside it: the sample's CSV export is embedded, every link an in-page file
    JsonNode alonelinks =
        browser.evaluate(
            "Array.from(document.querySelectorAll('#exports a[data-export]')).map(function (a) {"
                + " return a.getAttribute('href'); })");
    assertTrue(alonelinks.size() > 0, "the embedded exports are listed");
    alonelinks.forEach(l -> assertTrue(l.asText().startsWith("blob:"), l.asText()));
    assertTrue(
        browser
            .evaluate("document.querySelector('#exports .absent').textContent")
            .asText()
            .contains("--formats"));
  }

  @Test
  void theDataQualityPanelBalancesTheRowsAndNamesReasonsAndMissingColumns() {
    open(browser, run.resolve(HtmlRenderer.FILE_NAME));
    browser.evaluate("window.reactivatorDashboard.show('files')");
    IngestionReport r = sample.base().report();
    JsonNode kpis =
        browser.evaluate(
            "(function () { var o = {}; document.querySelectorAll('#tab-files [data-kpi]').forEach("
                + "function (k) { o[k.getAttribute('data-kpi')] = k.querySelector('.value').textContent"
                + ".replace(/\\s/g, ''); }); return o; })()");
    assertEquals(Long.toString(r.rowsRead()), kpis.path("rows-read").asText());
    assertEquals(Long.toString(r.rowsAccepted()), kpis.path("rows-accepted").asText());
    assertEquals(Long.toString(r.refunds()), kpis.path("refunds").asText());
    assertEquals(Long.toString(r.rowsRejected()), kpis.path("rows-rejected").asText());
    assertEquals(r.rowsRead(), r.rowsAccepted() + r.refunds() + r.rowsRejected());
    JsonNode reasons =
        browser.evaluate(
            "Array.from(document.querySelectorAll('[data-table=rejectedReasons] tbody tr')).map("
                + "function (tr) { return Array.from(tr.children).map(function (td) {"
                + " return td.textContent; }); })");
    long codes = r.rejected().stream().map(RowProblem::code).distinct().count();
    assertEquals(codes, reasons.size(), reasons.toString());
    int sum = 0;
    for (JsonNode row : reasons) {
      sum += Integer.parseInt(row.get(1).asText().replaceAll("\\D", ""));
    }
    assertEquals(r.rowsRejected(), sum, "the reasons add up to the rejected rows");
    String firstExample = reasons.get(0).get(2).asText();
    assertTrue(
        r.rejected().stream().anyMatch(p -> p.message().equals(firstExample)),
        "the example is a rejected row's message: " + firstExample);
    String missing =
        browser
            .evaluate("document.querySelector('[data-list=missing-columns]').textContent")
            .asText();
    assertTrue(missing.contains("«ID клиента»"), missing);
    assertTrue(missing.contains("ID в CRM"), "what the missing column switches off: " + missing);
    String warnings =
        browser.evaluate("document.querySelector('[data-list=warnings]').textContent").asText();
    String last =
        sample
            .base()
            .analysisDate()
            .lastPurchase()
            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    assertTrue(warnings.contains(last), "the analysis date against the last purchase: " + warnings);
    assertEquals(List.of(), browser.errors());
  }

  @Test
  void theCallListSearchesAndFiltersByPriorityChannelAndSegment() {
    open(browser, run.resolve(HtmlRenderer.FILE_NAME));
    browser.evaluate("window.reactivatorDashboard.show('sales')");
    List<CallListRow> calls = sample.sales().callList();
    String count = "document.querySelector('[data-filter=count]').textContent";
    assertTrue(browser.evaluate(count).asText().contains(Integer.toString(calls.size())));
    CallListRow pick = calls.get(37);
    String email = sample.base().customer(pick.index()).emails().get(0);
    setFilter("search", email.toUpperCase(Locale.ROOT));
    JsonNode rows = callListRows();
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(rows.get(0).asText().contains(pick.displayName()), rows.toString());
    assertTrue(rows.get(0).asText().contains(sample.base().pseudonym(pick.index())));
    setFilter("search", "");
    CallListRow other = calls.get(calls.size() - 1);
    for (String[] f :
        new String[][] {
          {"priority", other.priority().key()},
          {"channel", other.primary().key()},
          {"segment", sample.rfm().seedSegment(other.index()).key()}
        }) {
      setFilter(f[0], f[1]);
      long want =
          calls.stream()
              .filter(
                  r ->
                      switch (f[0]) {
                        case "priority" -> r.priority().key().equals(f[1]);
                        case "channel" -> r.primary().key().equals(f[1]);
                        default -> sample.rfm().seedSegment(r.index()).key().equals(f[1]);
                      })
              .count();
      assertTrue(want < calls.size(), f[0] + " narrows the list");
      assertTrue(
          browser
              .evaluate(count)
              .asText()
              .replaceAll("[\\s\u00a0\u202f]", "")
              .startsWith("Показано" + want + "из"),
          f[0] + "=" + f[1] + ": " + browser.evaluate(count).asText() + ", want " + want);
      setFilter(f[0], "");
    }
  }

  private static void setFilter(String key, String value) {
    browser.evaluate(
        "(function () { var x = document.querySelector('[data-filter="
            + key
            + "]'); x.value = "
            + JSON.valueToTree(value)
            + "; x.dispatchEvent(new Event('input')); })()");
  }

  private static JsonNode callListRows() {
    return browser.evaluate(
        "Array.from(document.querySelectorAll('[data-table=callList] tbody tr')).map("
            + "function (tr) { return tr.textContent; })");
  }

  @Test
  void aProtectedPageShowsNoContactUntilThePassphraseAndWarnsOnAWrongOne() throws Exception {
    Path dir = OUT.resolve("protected");
    new HtmlRenderer(ProtectedDashboardTest.protection()).render(HtmlFixtures.input(sample), dir);
    open(browser, dir.resolve(HtmlRenderer.FILE_NAME));
    assertTrue(browser.evaluate("window.reactivatorDashboard.locked()").asBoolean());
    String contacts = JSON.writeValueAsString(ProtectedDashboardTest.contacts(sample.base()));
    String found =
        "(function () { var c = "
            + contacts
            + "; var dom = document.documentElement.outerHTML, text = document.body.innerText;"
            + " return c.filter(function (x) { return dom.indexOf(x) >= 0 || text.indexOf(x) >= 0; }); })()";
    for (String tab : TABS) {
      browser.evaluate("window.reactivatorDashboard.show('" + tab + "')");
      assertEquals("[]", browser.evaluate(found).toString(), "contacts on the locked tab " + tab);
    }
    browser.evaluate("window.reactivatorDashboard.show('sales')");
    String first = callListRows().get(0).asText();
    CallListRow top = sample.sales().callList().get(0);
    assertTrue(first.contains(sample.base().pseudonym(top.index())), "the pseudonym: " + first);

    submit("не тот пароль 2026");
    assertTrue(waitFor(browser, "document.querySelector('form.lock .lock-msg.error')"));
    assertTrue(
        browser
            .evaluate("document.querySelector('form.lock .lock-msg').textContent")
            .asText()
            .startsWith("Неверный пароль"));
    assertTrue(browser.evaluate("window.reactivatorDashboard.locked()").asBoolean());
    assertEquals("[]", browser.evaluate(found).toString(), "contacts after a wrong passphrase");

    submit(ProtectedDashboardTest.PASSPHRASE);
    assertTrue(
        waitFor(browser, "document.documentElement.getAttribute('data-unlocked') === 'true'"));
    assertEquals("sales", browser.evaluate("location.hash.substring(1)").asText());
    JsonNode rows = callListRows();
    for (int i = 0; i < rows.size(); i++) {
      CallListRow r = sample.sales().callList().get(i);
      var p = sample.base().customer(r.index());
      String row = rows.get(i).asText();
      assertTrue(row.contains(r.displayName()), row);
      p.emails().forEach(e -> assertTrue(row.contains(e), e + " in " + row));
      p.phones().forEach(ph -> assertTrue(row.contains(readable(ph)), ph + " in " + row));
    }
    List<String> shown = new ArrayList<>();
    JsonNode all = JSON.readTree(contacts);
    JsonNode present =
        browser.evaluate(
            "(function () { var c = "
                + contacts
                + "; var text = document.body.innerText; return c.filter(function (x) {"
                + " return text.indexOf(x) >= 0; }); })()");
    present.forEach(x -> shown.add(x.asText()));
    assertTrue(shown.size() > 20 && all.size() > shown.size(), "names shown: " + shown.size());
    browser.evaluate("window.reactivatorDashboard.show('files')");
    assertTrue(
        browser
            .evaluate("document.querySelector('[data-table=rejectedReasons]').textContent")
            .asText()
            .contains(sample.base().report().rejected().get(0).message()),
        "the decrypted rejected-row messages");
    assertEquals(List.of(), browser.errors());
  }

  /** A phone as the page shows it: {@code +7 912 345-67-89} for a Russian number. */
  private static String readable(String p) {
    return p.matches("7\\d{10}")
        ? "+7 "
            + p.substring(1, 4)
            + " "
            + p.substring(4, 7)
            + "-"
            + p.substring(7, 9)
            + "-"
            + p.substring(9)
        : p;
  }

  private static void submit(String passphrase) {
    browser.evaluate(
        "(function () { var f = document.querySelector('form.lock'); f.querySelector('input').value = "
            + JSON.valueToTree(passphrase)
            + "; f.requestSubmit(); })()");
  }

  @Test
  void noTableScrollsSidewaysOnAnyTabAt1366And1920() throws Exception {
    for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
      try (Chromium b = size[0] == 1366 ? null : Chromium.launch(exe, size[0], size[1])) {
        Chromium page = b == null ? browser : b;
        open(page, run.resolve(HtmlRenderer.FILE_NAME));
        for (String tab : TABS) {
          page.evaluate("window.reactivatorDashboard.show('" + tab + "')");
          JsonNode over =
              page.evaluate(
                  "(function () { var out = [];"
                      + " if (document.documentElement.scrollWidth > window.innerWidth + 1) {"
                      + " out.push('page ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth); }"
                      + " document.querySelectorAll('section.tab.active .table-wrap').forEach(function (w) {"
                      + " if (w.scrollWidth > w.clientWidth + 1) { out.push(w.querySelector('table')"
                      + ".getAttribute('data-table') + ' ' + w.scrollWidth + ' > ' + w.clientWidth); } });"
                      + " return out; })()");
          assertEquals("[]", over.toString(), size[0] + "×" + size[1] + " " + tab);
          Path shot = SHOTS.resolve("layout-" + size[0] + "-" + tab + ".png");
          page.screenshot(shot, size[0]);
          assertTrue(Files.size(shot) > 10_000, shot.toString());
        }
        assertEquals(List.of(), page.errors(), size[0] + "×" + size[1]);
      }
    }
  }
}
