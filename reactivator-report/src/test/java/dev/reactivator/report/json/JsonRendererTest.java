package dev.reactivator.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.score.CustomerScore;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.finance.Finance;
import dev.reactivator.core.segment.lifecycle.CustomerLifecycle;
import dev.reactivator.core.segment.lifecycle.RevenueGrowth;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.narrative.CustomerMessage;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.Segments;
import dev.reactivator.report.csv.ReportSamples;
import dev.reactivator.report.internal.SalesWords;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRendererTest {

  /** A strict parser: no NaN or Infinity tokens, no duplicate keys, nothing after the document. */
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  @TempDir Path dir;

  private static JsonNode render(ReportInput input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonRenderer().render(input, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("NaN") || text.contains("Infinity"), "no non-finite numbers");
    try (JsonParser p = STRICT.createParser(text)) {
      return STRICT.readTree(p);
    }
  }

  private static void assertAllNumbersFinite(JsonNode n, String path) {
    if (n.isNumber()) {
      assertTrue(Double.isFinite(n.doubleValue()), path);
    } else if (n.isTextual()) {
      assertFalse(n.textValue().equals("NaN") || n.textValue().contains("Infinity"), path);
    }
    if (n.isObject()) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        assertAllNumbersFinite(n.get(k), path + "." + k);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        assertAllNumbersFinite(n.get(i), path + "[" + i + "]");
      }
    }
  }

  @Test
  void theSampleParsesStrictlyAndRoundTripsItsKeyValues() throws Exception {
    ReportInput input = ReportSamples.input();
    Analysis a = input.analysis();
    JsonNode root = render(input);
    assertAllNumbersFinite(root, "$");

    assertEquals(AnalysisJson.SCHEMA_VERSION, root.get("schemaVersion").intValue());
    assertEquals("2026-01-31", root.get("asOf").textValue());
    assertEquals(a.base().report().rowsRead(), root.at("/ingestion/rowsRead").intValue());
    assertEquals(a.overview().uniqueCustomers(), root.at("/overview/uniqueCustomers").intValue());
    assertEquals(
        a.overview().health().score(), root.at("/overview/health/score").doubleValue(), 1e-9);
    assertEquals(
        a.overview().revenueAtRisk().total(),
        root.at("/overview/revenueAtRisk/total").doubleValue(),
        1e-6);
    assertEquals(4, root.at("/overview/revenueAtRisk/buckets").size());
    assertEquals(a.roi().orElseThrow().netProfit(), root.at("/roi/netProfit").doubleValue(), 1e-6);
    var fit = a.scored().model().orElseThrow();
    assertEquals(
        fit.purchases().parameters().r(),
        root.at("/model/purchaseModel/parameters/r").doubleValue(),
        1e-12);
    assertEquals(
        fit.purchases().quality().name().toLowerCase().replace('_', '-'),
        root.at("/model/purchaseModel/quality").textValue());
    var attempts = root.at("/model/purchaseModel/attempts");
    assertEquals(fit.purchases().attempts().size(), attempts.size());
    assertEquals(
        root.at("/model/purchaseModel/quality").textValue(),
        attempts.get(attempts.size() - 1).get("quality").textValue());
    assertEquals(
        fit.spend().parameters().q(),
        root.at("/model/spendModel/parameters/q").doubleValue(),
        1e-12);
    assertEquals(a.cohorts().rows().size(), root.at("/cohorts/rows").size());
    assertEquals(a.cohorts().months() + 1, root.at("/cohorts/rows/0/retention").size());
    assertEquals(a.absences().size(), root.get("absences").size());
    assertEquals(Segments.of(a).size(), root.get("segments").size());
    assertEquals(a.drivers().size(), root.get("drivers").size());

    JsonNode summary = root.get("executiveSummary");
    assertEquals("offline", summary.get("writer").textValue());
    assertFalse(summary.has("fallbackReason"));
    assertEquals(6, summary.get("sections").size());
    assertEquals("big-picture", summary.at("/sections/0/kind").textValue());
    assertEquals("Глобальные выводы", summary.at("/sections/0/title").textValue());
    assertEquals(input.summary().chains().size(), summary.get("chains").size());

    JsonNode customers = root.get("customers");
    assertEquals(a.base().size(), customers.size());
    int withMessages = 0;
    for (int c = 0; c < a.base().size(); c++) {
      JsonNode n = customers.get(c);
      CustomerScore s = a.scored().score(c);
      assertEquals(c, n.get("index").intValue());
      assertEquals(s.pseudonym(), n.get("pseudonym").textValue());
      assertEquals(a.base().name(c).orElse(null), n.has("name") ? n.get("name").textValue() : null);
      assertEquals(a.base().customer(c).phones().size(), n.get("phones").size());
      assertEquals(s.churnProbability(), n.get("churnProbability").doubleValue(), 1e-12);
      assertEquals(s.clv(), n.get("clv").doubleValue(), 1e-9);
      assertEquals(s.riskLevel().name().toLowerCase(), n.get("riskLevel").textValue());
      assertEquals(a.rfm().code(c), n.at("/rfm/code").textValue());
      withMessages += n.has("messages") ? 1 : 0;
    }
    CallListRow first = a.sales().callList().get(0);
    assertEquals(
        first.priorityScore(), customers.get(first.index()).at("/sales/priorityScore").intValue());
    long expected =
        a.sales().callList().stream()
            .filter(r -> CustomerMessage.of(a, input.summary(), r).isPresent())
            .count();
    assertEquals(expected, withMessages);
  }

  @Test
  void theDiscountElasticityIsTheCoreValueWithItsIntervals() throws Exception {
    ReportInput input = ReportSamples.input();
    Finance.DiscountHarm h = input.analysis().finance().discountHarm().orElseThrow();
    JsonNode e = render(input).at("/finance/discountElasticity");
    assertEquals(
        h.group(DiscountProfile.Kind.SENSITIVE).count(), e.get("sensitiveCustomers").intValue());
    assertEquals(0.95, e.get("level").doubleValue());
    assertEquals(h.effects().size(), e.get("effects").size());
    for (int i = 0; i < h.effects().size(); i++) {
      Finance.DiscountEffect x = h.effects().get(i);
      JsonNode j = e.get("effects").get(i);
      assertEquals(x.metric(), j.get("metric").textValue());
      assertEquals(
          x.sensitive(), j.get("sensitive").doubleValue(), 1e-9 * (1 + Math.abs(x.sensitive())));
      assertEquals(x.others(), j.get("others").doubleValue(), 1e-9 * (1 + Math.abs(x.others())));
      assertEquals(
          x.interval().low(),
          j.get("low").doubleValue(),
          1e-9 * (1 + Math.abs(x.interval().low())));
      assertEquals(
          x.interval().high(),
          j.get("high").doubleValue(),
          1e-9 * (1 + Math.abs(x.interval().high())));
      assertEquals(x.p(), j.get("p").doubleValue(), 1e-12);
    }
  }

  @Test
  void theLifecycleIsTheCoreValueAndEachCustomerCarriesItsStage() throws Exception {
    ReportInput input = ReportSamples.input();
    CustomerLifecycle l = input.analysis().lifecycle();
    JsonNode root = render(input);
    JsonNode j = root.get("lifecycle");
    assertEquals(l.stages().size(), j.get("stages").size());
    int sum = 0;
    for (int i = 0; i < l.stages().size(); i++) {
      assertEquals(l.stages().get(i).key(), j.get("stages").get(i).get("key").textValue());
      assertEquals(l.stages().get(i).size(), j.get("stages").get(i).get("customers").intValue());
      sum += j.get("stages").get(i).get("customers").intValue();
    }
    assertEquals(input.analysis().base().size(), sum);
    RevenueGrowth g = l.growth().orElseThrow();
    assertEquals(g.arpu().orElseThrow(), j.get("arpu").doubleValue(), 1e-9 * g.revenue());
    assertEquals(g.upsellShare().orElseThrow(), j.get("upsellShare").doubleValue(), 1e-12);
    assertEquals(g.existingCustomers(), j.get("existingCustomers").intValue());
    assertEquals(l.earlyWarnings().size(), j.get("earlyWarnings").size());
    assertEquals(l.warned().size(), j.get("warnedCustomers").intValue());
    for (JsonNode c : root.get("customers")) {
      int index = c.get("index").intValue();
      JsonNode cl = c.get("lifecycle");
      assertEquals(l.stage(index).orElseThrow().key(), cl.get("stage").textValue());
      assertEquals(l.distinctProducts(index), cl.get("distinctProducts").intValue());
      assertEquals(l.earlyWarnings(index).size(), cl.get("earlyWarnings").size());
    }
  }

  @Test
  void aReaderThatFillsTheTemplatesGetsEveryCustomersTextsExactly() throws Exception {
    for (ReportOptions options :
        List.of(ReportOptions.defaults(), ReportOptions.defaults().withLocale(Locale.ENGLISH))) {
      Analysis a = ReportSamples.sample();
      ReportInput input = ReportSamples.input(a, options);
      JsonNode root = render(input);
      JsonNode filled = STRICT.readTree(AnalysisJson.withTexts(root.toString())).get("customers");
      SalesWords words = SalesWords.of(options.locale());
      int messages = 0;
      for (CallListRow row : a.sales().callList()) {
        JsonNode n = filled.get(row.index());
        assertEquals(words.explanation(row), n.at("/sales/explanation").textValue());
        assertFalse(root.get("customers").get(row.index()).at("/sales").has("explanation"));
        var m = CustomerMessage.of(a, input.summary(), row);
        assertEquals(m.isPresent(), n.has("messages"));
        if (m.isPresent()) {
          messages++;
          assertEquals(m.get().firstMessage(), n.at("/messages/firstMessage").textValue());
          assertEquals(m.get().secondMessage(), n.at("/messages/secondMessage").textValue());
          assertEquals(m.get().firstChannel().key(), n.at("/messages/firstChannel").textValue());
          assertEquals(m.get().secondChannel().key(), n.at("/messages/secondChannel").textValue());
        }
      }
      assertTrue(messages > 0, "the sample has merged messages");
    }
  }

  @Test
  void theFileHasOneLinePerCustomer() throws Exception {
    ReportInput input = ReportSamples.input();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonRenderer().render(input, out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    long customerLines = lines.stream().filter(l -> l.startsWith("    {\"index\":")).count();
    assertEquals(input.analysis().base().size(), customerLines);
    assertTrue(lines.contains("  \"schemaVersion\": 2,"), "top-level keys one a line");
  }

  @Test
  void aTinyBaseStillGivesValidJson() throws Exception {
    InMemorySource src =
        new InMemorySource()
            .add("c1", "79001112233", null, "Один", "Товар", 100, LocalDate.of(2025, 12, 1));
    Analysis a = Reactivator.load(src).asOf(LocalDate.of(2026, 1, 31)).score().segment();
    ReportInput input =
        new ReportInput(
            a, ReportSamples.summary(a, ReportOptions.RUSSIAN), ReportOptions.defaults());
    JsonNode root = render(input);
    assertAllNumbersFinite(root, "$");
    assertEquals(1, root.get("customers").size());
  }

  @Test
  void theBaseOnlyDocumentIsUnchanged() throws Exception {
    JsonNode root = STRICT.readTree(AnalysisJson.json(ReportSamples.sample().base()));
    assertEquals(
        List.of(
            "schemaVersion",
            "asOf",
            "currency",
            "asOfBasis",
            "lastPurchase",
            "daysAfterLastPurchase",
            "warnings",
            "ingestion",
            "quota"),
        iterable(root.fieldNames()));
    assertEquals("given", root.get("asOfBasis").asText());
    assertEquals("RUB", root.get("currency").asText());
    assertEquals(0, root.get("warnings").size());
  }

  @Test
  void writesAnalysisJsonIntoTheDirectoryAndIsInstalled() throws Exception {
    List<Path> files = new JsonRenderer().render(ReportSamples.input(), dir);
    assertEquals(List.of(dir.resolve("analysis.json")), files);
    assertTrue(STRICT.readTree(Files.readString(files.get(0))).has("customers"));
    assertInstanceOf(JsonRenderer.class, ReportRenderers.forFormat("json"));
    assertTrue(new JsonRenderer().singleFile());
  }

  private static List<String> iterable(Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void theStreamedDocumentEqualsTheTreeAndAFilterBoundsOnlyTheCustomerLists() throws Exception {
    ReportInput input = ReportSamples.input();
    Analysis a = input.analysis();
    JsonNode streamed = render(input);
    assertEquals(
        STRICT.readTree(AnalysisJson.json(a, input.summary())),
        streamed,
        "the streamed file equals the tree, value by value");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var g = STRICT.getFactory().createGenerator(out)) {
      AnalysisJson.write(a, input.summary(), c -> c % 10 == 0, g);
    }
    JsonNode bounded = STRICT.readTree(out.toByteArray());
    JsonNode customers = bounded.get("customers");
    assertEquals((a.base().size() + 9) / 10, customers.size());
    for (int i = 0; i < customers.size(); i++) {
      assertEquals(
          streamed.get("customers").get(10 * i), customers.get(i), "an entry is written whole");
    }
    for (int i = 0; i < bounded.get("segments").size(); i++) {
      JsonNode full = streamed.get("segments").get(i);
      JsonNode shown = bounded.get("segments").get(i);
      assertEquals(full.get("key"), shown.get("key"));
      List<Integer> expected = new java.util.ArrayList<>();
      full.get("customers")
          .forEach(
              c -> {
                if (c.intValue() % 10 == 0) {
                  expected.add(c.intValue());
                }
              });
      List<Integer> actual = new java.util.ArrayList<>();
      shown.get("customers").forEach(c -> actual.add(c.intValue()));
      assertEquals(expected, actual, full.get("key").asText());
    }
    assertEquals(
        streamed.get("overview"),
        bounded.get("overview"),
        "the rest of the document is as in the file");
    assertEquals(streamed.get("executiveSummary"), bounded.get("executiveSummary"));
  }
}
