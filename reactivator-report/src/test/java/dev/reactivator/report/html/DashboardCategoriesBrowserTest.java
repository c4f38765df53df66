package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportRenderer;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.csv.CsvRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "Категории товаров" widget in headless Chromium: with categories (the sample's products
 * mapped to their first word) its switch draws the cohort heat map, the category matrix and the
 * category rules; without categories it is absent and names the column that turns it on. Skipped
 * when Chromium is missing, unless {@code CI} is set.
 */
class DashboardCategoriesBrowserTest {
  private static final Path OUT = Path.of("target", "dashboard-categories");
  private static final Path SHOTS = Path.of("target", "dashboard-screenshots");
  private static Chromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> exe = Chromium.executable();
    if (exe.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("Chromium is required on CI (scripts/setup.sh installs it) but was not found");
      }
      Assumptions.abort("Chromium not found: browser tests skipped");
    }
    browser = Chromium.launch(exe.get(), 1366, 900);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Path sampleFile() {
    Path file = Path.of("..", "examples", "sample", "customers.csv");
    return Files.isRegularFile(file) ? file : Path.of("examples", "sample", "customers.csv");
  }

  private static Analysis categorised() {
    LocalDate asOf = LocalDate.of(2026, 1, 31);
    List<String> products = Reactivator.load(sampleFile()).asOf(asOf).base().productNames();
    Map<String, String> map = new HashMap<>();
    for (String p : products) {
      map.put(p, p.split(" ")[0]);
    }
    return Reactivator.load(sampleFile()).withCategories(map).asOf(asOf).score().segment();
  }

  private static void open(String name, ReportInput input) throws Exception {
    Path dir = OUT.resolve(name);
    new HtmlRenderer().render(input, dir);
    int before = browser.errors().size();
    browser.navigate(dir.resolve(HtmlRenderer.FILE_NAME).toAbsolutePath().toUri());
    browser.evaluate("window.reactivatorDashboard.show('growth')");
    assertEquals(List.of(), browser.errors().subList(before, browser.errors().size()), name);
  }

  @Test
  void theSwitchDrawsTheCohortsTheMatrixAndTheRulesByCategory() throws Exception {
    Analysis a = categorised();
    assertTrue(a.categories().isPresent());
    open("categorised", HtmlFixtures.input(a));
    String w = "document.querySelector('[data-widget=categories]')";
    assertEquals(
        "false", browser.evaluate("String(" + w + ".hasAttribute('data-absent'))").asText());
    assertTrue(
        browser
            .evaluate(
                "(function(){var c="
                    + w
                    + ".querySelector('.chart');"
                    + "return !!(c && echarts.getInstanceByDom(c) && c.querySelector('canvas'));})()")
            .asBoolean(),
        "the category cohort heat map is drawn");
    int cohortRows =
        browser
            .evaluate(w + ".querySelectorAll('[data-table=category-cohorts] tbody tr').length")
            .asInt();
    assertEquals(Math.min(10, a.categories().get().cohorts().rows().size()), cohortRows);
    browser.evaluate(w + ".scrollIntoView()");
    browser.screenshot(SHOTS.resolve("categories-1-cohorts.png"), 1366);
    browser.evaluate(w + ".querySelector('button[data-view=matrix]').click()");
    assertTrue(
        browser
                .evaluate(w + ".querySelectorAll('[data-table=category-matrix] tbody tr').length")
                .asInt()
            > 0,
        "the category matrix has rows");
    browser.evaluate(w + ".querySelector('button[data-view=rules]').click()");
    assertEquals(
        "rules",
        browser
            .evaluate(w + ".querySelector('[data-view=rules]').className === 'on' ? 'rules' : ''")
            .asText());
    browser.screenshot(SHOTS.resolve("categories-2-rules.png"), 1366);
    int rules = a.categories().get().rules().rules().size();
    int shown =
        browser
            .evaluate(w + ".querySelectorAll('[data-table=category-rules] tbody tr').length")
            .asInt();
    assertEquals(Math.min(10, rules), shown);
    browser.evaluate(w + ".querySelector('button[data-view=cohorts]').click()");
    assertTrue(
        browser
            .evaluate(
                "(function(){var c="
                    + w
                    + ".querySelector('.chart');"
                    + "return !!(c && echarts.getInstanceByDom(c));})()")
            .asBoolean(),
        "switching back draws the heat map again");
  }

  @Test
  void theFilesPanelLinksTheCategoryExportsByName() throws Exception {
    Path dir = OUT.resolve("run");
    Files.createDirectories(dir);
    List<ReportRenderer> renderers = List.of(new HtmlRenderer(), new CsvRenderer());
    ReportRenderers.renderAll(
        renderers, HtmlFixtures.input(categorised()), dir, List.of(), d -> {});
    int before = browser.errors().size();
    browser.navigate(dir.resolve(HtmlRenderer.FILE_NAME).toAbsolutePath().toUri());
    browser.evaluate("window.reactivatorDashboard.show('files')");
    assertEquals(List.of(), browser.errors().subList(before, browser.errors().size()));
    String text =
        browser.evaluate("document.querySelector('section.tab.active').textContent").asText();
    for (String label :
        List.of(
            "Когорты по первой категории (CSV)",
            "Матрица следующей категории (CSV)",
            "Правила «купили — докупают» по категориям (CSV)")) {
      assertTrue(text.contains(label), label);
    }
  }

  @Test
  void withoutCategoriesTheWidgetIsAbsentAndNamesTheColumn() throws Exception {
    open("plain", HtmlFixtures.input(HtmlFixtures.sample()));
    String w = "document.querySelector('[data-widget=categories]')";
    assertEquals(
        "true", browser.evaluate("String(" + w + ".hasAttribute('data-absent'))").asText());
    String text = browser.evaluate(w + ".textContent").asText();
    browser.screenshot(SHOTS.resolve("categories-3-absent.png"), 1366);
    assertTrue(text.contains("«Категория»"), text);
  }
}
