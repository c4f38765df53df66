package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Glossary;
import dev.reactivator.core.segment.finance.RoiInputs;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.finance.RoiSimulator;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.html.internal.DashboardView;
import dev.reactivator.report.internal.GlossaryLabels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the rendered dashboards in real headless Chromium (over the DevTools protocol): no console
 * error or uncaught exception, every chart of every tab drawn on a non-empty canvas, the ROI
 * simulator computing exactly what core's {@link RoiSimulator} computes, hostile names inert. Saves
 * a PNG of each tab to {@code target/dashboard-screenshots/}. Skipped when Chromium is missing,
 * unless {@code CI} is set.
 */
class HtmlDashboardBrowserTest {

  private static final int WIDTH = 1440;
  private static final Path OUT = Path.of("target", "dashboard-test");
  private static final Path SHOTS = Path.of("target", "dashboard-screenshots");
  private static final List<String> TABS =
      List.of("overview", "finance", "analytics", "growth", "sales", "summary", "files");

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
    browser = Chromium.launch(exe.get(), WIDTH, 1000);
    sample = HtmlFixtures.sample();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Path open(String name, ReportInput input) throws Exception {
    Path dir = OUT.resolve(name);
    new HtmlRenderer().render(input, dir);
    Path page = dir.resolve(HtmlRenderer.FILE_NAME).toAbsolutePath();
    int before = browser.errors().size();
    browser.navigate(page.toUri());
    assertEquals(
        List.of(),
        browser.errors().subList(before, browser.errors().size()),
        "errors while loading " + name);
    return page;
  }

  private static void checkEveryTab(String name) throws Exception {
    int before = browser.errors().size();
    int n = 0;
    for (String tab : TABS) {
      browser.evaluate("window.reactivatorDashboard.show('" + tab + "')");
      JsonNode charts =
          browser.evaluate(
              """
          Array.from(document.querySelectorAll('section.tab.active .chart')).map(function (el) {
            var inst = echarts.getInstanceByDom(el);
            var c = el.querySelector('canvas');
            return { widget: el.closest('[data-widget]').getAttribute('data-widget'), instance: !!inst,
                     w: c ? c.width : 0, h: c ? c.height : 0, visible: el.offsetWidth > 0 && el.offsetHeight > 0 };
          })""");
      for (JsonNode c : charts) {
        assertTrue(
            c.get("instance").asBoolean(),
            name + "/" + tab + ": chart of " + c.get("widget") + " has no ECharts instance");
        assertTrue(
            c.get("visible").asBoolean(),
            name + "/" + tab + ": chart of " + c.get("widget") + " is not visible");
        assertTrue(
            c.get("w").asInt() > 0 && c.get("h").asInt() > 0,
            name + "/" + tab + ": chart of " + c.get("widget") + " has an empty canvas " + c);
      }
      assertTrue(charts.size() > 0, name + "/" + tab + " has no chart");
      browser.screenshot(SHOTS.resolve(name + "-" + (++n) + "-" + tab + ".png"), WIDTH);
      assertTrue(
          Files.size(SHOTS.resolve(name + "-" + n + "-" + tab + ".png")) > 10_000,
          "screenshot of " + tab + " is empty");
    }
    assertEquals(
        List.of(),
        browser.errors().subList(before, browser.errors().size()),
        "errors on the tabs of " + name);
  }

  @Test
  void sampleBaseDrawsEveryChartOfEveryTabWithoutErrors() throws Exception {
    open("sample", HtmlFixtures.input(sample));
    checkEveryTab("sample");
  }

  @Test
  void theNextPurchaseIsSummedUpInTheGrowthTabAndShownInTheCallList() throws Exception {
    open("sample-next", HtmlFixtures.input(sample));
    browser.evaluate("window.reactivatorDashboard.show('growth')");
    String summary =
        browser.evaluate("document.querySelector('[data-widget=nbp]').textContent").asText();
    var rec = sample.nextBestProducts().recommendations();
    assertTrue(
        summary.contains(
            "тот же товар снова (продление, дозаказ) — "
                + rec.nextPurchaseCount(dev.reactivator.core.segment.nbp.ProposalRule.REPEAT)
                + " клиентов"),
        summary);
    var holdout = sample.nextBestProducts().holdout().orElseThrow();
    assertTrue(
        summary.contains(
            "Проверка на вашей истории: по покупкам до 24.04.2025 модель угадала первым предложением"
                + " следующую покупку "
                + holdout.evaluatedCustomers()
                + " вернувшихся"),
        summary);
    browser.evaluate("window.reactivatorDashboard.show('sales')");
    String calls =
        browser.evaluate("document.querySelector('[data-widget=callList]').textContent").asText();
    var first = sample.sales().callList().get(0);
    String product = rec.nextPurchase(first.index()).orElseThrow().productName();
    assertTrue(calls.contains("Следующая покупка: " + product), calls.substring(0, 600));
  }

