package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.abc.VipChurn;
import dev.reactivator.report.ReportInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In headless Chromium: on a base without «Дата покупки», complaints, tickets and discounts, every
 * widget or axis those columns switch off says so where it would be, naming the column, in Russian
 * and English; on the sample the VIP churn by month draws its chart and table. Skipped when
 * Chromium is missing, unless {@code CI} is set.
 */
class AbsenceNotesBrowserTest {
  private static final Path OUT = Path.of("target", "dashboard-absences");
  private static Chromium browser;

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
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static void open(String name, ReportInput input) throws Exception {
    Path dir = OUT.resolve(name);
    new HtmlRenderer().render(input, dir);
    int before = browser.errors().size();
    browser.navigate(dir.resolve(HtmlRenderer.FILE_NAME).toAbsolutePath().toUri());
    assertEquals(
        List.of(), browser.errors().subList(before, browser.errors().size()), "errors on " + name);
  }

  /** The visible notes (absent boxes) of widget {@code widget} on tab {@code tab}, as text. */
  private static String notes(String tab, String widget) {
    browser.evaluate("window.reactivatorDashboard.show('" + tab + "')");
    JsonNode r =
        browser.evaluate(
            """
        (function () {
          var w = document.querySelector('section.tab.active [data-widget=%s]');
          if (!w) { return { found: false, text: '' }; }
          var boxes = Array.from(w.querySelectorAll('.absent')).filter(function (b) {
            return b.offsetWidth > 0 && b.offsetHeight > 0; });
          return { found: true, text: boxes.map(function (b) { return b.textContent; }).join(' | ') };
        })()"""
                .formatted(widget));
    assertTrue(r.get("found").asBoolean(), tab + ": no widget " + widget);
    return r.get("text").asText();
  }

  private static void assertNames(String text, String where, String... columns) {
    for (String c : columns) {
      assertTrue(text.contains(c), where + " should name «" + c + "»: " + text);
    }
  }

  @Test
  void everyWidgetSwitchedOffByAMissingColumnSaysSoWhereItWouldBe() throws Exception {
    Analysis a = HtmlFixtures.noDates();
    assertTrue(a.isAbsent("vip-churn"), "fixture has no purchase dates");
    open("no-dates", HtmlFixtures.input(a));
    String date = "Дата покупки";
    assertNames(notes("overview", "nrr"), "the NRR", date);
    assertNames(notes("finance", "ltvCac"), "LTV vs CAC", date);
    assertNames(notes("finance", "discountHarm"), "the discount analyser", "Покупок со скидкой");
    assertNames(
        notes("finance", "discountElasticity"), "discount elasticity", "Покупок со скидкой");
    assertNames(
        notes("analytics", "radar"), "the radar", date, "Жалоб", "Обращений", "Покупок со скидкой");
    assertNames(notes("analytics", "cohorts"), "month cohorts", date);
    assertNames(notes("analytics", "productCohorts"), "product cohorts", date);
    assertNames(
        notes("analytics", "drivers"),
        "retention drivers",
        "Жалоб",
        "Обращений",
        "Покупок со скидкой");
    assertNames(notes("growth", "vipChurn"), "VIP churn by month", date);
    assertNames(notes("growth", "nbp"), "the product matrix", date);
    assertNames(
        notes("sales", "channels"), "the rule table", "Жалоб", "Обращений", "Покупок со скидкой");
    JsonNode vip =
        browser.evaluate(
            "document.querySelector('[data-widget=vipChurn]').getAttribute('data-absent')");
    assertEquals("true", vip.asText());
  }

  @Test
  void theEnglishPageNamesTheColumnsToo() throws Exception {
    open("no-dates-en", HtmlFixtures.english(HtmlFixtures.noDates()));
    String date = "Purchase date";
    assertNames(notes("growth", "vipChurn"), "VIP churn by month", date);
    assertNames(notes("growth", "nbp"), "the product matrix", date);
    assertNames(notes("analytics", "cohorts"), "month cohorts", date);
    assertNames(notes("finance", "ltvCac"), "LTV vs CAC", date);
  }

  @Test
  void withPurchaseDatesTheVipChurnDrawsItsChartAndTwelveMonthsAndNoModeNotes() throws Exception {
    Analysis sample = HtmlFixtures.sample();
    VipChurn v = sample.vipChurn().orElseThrow();
    open("sample-vip-churn", HtmlFixtures.input(sample));
    browser.evaluate("window.reactivatorDashboard.show('growth')");
    JsonNode w =
        browser.evaluate(
            """
        (function () {
          var w = document.querySelector('section.tab.active [data-widget=vipChurn]');
          var chart = w.querySelector('.chart');
          var c = chart ? chart.querySelector('canvas') : null;
          var rows = Array.from(w.querySelectorAll('table[data-table=vipChurn] tbody tr'));
          return { instance: !!(chart && echarts.getInstanceByDom(chart)), w: c ? c.width : 0,
                   h: c ? c.height : 0, rows: rows.length, first: rows[0].textContent,
                   badge: w.querySelector('h2 .badge').textContent,
                   modeNotes: document.querySelectorAll('[data-mode-note]').length };
        })()""");
    assertTrue(w.get("instance").asBoolean(), w.toString());
    assertTrue(w.get("w").asInt() > 0 && w.get("h").asInt() > 0, w.toString());
    assertEquals(VipChurn.MONTHS, w.get("rows").asInt(), w.toString());
    // newest month first, marked as counted up to the analysis date
    assertTrue(
        w.get("first").asText().startsWith(v.months().get(11).month().toString()), w.toString());
    assertTrue(w.get("first").asText().contains("до даты анализа"), w.toString());
    assertTrue(
        w.get("badge").asText().replace('\u00A0', ' ').contains(v.count() + " VIP"), w.toString());
    assertEquals(0, w.get("modeNotes").asInt(), "dated sample: no mode notes " + w);
    assertFalse(notes("growth", "vipChurn").contains("Дата покупки"));
  }
}
