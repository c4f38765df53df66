package dev.reactivator.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.csv.ReportSamples;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ExecutiveChartsTest {

  private static final double EPS = 1e-9;

  private static <T extends ExecutiveChart> T chart(ExecutiveContent c, String key, Class<T> t) {
    return t.cast(c.charts().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow());
  }

  @Test
  void theSixChartsShowTheAnalysisValuesTheDashboardShows() {
    ReportInput input = ReportSamples.input();
    Analysis a = input.analysis();
    Overview o = a.overview();
    ExecutiveContent c = ExecutiveContent.of(input);
    assertEquals("Графики", c.chartsTitle());
    assertEquals(
        List.of("health", "revenueAtRisk", "nrr", "funnel", "structure", "cohorts"),
        c.charts().stream().map(ExecutiveChart::key).toList());

    var health = chart(c, "health", ExecutiveChart.Bars.class);
    assertEquals(o.health().score(), health.bars().get(0).value(), EPS);
    assertEquals(100 * o.health().activity(), health.bars().get(1).value(), EPS);
    assertEquals(100 * o.health().repeatRate(), health.bars().get(2).value(), EPS);
    assertEquals(100 * o.health().retention(), health.bars().get(3).value(), EPS);
    assertEquals(OptionalDouble.of(50), health.marker(), "the default alarm threshold");
    assertTrue(health.horizontal());
    ExecutiveContent.Numbers num = new ExecutiveContent.Numbers(ReportOptions.RUSSIAN, "₽");
    assertEquals(num.decimal(o.health().score(), 0), health.bars().get(0).valueLabel());
    assertEquals(num.percent(o.health().activity()), health.bars().get(1).valueLabel());
    assertEquals(c.figures().get(1).value(), health.bars().get(0).valueLabel(), "the key figure");

    var risk = chart(c, "revenueAtRisk", ExecutiveChart.Bars.class);
    assertEquals(
        List.of("Низкий риск", "Средний риск", "Высокий риск", "Критический риск"),
        risk.bars().stream().map(ExecutiveChart.Bar::label).toList());
    for (int i = 0; i < 4; i++) {
      assertEquals(
          o.revenueAtRisk().buckets().get(i).revenueAtRisk(), risk.bars().get(i).value(), EPS);
    }

    var nrr = chart(c, "nrr", ExecutiveChart.Waterfall.class);
    assertEquals(o.nrr().currentBase(), nrr.steps().get(0).value(), EPS);
    assertEquals(o.nrr().expansion(), nrr.steps().get(1).value(), EPS);
    assertEquals(-o.nrr().contraction(), nrr.steps().get(2).value(), EPS);
    assertEquals(-o.nrr().churn(), nrr.steps().get(3).value(), EPS);
    assertEquals(o.nrr().projected(), nrr.steps().get(4).value(), EPS);
    assertEquals(
        List.of(true, false, false, false, true),
        nrr.steps().stream().map(ExecutiveChart.Step::total).toList());
    // the steps lead from the current base to the projection, and the churn bar stays inside it
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      sum += nrr.steps().get(i).value();
    }
    assertEquals(o.nrr().projected(), sum, 1e-6 * o.nrr().currentBase());
    assertTrue(o.nrr().churn() <= o.nrr().currentBase());
    assertTrue(nrr.note().contains("отток"), nrr.note());

    var funnel = chart(c, "funnel", ExecutiveChart.Bars.class);
    assertEquals(
        a.funnel().nodes().stream().map(n -> (double) n.count()).toList(),
        funnel.bars().stream().map(ExecutiveChart.Bar::value).toList());
    // the sample's funnel: 421 first buyers, 258 second, 159 third; 258 / 421 = 61.28 %,
    // 159 / 258 = 61.63 %
    assertEquals(
        List.of(421.0, 258.0, 159.0),
        funnel.bars().stream().limit(3).map(ExecutiveChart.Bar::value).toList());
    assertEquals(
        "Доля дошедших до 2-й покупки: 61,3\u00A0%, от 2-й до 3-й: 61,6\u00A0%.", funnel.note());

    var structure = chart(c, "structure", ExecutiveChart.PairedBars.class);
    assertEquals(o.riskStructure().size(), structure.pairs().size());
    for (int i = 0; i < structure.pairs().size(); i++) {
      assertEquals(o.riskStructure().get(i).count(), structure.pairs().get(i).first(), EPS);
      assertEquals(o.riskStructure().get(i).revenue(), structure.pairs().get(i).second(), EPS);
    }

    var cohorts = chart(c, "cohorts", ExecutiveChart.Heatmap.class);
    List<CohortRow> rows = a.cohorts().rows();
    int shown = Math.min(ExecutiveContent.HEATMAP_ROWS, rows.size());
    assertEquals(shown, cohorts.rows().size());
    assertEquals(a.cohorts().months() + 1, cohorts.columns().size());
    CohortRow last = rows.get(rows.size() - 1);
    assertTrue(cohorts.rows().get(shown - 1).startsWith(last.key()), "the latest cohort last");
    assertEquals(last.retention().get(0), cohorts.cells().get(shown - 1).get(0));
  }

  @Test
  void moneyLabelsCarryTheRubleSignAndSignedStepsTheirSign() {
    ExecutiveContent c = ExecutiveContent.of(ReportSamples.input());
    var nrr = chart(c, "nrr", ExecutiveChart.Waterfall.class);
    assertTrue(
        nrr.steps().get(0).valueLabel().endsWith("\u00A0₽"), nrr.steps().get(0).valueLabel());
    assertTrue(nrr.steps().get(2).valueLabel().startsWith("−"), nrr.steps().get(2).valueLabel());
    ExecutiveContent.Numbers num = new ExecutiveContent.Numbers(ReportOptions.RUSSIAN, "₽");
    assertEquals("+1\u00A0235\u00A0₽", num.signedMoney(1234.5));
    assertEquals("−1\u00A0234\u00A0₽", num.signedMoney(-1234.4));
    assertEquals("0\u00A0₽", num.signedMoney(0.2));
    for (ExecutiveContent.Figure f : c.figures()) {
      assertFalse(f.value().contains("руб"), f.value());
      assertFalse(f.note().contains("руб"), f.note());
    }
  }

  @Test
  void englishChartsUseTheEnglishBundle() {
    ExecutiveContent c =
        ExecutiveContent.of(
            ReportSamples.input(
                ReportSamples.sample(), ReportOptions.defaults().withLocale(Locale.ENGLISH)));
    assertEquals("Charts", c.chartsTitle());
    assertEquals("Customer base health index", c.charts().get(0).title());
    assertEquals("Retention funnel", chart(c, "funnel", ExecutiveChart.Bars.class).title());
  }

  @Test
  void aHeatmapChecksThatEveryRowHasOneCellPerColumn() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ExecutiveChart.Heatmap(
                "k",
                "t",
                "",
                List.of("a"),
                List.of("M0", "M1"),
                List.of(List.of(OptionalDouble.of(1))),
                List.of(List.of("100 %"))));
  }

  @Test
  void theChainsTableNamesEverySegmentOfATemplateInOneRow() {
    ExecutiveContent c = ExecutiveContent.of(ReportSamples.input());
    ExecutiveContent.Table chains = c.tables().get(c.tables().size() - 1);
    List<List<String>> touches = chains.rows().stream().map(r -> r.subList(1, r.size())).toList();
    assertEquals(touches.size(), touches.stream().distinct().count(), "no template twice");
    List<String> tones = chains.rows().stream().map(r -> r.get(1)).toList();
    List<String> grouped = new java.util.ArrayList<>();
    for (String t : tones) {
      if (grouped.isEmpty() || !grouped.get(grouped.size() - 1).equals(t)) {
        grouped.add(t);
      }
    }
    assertEquals(grouped.size(), grouped.stream().distinct().count(), "one block per tone");
    // every (segment, tone, channel) group of the summary is named in a row of its texts
    ReportInput input = ReportSamples.input();
    assertTrue(chains.rows().size() <= input.summary().chains().size());
    List<String> order = List.of("Чемпионы", "Постоянные", "Угасающие", "Потерянные");
    for (List<String> r : chains.rows()) {
      List<String> named = List.of(r.get(0).split(", "));
      List<String> sorted = new java.util.ArrayList<>(named);
      sorted.sort(java.util.Comparator.comparingInt(order::indexOf));
      assertEquals(sorted, named, "segments in the seed's order");
    }
  }
}