  @Test
  void seedExampleDrawsItsChartsAndExplainsWhatIsAbsent() throws Exception {
    Analysis seed = HtmlFixtures.seed();
    open("seed", HtmlFixtures.input(seed));
    checkEveryTab("seed");
    browser.evaluate("window.reactivatorDashboard.show('finance')");
    JsonNode absent =
        browser.evaluate(
            "Array.from(document.querySelectorAll('[data-absent=true]')).map(function (w) { return w.getAttribute('data-widget'); })");
    assertTrue(
        absent.toString().contains("discountHarm"),
        "the discount analyser is hidden with a note: " + absent);
    JsonNode text =
        browser.evaluate(
            "document.querySelector('[data-widget=discountHarm] .absent').textContent");
    assertTrue(text.asText().contains("Покупок со скидкой"), text.asText());
  }

  @Test
  void discountElasticityDrawsItsChartTableAndSegmentLinkInFinance() throws Exception {
    open("sample-elasticity", HtmlFixtures.input(sample));
    browser.evaluate("window.reactivatorDashboard.show('finance')");
    JsonNode w =
        browser.evaluate(
            """
        (function () {
          var w = document.querySelector('section.tab.active [data-widget=discountElasticity]');
          var chart = w.querySelector('.chart');
          var c = chart ? chart.querySelector('canvas') : null;
          var link = w.querySelector('[data-segment="discount/sensitive"]');
          return { instance: !!(chart && echarts.getInstanceByDom(chart)), w: c ? c.width : 0,
                   rows: w.querySelectorAll('table[data-table=discountElasticity] tbody tr').length,
                   first: w.querySelector('table[data-table=discountElasticity] tbody tr').textContent,
                   link: link ? link.textContent : '', title: w.querySelector('h2').textContent };
        })()""");
    var h = sample.finance().discountHarm().orElseThrow();
    assertTrue(w.get("instance").asBoolean() && w.get("w").asInt() > 0, w.toString());
    assertEquals(h.effects().size(), w.get("rows").asInt(), w.toString());
    assertTrue(w.get("first").asText().startsWith("LTV"), w.toString());
    int sensitive = h.group(dev.reactivator.core.score.DiscountProfile.Kind.SENSITIVE).count();
    assertTrue(
        w.get("link").asText().replace('\u00A0', ' ').endsWith(" " + sensitive), w.toString());
    assertTrue(
        w.get("title").asText().contains(sensitive + "\u00A0со скидкой")
            || w.get("title").asText().contains(sensitive + " со скидкой"),
        w.toString());
  }

  @Test
  void lifecycleStagesAndEarlyWarningsDrawWithTheirCoreCountsAndSegmentLinks() throws Exception {
    open("sample-lifecycle", HtmlFixtures.input(sample));
    browser.evaluate("window.reactivatorDashboard.show('growth')");
    JsonNode w =
        browser.evaluate(
            """
        (function () {
          var w = document.querySelector('section.tab.active [data-widget=lifecycle]');
          var chart = w.querySelector('.chart');
          var c = chart ? chart.querySelector('canvas') : null;
          return { instance: !!(chart && echarts.getInstanceByDom(chart)), w: c ? c.width : 0,
                   links: Array.from(w.querySelectorAll('[data-segment^="lifecycle/"]')).map(function (a) { return a.textContent; }),
                   arpu: w.querySelector('[data-kpi=arpu] .value').textContent,
                   upsell: w.querySelector('[data-kpi=upsell-share] .value').textContent };
        })()""");
    var l = sample.lifecycle();
    assertTrue(w.get("instance").asBoolean() && w.get("w").asInt() > 0, w.toString());
    assertEquals(l.stages().size(), w.get("links").size(), w.toString());
    for (int i = 0; i < l.stages().size(); i++) {
      assertTrue(
          w.get("links")
              .get(i)
              .asText()
              .replace('\u00A0', ' ')
              .endsWith(" " + l.stages().get(i).size()),
          w.toString());
    }
    assertTrue(w.get("arpu").asText().endsWith("₽"), w.toString());
    assertTrue(w.get("upsell").asText().endsWith("%"), w.toString());
    browser.evaluate("window.reactivatorDashboard.show('analytics')");
    JsonNode e =
        browser.evaluate(
            """
        (function () {
          var w = document.querySelector('section.tab.active [data-widget=earlyWarnings]');
          var chart = w.querySelector('.chart');
          return { instance: !!(chart && echarts.getInstanceByDom(chart)),
                   links: w.querySelectorAll('[data-segment^="early-warning/"]').length };
        })()""");
    assertTrue(e.get("instance").asBoolean(), e.toString());
    assertEquals(l.earlyWarnings().size(), e.get("links").asInt(), e.toString());
  }

