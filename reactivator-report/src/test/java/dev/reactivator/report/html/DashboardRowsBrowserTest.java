package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's row limit ({@link ReportOptions#dashboardRows()}) in real headless Chromium: a
 * call list longer than the limit shows exactly that many rows and says "first N of M" naming the
 * file that holds it whole, or how to get that file when the run did not write it; a list within
 * the limit has no such label. Skipped when Chromium is missing, unless {@code CI} is set.
 */
class DashboardRowsBrowserTest {

  private static final Path OUT = Path.of("target", "dashboard-rows-test");

  private static Chromium browser;
  private static Analysis sample;

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> exe = Chromium.executable();
    if (exe.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("Chromium is required on CI (scripts/setup.sh installs it) but was not found");
      }
      Assumptions.abort(
          "Chromium not found (/usr/bin/chromium, $CHROMIUM or PATH): browser tests skipped");
    }
    browser = Chromium.launch(exe.get(), 1440, 1000);
    sample = HtmlFixtures.sample();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static void open(String name, Analysis analysis, ReportOptions options) throws Exception {
    ReportInput base = HtmlFixtures.input(analysis);
    ReportInput input = new ReportInput(analysis, base.summary(), options);
    Path dir = OUT.resolve(name);
    new HtmlRenderer().render(input, dir);
    int before = browser.errors().size();
    browser.navigate(dir.resolve(HtmlRenderer.FILE_NAME).toAbsolutePath().toUri());
    assertEquals(
        List.of(),
        browser.errors().subList(before, browser.errors().size()),
        "errors while loading " + name);
    browser.evaluate("window.reactivatorDashboard.show('sales')");
  }

  /** The rows of the call-list table's first page (15 a page). */
  private static int callRows() {
    return browser
        .evaluate("document.querySelectorAll('table[data-table=callList] tbody tr').length")
        .asInt();
  }

  /** The call list's count, "Показано n из total" (all its rows, over every page). */
  private static String callCount() {
    return browser
        .evaluate(
            "document.querySelector('[data-widget=callList] [data-filter=count]').textContent")
        .asText();
  }

  private static String cutLabel() {
    return browser
        .evaluate(
            "(function () { var p = document.querySelector('[data-cut=callList]');"
                + " return p === null ? '' : p.textContent; })()")
        .asText();
  }

  @Test
  void aCallListLongerThanTheLimitShowsExactlyTheLimitAndNamesTheFileWritten() throws Exception {
    int m = sample.sales().callList().size();
    int n = 3;
    open(
        "cut-with-file",
        sample,
        ReportOptions.defaults().withDashboardRows(n).withExports(List.of("call-list.csv")));
    assertEquals(n, callRows());
    assertEquals("Показано 3 из 3", callCount());
    assertEquals("Первые 3 из " + m + " — полный список в call-list.csv.", cutLabel());
  }

  @Test
  void aSmallBaseCutToTheLimitPointsAtTheEmbeddedCallList() throws Exception {
    // a base of at most DashboardPage.MAX_EMBEDDED_ROWS customers has its CSVs in the page
    int m = sample.sales().callList().size();
    open("cut-embedded", sample, ReportOptions.defaults().withDashboardRows(5));
    assertEquals(5, callRows());
    assertEquals("Первые 5 из " + m + " — полный список в call-list.csv.", cutLabel());
  }

  @Test
  void aCutListWhoseFileWasNotWrittenSaysHowToGetIt() throws Exception {
    // the large base's CSVs are neither beside the page nor embedded in it
    Analysis large = HtmlFixtures.large();
    int m = large.sales().callList().size();
    open(
        "cut-without-file",
        large,
        ReportOptions.defaults().withLocale(Locale.ENGLISH).withDashboardRows(4));
    assertEquals(4, callRows());
    assertEquals(
        "First 4 of "
            + String.format(Locale.US, "%,d", m)
            + " — the full list is call-list.csv, which this run did not write: run with"
            + " --formats csv (or raise --dashboard-rows).",
        cutLabel());
  }

  @Test
  void aCallListAtOrWithinTheLimitIsWholeAndUnlabelled() throws Exception {
    int m = sample.sales().callList().size();
    for (int n : new int[] {m, m + 1}) {
      open("whole-" + n, sample, ReportOptions.defaults().withDashboardRows(n));
      assertEquals("Показано " + m + " из " + m, callCount(), "rows with the limit " + n);
      assertEquals("", cutLabel(), "no label with the limit " + n);
    }
  }
}