  @Test
  void withoutPurchaseDatesTheLifecycleIsHiddenNamingTheColumn() throws Exception {
    java.time.LocalDate asOf = java.time.LocalDate.of(2026, 1, 31);
    Analysis noDates =
        Analysis.of(
            dev.reactivator.core.score.Scoring.score(
                dev.reactivator.core.segment.Rows.withoutDates()
                    .add(
                        "79990000001",
                        "Ольга",
                        "A",
                        10_000,
                        asOf.minusDays(400),
                        asOf.minusDays(900))
                    .add(
                        "79990000001",
                        "Ольга",
                        "B",
                        12_000,
                        asOf.minusDays(400),
                        asOf.minusDays(900))
                    .add("79990000002", "Олег", "A", 5_000, asOf.minusDays(30), asOf.minusDays(200))
                    .add("79990000003", "Ирина", "B", 7_000, asOf.minusDays(3), asOf.minusDays(3))
                    .asOf(asOf)));
    open("nodates-lifecycle", HtmlFixtures.input(noDates));
    browser.evaluate("window.reactivatorDashboard.show('growth')");
    JsonNode text =
        browser.evaluate("document.querySelector('[data-widget=lifecycle] .absent').textContent");
    assertTrue(text.asText().contains("Дата покупки"), text.asText());
  }

  @Test
  void seedExampleHidesTheDiscountElasticityNamingTheColumn() throws Exception {
    open("seed-elasticity", HtmlFixtures.input(HtmlFixtures.seed()));
    browser.evaluate("window.reactivatorDashboard.show('finance')");
    JsonNode text =
        browser.evaluate(
            "document.querySelector('[data-widget=discountElasticity] .absent').textContent");
    assertTrue(text.asText().contains("Покупок со скидкой"), text.asText());
  }

  @Test
  void everySharedGroupIsNamedWithItsGlossaryLabelNeverItsKey() throws Exception {
    open("sample-glossary", HtmlFixtures.input(sample));
    StringBuilder text = new StringBuilder();
    for (String tab : TABS) {
      browser.evaluate("window.reactivatorDashboard.show('" + tab + "')");
      text.append(
              browser.evaluate("document.querySelector('section.tab.active').innerText").asText())
          .append('\n');
    }
    String page = text.toString();
    GlossaryLabels labels = GlossaryLabels.of(java.util.Locale.forLanguageTag("ru"));
    for (Glossary g : Glossary.values()) {
      // every group but at-risk has a download button named by its label; at-risk names the
      // radar's and the ROI simulator's badges
      assertTrue(page.contains(labels.label(g)), g.key() + " is named «" + labels.label(g) + "»");
      assertFalse(page.contains(g.key() + " "), "the raw key " + g.key() + " is shown");
    }
    assertTrue(
        page.contains(labels.label(Glossary.AT_RISK) + ": "),
        "the radar and ROI badges name the customers at risk");
  }

  @Test
  void everySegmentHasADownloadLinkToItsCsvAndEmptyOnesAreDisabled() throws Exception {
    Path page = open("sample-links", HtmlFixtures.input(sample));
    JsonNode links =
        browser.evaluate(
            """
        (function () {
          var out = [];
          function collect() {
            document.querySelectorAll('a[data-segment]').forEach(function (a) {
              out.push({ key: a.getAttribute('data-segment'), href: a.getAttribute('href'), disabled: a.classList.contains('disabled') });
            });
          }
          collect();
          document.querySelectorAll('.pager').forEach(function (p) {
            var next = p.querySelectorAll('button')[1];
            for (var i = 0; i < 1000 && !next.disabled; i++) { next.click(); collect(); }
          });
          return out;
        })()""");
    java.util.Map<String, JsonNode> byKey = new java.util.HashMap<>();
    links.forEach(l -> byKey.putIfAbsent(l.get("key").asText(), l));
    for (Segment s : Segments.of(sample)) {
      JsonNode l = byKey.get(s.key());
      assertTrue(l != null, "no download link for segment " + s.key());
      assertEquals(s.isEmpty(), l.get("disabled").asBoolean(), s.key());
      if (s.isEmpty()) {
        assertTrue(l.get("href").isNull(), "an empty segment's link has no target: " + s.key());
      } else {
        assertEquals(s.fileName(), l.get("href").asText(), s.key());
        assertTrue(
            Files.isRegularFile(page.getParent().resolve(l.get("href").asText())),
            "the CSV beside the page: " + s.key());
      }
    }
  }

  @Test
  void aBaseLargerThanTheDisplayLimitsDrawsItsBoundedRows() throws Exception {
    Analysis large = HtmlFixtures.large();
    open("large", HtmlFixtures.input(large));
    checkEveryTab("large");
    browser.evaluate("window.reactivatorDashboard.show('growth')");
    assertTrue(
        browser
            .evaluate("document.querySelector('[data-widget=rfm] p.muted') !== null")
            .asBoolean(),
        "the RFM map says it draws only the largest spenders");
    int drawn =
        browser
            .evaluate(
                """
        echarts.getInstanceByDom(document.querySelector('[data-widget=rfm] .chart')).getOption().series
          .reduce(function (n, s) { return n + s.data.length; }, 0)""")
            .asInt();
    assertEquals(Math.min(large.base().size(), DashboardView.MAX_BUBBLES), drawn);
  }

  @Test
  void englishDashboardRendersWithoutErrors() throws Exception {
    open("sample-en", HtmlFixtures.english(sample));
    browser.evaluate("window.reactivatorDashboard.show('overview')");
    assertEquals(
        "Overview",
        browser.evaluate("document.querySelector('nav.tabs button').textContent").asText());
    checkEveryTab("sample-en");
  }

  @Test
  void theHeaderShowsTheQuotaLeftAndChargedAsTheManualDoes() throws Exception {
    open("seed-quota", HtmlFixtures.input(HtmlFixtures.seedWithQuota()));
    String text =
        browser
            .evaluate("document.querySelector('header.top [data-quota=limited]').textContent")
            .asText()
            .replaceAll("[\\s\u00a0\u202f]", " ");
    assertEquals("Остаток лимита: 4 351 · списано за этот анализ: 6 (уникальных клиентов)", text);
    open("sample-quota", HtmlFixtures.english(sample));
    assertEquals(
        "Unlimited quota · charged for this analysis: 421 (unique customers)",
        browser
            .evaluate("document.querySelector('header.top [data-quota=unlimited]').textContent")
            .asText());
  }

  @Test
  void roiSimulatorInThePageComputesExactlyWhatCoreComputes() throws Exception {
    open("sample-roi", HtmlFixtures.input(sample));
    browser.evaluate("window.reactivatorDashboard.show('finance')");
    RoiInputs defaults = sample.roi().orElseThrow().inputs();
    double[][] cases = {
      {100, 3.5, 0, defaults.touchBase()},
      {5, 12.5, 500, defaults.touchBase()},
      {250, 0.7, 1999.99, 37},
      {0, 0, 0, 0},
      {33.3, 100, 12_345.6, 1},
    };
    for (double[] k : cases) {
      browser.evaluate(
          """
          (function (v) {
            var ids = ['costPerTouch', 'conversion', 'offerCost', 'touchBase'];
            ids.forEach(function (id, i) {
              var el = document.getElementById('roi-' + id);
              el.value = String(v[i]);
              el.dispatchEvent(new Event('input', { bubbles: true }));
            });
          })(%s)"""
              .formatted("[" + k[0] + "," + k[1] + "," + k[2] + "," + (int) k[3] + "]"));
      RoiResult expected =
          RoiSimulator.simulate(
              new RoiInputs(
                  (int) k[3], k[0], k[1] / 100, k[2], defaults.averageCheck(), defaults.cac()));
      JsonNode js =
          browser.evaluate(
              """
          (function () {
            var o = {};
            ['converted', 'budget', 'discounts', 'revenue', 'net', 'roi', 'acquisition', 'savings'].forEach(function (k) {
              o[k] = document.getElementById('roi-out-' + k).getAttribute('data-value');
            });
            return o;
          })()""");
      String at = " for inputs " + java.util.Arrays.toString(k);
      assertEquals(
          expected.convertedClients(), js.get("converted").asDouble(), 0, "converted" + at);
      assertEquals(expected.touchBudget(), js.get("budget").asDouble(), 0, "budget" + at);
      assertEquals(expected.discounts(), js.get("discounts").asDouble(), 0, "discounts" + at);
      assertEquals(expected.revenue(), js.get("revenue").asDouble(), 0, "revenue" + at);
      assertEquals(expected.netProfit(), js.get("net").asDouble(), 0, "net profit" + at);
      assertEquals(
          expected.acquisitionCost(), js.get("acquisition").asDouble(), 0, "acquisition" + at);
      assertEquals(
          expected.savingsVsAcquisition(), js.get("savings").asDouble(), 0, "savings" + at);
      if (expected.roiPercent().isPresent()) {
        assertEquals(expected.roiPercent().getAsDouble(), js.get("roi").asDouble(), 0, "ROI" + at);
      } else {
        assertEquals("", js.get("roi").asText(), "ROI is undefined without cost" + at);
      }
    }
    JsonNode bars =
        browser.evaluate(
            "echarts.getInstanceByDom(document.querySelector('[data-widget=roi] .chart')).getOption().series[0].data.map(function (d) { return d.value; })");
    RoiResult last =
        RoiSimulator.simulate(
            new RoiInputs(1, 33.3, 1.0, 12_345.6, defaults.averageCheck(), defaults.cac()));
    assertEquals(
        last.touchBudget(), bars.get(0).asDouble(), 0, "the budget bar follows the inputs");
    assertEquals(
        last.netProfit(), bars.get(3).asDouble(), 0, "the net-profit bar follows the inputs");
  }

  @Test
  void financeCardsWaterfallAndSummaryFollowTheSimulatorsOneCampaign() throws Exception {
    open("sample-campaign", HtmlFixtures.input(sample));
    browser.evaluate("window.reactivatorDashboard.show('finance')");
    RoiResult roi = sample.roi().orElseThrow();
    assertEquals(
        roi.revenue(), sample.finance().waterfall().savedRevenue(), 0, "core: one campaign");
    String savedBar =
        "echarts.getInstanceByDom(document.querySelector('[data-widget=waterfall] .chart'))"
            + ".getOption().series[1].data[2].raw";
    assertEquals(roi.revenue(), browser.evaluate(savedBar).asDouble(), 1e-6);
    String savedCard = "document.querySelector('[data-kpi=saved] .value').textContent";
    String netCard = "document.querySelector('[data-kpi=roi-net] .value').textContent";
    String before = browser.evaluate(savedCard).asText();
    String netBefore = browser.evaluate(netCard).asText();
    String savedNote =
        browser.evaluate("document.querySelector('[data-kpi=saved] .note').textContent").asText();
    assertTrue(savedNote.startsWith("Симулятор ROI: вернутся ≈"), savedNote);
    assertFalse(savedNote.contains("Доля спасения"), "no fixed save rate: " + savedNote);
    JsonNode converted =
        browser.evaluate("document.getElementById('roi-out-converted').textContent");
    // 269 × 3.5 % = 9.415 expected returning customers: whole people, marked as an estimate
    assertEquals("≈\u00A09", converted.asText());

    browser.evaluate(
        """
        (function () {
          var el = document.getElementById('roi-conversion');
          el.value = '10';
          el.dispatchEvent(new Event('input', { bubbles: true }));
        })()""");
    RoiResult ten = RoiSimulator.simulate(roi.inputs().withConversion(0.10));
    assertEquals(ten.revenue(), browser.evaluate(savedBar).asDouble(), 1e-6, "the saved bar");
    assertNotEquals(before, browser.evaluate(savedCard).asText(), "the saved card follows");
    assertNotEquals(netBefore, browser.evaluate(netCard).asText(), "the net-profit card follows");
    assertTrue(
        browser
            .evaluate("document.querySelector('[data-kpi=saved] .note').textContent")
            .asText()
            .contains("≈\u00A026"),
        "269 × 10 % = 26.9 returning: ≈ 26");
    browser.evaluate("window.reactivatorDashboard.show('summary')");
    JsonNode pot =
        browser.evaluate(
            "echarts.getInstanceByDom(document.querySelector('[data-widget=potential] .chart'))"
                + ".getOption().series[0].data.map(function (d) { return d.value; })");
    assertEquals(ten.revenue(), pot.get(1).asDouble(), 1e-6, "the summary's saved bar");
    assertEquals(ten.netProfit(), pot.get(2).asDouble(), 1e-6, "the summary's net bar");
  }

  @Test
  void nrrWaterfallShowsFourNamedStepsThatAddUpAndDefinesThem() throws Exception {
    open("sample-nrr", HtmlFixtures.input(sample));
    browser.evaluate("window.reactivatorDashboard.show('overview')");
    JsonNode opt =
        browser.evaluate(
            """
        (function () {
          var o = echarts.getInstanceByDom(document.querySelector('[data-widget=nrr] .chart')).getOption();
          return { labels: o.xAxis[0].data, raw: o.series[1].data.map(function (d) { return d.raw; }),
                   more: document.querySelector('[data-widget=nrr] details').textContent };
        })()""");
    assertEquals(
        "[\"Текущая база\",\"Рост\",\"Сокращение\",\"Отток\",\"Прогноз выручки\"]",
        opt.get("labels").toString());
    var n = sample.overview().nrr();
    JsonNode raw = opt.get("raw");
    assertEquals(n.currentBase(), raw.get(0).asDouble(), 1e-6);
    assertEquals(n.expansion(), raw.get(1).asDouble(), 1e-6);
    assertEquals(-n.contraction(), raw.get(2).asDouble(), 1e-6);
    assertEquals(-n.churn(), raw.get(3).asDouble(), 1e-6);
    assertEquals(n.projected(), raw.get(4).asDouble(), 1e-6);
    assertEquals(
        n.projected(),
        raw.get(0).asDouble()
            + raw.get(1).asDouble()
            + raw.get(2).asDouble()
            + raw.get(3).asDouble(),
        1e-6 * n.currentBase());
    assertTrue(n.churn() <= n.currentBase(), "the churn bar stays inside the base");
    String more = opt.get("more").asText();
    for (String bar :
        List.of("Текущая база —", "Рост —", "Сокращение —", "Отток —", "Прогноз выручки —")) {
      assertTrue(more.contains(bar), "the widget defines «" + bar + "»: " + more);
    }
    assertFalse(
        browser
            .evaluate("document.querySelector('[data-widget=revenueAtRisk] .how').textContent")
            .asText()
            .contains("Исторический чек"),
        "revenue at risk is described as what it is computed from");
  }

  @Test
  void radarHasAPercentScale() throws Exception {
    open("sample-radar", HtmlFixtures.input(sample));
    browser.evaluate("window.reactivatorDashboard.show('analytics')");
    JsonNode r =
        browser.evaluate(
            """
        (function () {
          var o = echarts.getInstanceByDom(document.querySelector('[data-widget=radar] .chart')).getOption().radar[0];
          return { show: o.axisLabel.show, label: o.axisLabel.formatter(0.2), max: o.indicator[0].max,
                   maxes: o.indicator.map(function (i) { return i.max; }), rings: o.splitNumber,
                   note: document.querySelector('[data-widget=radar]').textContent };
        })()""");
    assertTrue(r.get("show").asBoolean(), "the rings are labelled");
    assertEquals("20\u00A0%", r.get("label").asText());
    double max = r.get("max").asDouble();
    double top =
        sample.scoreAnalytics().radar().axes().stream()
            .mapToDouble(x -> Math.max(x.meanStrength(), x.meanStrengthAtRisk()))
            .max()
            .orElseThrow();
    assertTrue(max >= top && max <= 1 && max - top < 0.2 + 1e-9, max + " for " + top);
    for (JsonNode m : r.get("maxes")) {
      assertEquals(max, m.asDouble(), 0, "one scale for every axis");
    }
    assertTrue(r.get("note").asText().contains("0 до 100"), "the scale is documented");
  }

  @Test
  void withoutPurchaseDatesTheCohortsAreAnActiveSpanNotRetention() throws Exception {
    Analysis basic = HtmlFixtures.sampleWithoutDates();
    open("sample-no-dates", HtmlFixtures.input(basic));
    browser.evaluate("window.reactivatorDashboard.show('analytics')");
    for (String id : List.of("cohorts", "productCohorts")) {
      JsonNode w =
          browser.evaluate(
              """
          (function (id) {
            var w = document.querySelector('[data-widget=' + id + ']');
            return { mode: w.getAttribute('data-mode'), title: w.querySelector('h2 span').textContent,
                     text: w.textContent };
          })('%s')"""
                  .formatted(id));
      assertEquals("active-span", w.get("mode").asText());
      String title = w.get("title").asText();
      assertTrue(title.startsWith("Срок активности") && title.contains("не удержание"), title);
      assertFalse(title.contains("Retention"), title);
      assertTrue(w.get("text").asText().contains("Клиент с одной покупкой активен только в M0"));
    }
    browser.evaluate("window.reactivatorDashboard.show('finance')");
    assertTrue(
        browser
            .evaluate("document.querySelector('[data-widget=ltvCac] h2 span').textContent")
            .asText()
            .contains("без дат покупок"));
    checkEveryTab("sample-no-dates");
  }

  @Test
  void hostileNamesAndProductsStayText() throws Exception {
    open("hostile", HtmlFixtures.input(HtmlFixtures.hostile()));
    checkEveryTab("hostile");
    assertEquals(
        "undefined", browser.evaluate("typeof window.__pwned").asText(), "injected script ran");
    assertEquals(
        0,
        browser.evaluate("document.querySelectorAll('#app img, #app script').length").asInt(),
        "markup from data reached the DOM");
    browser.evaluate("window.reactivatorDashboard.show('sales')");
    String text =
        browser.evaluate("document.querySelector('[data-table=callList]').textContent").asText();
    assertTrue(text.contains(HtmlFixtures.SCRIPT_NAME), "the script-like name is shown as text");
    assertTrue(
        text.contains(HtmlFixtures.ATTRIBUTE_NAME), "the attribute-breaking name is shown as text");
    assertFalse(browser.evaluate("document.title").asText().contains("pwned"));

    StringBuilder tooltips = new StringBuilder();
    for (String tab : TABS) {
      browser.evaluate("window.reactivatorDashboard.show('" + tab + "')");
      tooltips.append(
          browser
              .evaluate(
                  """
          (function () {
            var texts = [];
            document.querySelectorAll('section.tab.active .chart').forEach(function (el) {
              var inst = echarts.getInstanceByDom(el);
              (inst.getOption().series || []).forEach(function (s, si) {
                var n = Math.min((s.data || []).length, 50);
                for (var i = 0; i < n; i++) {
                  inst.dispatchAction({ type: 'showTip', seriesIndex: si, dataIndex: i });
                  texts.push(el.textContent);
                }
              });
              inst.dispatchAction({ type: 'hideTip' });
            });
            return texts.join('\\n');
          })()""")
              .asText());
    }
    assertTrue(
        tooltips.toString().contains(HtmlFixtures.SCRIPT_NAME),
        "tooltips show the script-like name as text");
    assertTrue(
        tooltips.toString().contains(HtmlFixtures.ATTRIBUTE_NAME),
        "tooltips show the attribute-breaking name as text");
    assertEquals(
        0,
        browser.evaluate("document.querySelectorAll('img').length").asInt(),
        "a tooltip turned data into markup");
    assertEquals(
        7,
        browser.evaluate("document.scripts.length").asInt(),
        "only the page's own seven script elements (texts, data, view, run, files, ECharts, app)");
    assertEquals(
        "undefined",
        browser.evaluate("typeof window.__pwned").asText(),
        "injected script ran from a tooltip");
    assertEquals(List.of(), browser.errors(), "errors while hovering");
  }
}
