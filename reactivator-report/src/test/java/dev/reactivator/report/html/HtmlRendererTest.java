package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.html.internal.DashboardPage;
import dev.reactivator.report.html.internal.DashboardView;
import dev.reactivator.report.json.AnalysisJson;
import dev.reactivator.report.json.CustomerDetail;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {

  private static final Pattern DATA =
      Pattern.compile(
          "<script type=\"application/json\" id=\"rx-data\">(.*?)</script>", Pattern.DOTALL);
  private static final Pattern VIEW =
      Pattern.compile(
          "<script type=\"application/json\" id=\"rx-view\">(.*?)</script>", Pattern.DOTALL);

  private static String html(ReportInput input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlRenderer().render(input, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String dataBlock(String html) {
    return block(DATA, html);
  }

  private static String block(Pattern p, String html) {
    Matcher m = p.matcher(html);
    assertTrue(m.find(), "the page has its block " + p);
    return m.group(1);
  }

  @Test
  void serviceLoaderFindsTheRendererUnderHtml() {
    assertInstanceOf(HtmlRenderer.class, ReportRenderers.forFormat("html"));
    HtmlRenderer r = new HtmlRenderer();
    assertEquals("html", r.format());
    assertTrue(r.singleFile());
  }

  @Test
  void writesTheDashboardAndTheCsvOfEveryNonEmptySegment(@TempDir Path dir) {
    Analysis a = HtmlFixtures.seed();
    List<Path> files = new HtmlRenderer().render(HtmlFixtures.input(a), dir);
    assertEquals(dir.resolve("dashboard.html"), files.get(0));
    List<Path> expected = new ArrayList<>();
    expected.add(dir.resolve("dashboard.html"));
    for (Segment s : Segments.of(a)) {
      Path csv = dir.resolve(s.fileName());
      assertEquals(!s.isEmpty(), Files.exists(csv), s.key());
      if (!s.isEmpty()) {
        expected.add(csv);
      }
    }
    assertEquals(expected, files);
  }

  @Test
  void linksEverySegmentByItsCsvFileNameAndMarksEmptyOnes() throws Exception {
    Analysis a = HtmlFixtures.seed();
    JsonNode data = new ObjectMapper().readTree(dataBlock(html(HtmlFixtures.input(a))));
    Set<Integer> shown = indices(data);
    List<Segment> segments = Segments.of(a);
    assertEquals(segments.size(), data.path("segments").size());
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      JsonNode link = data.path("segments").get(i);
      assertEquals(s.key(), link.path("key").asText());
      assertEquals(!s.isEmpty(), link.has("file"), s.key());
      if (!s.isEmpty()) {
        assertEquals(s.fileName(), link.path("file").asText(), s.key());
      }
      List<Integer> embedded = new ArrayList<>();
      link.path("customers").forEach(c -> embedded.add(c.asInt()));
      assertEquals(s.customers().stream().filter(shown::contains).toList(), embedded, s.key());
    }
  }

  @Test
  void thePageCarriesTheQuotaChargedAndTheBalanceLeftUnlessUnlimited() throws Exception {
    JsonNode limited =
        new ObjectMapper()
            .readTree(dataBlock(html(HtmlFixtures.input(HtmlFixtures.seedWithQuota()))));
    assertEquals(6, limited.path("quota").path("charged").asLong());
    assertEquals(4351, limited.path("quota").path("left").asLong());
    // loaded with the default unlimited quota: charged its six customers, no balance to show
    JsonNode unlimited =
        new ObjectMapper().readTree(dataBlock(html(HtmlFixtures.input(HtmlFixtures.seed()))));
    assertEquals(6, unlimited.path("quota").path("charged").asLong());
    assertFalse(unlimited.path("quota").has("left"), unlimited.path("quota").toString());
  }

  @Test
  void thePurchaseProbabilityColumnIsNamedWithTheScoringHorizon() throws Exception {
    Analysis a = HtmlFixtures.seed();
    String html = html(HtmlFixtures.input(a));
    JsonNode data = new ObjectMapper().readTree(dataBlock(html));
    assertEquals(365, a.scored().options().horizonDays());
    assertEquals(365, data.path("horizonDays").asInt());
    assertTrue(html.contains("Покупка за {days} дн. (%)"), "the label the page fills in");
  }

  private static Set<Integer> indices(JsonNode document) {
    Set<Integer> out = new HashSet<>();
    document.path("customers").forEach(c -> out.add(c.path("index").asInt()));
    return out;
  }

  /**
   * The keys of a customer's entry at each page detail, as {@code docs/analysis-json.md} ("The
   * page's form") lists them: {@code "timing.daysSinceLast"} is a key of a nested object.
   */
  private static final Map<CustomerDetail, List<String>> PAGE_KEYS =
      Map.of(
          CustomerDetail.BUBBLE,
          List.of(
              "index",
              "pseudonym",
              "name",
              "phones",
              "emails",
              "customerIds",
              "purchases",
              "historicalLtv",
              "rfm.recencyDays",
              "rfm.code",
              "rfm.segment"),
          CustomerDetail.TABLE_ROW,
          List.of("lastPurchase", "churnProbability", "returnProbability", "timing.daysSinceLast"),
          CustomerDetail.CALL_ROW,
          List.of(
              "timing.daysOverdue",
              "timing.status",
              "nextBestProduct.product",
              "nextPurchase.product",
              "nextPurchase.probability",
              "sales.rank",
              "sales.priority",
              "sales.today",
              "sales.primaryChannel",
              "sales.secondaryChannel",
              "sales.tone",
              "sales.explanationKey",
              "messages.chain",
              "messages.product"));

  /** The file's entry cut to the keys of {@code detail} (every level's keys up to it). */
  private static ObjectNode pageEntry(ObjectNode file, CustomerDetail detail) {
    if (detail == CustomerDetail.FULL) {
      return file;
    }
    ObjectNode out = file.objectNode();
    for (CustomerDetail level : CustomerDetail.values()) {
      if (level == CustomerDetail.OMITTED || !detail.includes(level)) {
        continue;
      }
      for (String key : PAGE_KEYS.get(level)) {
        int dot = key.indexOf('.');
        if (dot < 0) {
          if (file.has(key)) {
            out.set(key, file.get(key));
          }
        } else {
          String parent = key.substring(0, dot);
          String child = key.substring(dot + 1);
          if (file.path(parent).has(child)) {
            ObjectNode nested =
                out.has(parent) ? (ObjectNode) out.get(parent) : out.putObject(parent);
            nested.set(child, file.get(parent).get(child));
          }
        }
      }
    }
    // the file's key order: the page writes its keys as a subsequence of the file's
    ObjectNode ordered = file.objectNode();
    file.fieldNames()
        .forEachRemaining(
            k -> {
              if (out.has(k)) {
                JsonNode v = out.get(k);
                if (v.isObject()) {
                  ObjectNode nested = ordered.putObject(k);
                  file.get(k)
                      .fieldNames()
                      .forEachRemaining(
                          c -> {
                            if (v.has(c)) {
                              nested.set(c, v.get(c));
                            }
                          });
                } else {
                  ordered.set(k, v);
                }
              }
            });
    return ordered;
  }

  @Test
  void thePageEmbedsAnalysisJsonKeyForKeyKeepingOnlyWhatItShows() throws Exception {
    ReportInput large = HtmlFixtures.input(HtmlFixtures.large());
    for (ReportInput input :
        List.of(
            HtmlFixtures.input(HtmlFixtures.sample()),
            HtmlFixtures.english(HtmlFixtures.seed()),
            large)) {
      ObjectMapper mapper = new ObjectMapper();
      JsonNode embedded = mapper.readTree(dataBlock(html(input)));
      ObjectNode expected =
          (ObjectNode) mapper.readTree(AnalysisJson.json(input.analysis(), input.summary()));
      DashboardView pageView =
          DashboardView.of(
              input.analysis(), input.options().locale(), input.options().dashboardRows());
      Set<Integer> shown = indices(embedded);
      ArrayNode customers = (ArrayNode) expected.get("customers");
      for (int i = customers.size() - 1; i >= 0; i--) {
        int c = customers.get(i).path("index").asInt();
        if (!shown.contains(c)) {
          customers.remove(i);
        } else {
          customers.set(i, pageEntry((ObjectNode) customers.get(i), pageView.details().apply(c)));
        }
      }
      int rows = pageView.rows();
      ArrayNode vip = (ArrayNode) expected.get("vipAtRisk");
      ArrayNode vipShown = vip.arrayNode();
      for (int i = 0; i < Math.min(vip.size(), rows); i++) {
        if (shown.contains(vip.get(i).asInt())) {
          vipShown.add(vip.get(i));
        }
      }
      expected.set("vipAtRisk", vipShown);
      for (JsonNode s : expected.get("segments")) {
        ArrayNode members = (ArrayNode) s.get("customers");
        ArrayNode kept = members.arrayNode();
        for (int i = 0; i < Math.min(members.size(), rows); i++) {
          if (shown.contains(members.get(i).asInt())) {
            kept.add(members.get(i));
          }
        }
        ObjectNode segment = (ObjectNode) s;
        segment.remove("customers");
        segment.put("size", members.size());
        segment.set("customers", kept);
      }
      // both compared as JSON text read back, so numbers compare by their written form
      assertEquals(
          mapper.readTree(mapper.writeValueAsString(expected)),
          embedded,
          "the embedded document is analysis.json in the page's form");
      assertEquals(
          mapper.writeValueAsString(mapper.readTree(mapper.writeValueAsString(expected))),
          mapper.writeValueAsString(embedded),
          "and in the file's key order");
      DashboardView view = DashboardView.of(input.analysis(), input.options().locale());
      for (int c = 0; c < input.analysis().base().size(); c++) {
        assertEquals(view.customers().test(c), shown.contains(c), "customer " + c);
      }
      var calls = input.analysis().sales().callList();
      for (int i = 0; i < Math.min(calls.size(), view.rows()); i++) {
        assertTrue(shown.contains(calls.get(i).index()), "call-list row " + i + " is embedded");
      }
      if (input.analysis().base().size() <= DashboardView.MAX_BUBBLES) {
        assertEquals(
            input.analysis().base().size(),
            shown.size(),
            "a small base is drawn whole as RFM bubbles");
      }
    }
    int size = large.analysis().base().size();
    int embedded = indices(new ObjectMapper().readTree(dataBlock(html(large)))).size();
    assertTrue(size > DashboardView.MAX_BUBBLES, "the large base exceeds the limits: " + size);
    assertTrue(
        embedded >= DashboardView.MAX_BUBBLES && embedded < size,
        "the page keeps a bounded set: " + embedded + " of " + size);
  }

  @Test
  void theViewHoldsWordsAndLimitsKeyedByTheCallListCustomers() throws Exception {
    Analysis a = HtmlFixtures.sample();
    JsonNode view = new ObjectMapper().readTree(block(VIEW, html(HtmlFixtures.input(a))));
    assertEquals("ru", view.path("locale").asText());
    assertEquals(
        ReportOptions.DEFAULT_DASHBOARD_ROWS, view.path("limits").path("callListRows").asInt());
    assertEquals(
        ReportOptions.DEFAULT_DASHBOARD_ROWS, view.path("limits").path("groupRows").asInt());
    assertEquals(DashboardPage.MAX_EMBEDDED_ROWS, view.path("limits").path("embeddedRows").asInt());
    assertEquals(DashboardView.MAX_BUBBLES, view.path("limits").path("bubbles").asInt());
    assertEquals(a.base().productCount(), view.path("products").asInt());
    assertEquals("Личный звонок", view.path("labels").path("channels").path("call").asText());
    var calls = a.sales().callList();
    assertEquals(
        Math.min(calls.size(), ReportOptions.DEFAULT_DASHBOARD_ROWS),
        view.path("customers").size());
    var words = dev.reactivator.report.internal.SalesWords.of(Locale.forLanguageTag("ru"));
    var first = calls.get(0);
    JsonNode w = view.path("customers").path(Integer.toString(first.index()));
    assertEquals(words.timing(first), w.path("timing").asText());
    assertEquals(words.deadline(first), w.path("deadline").asText());
    assertEquals(words.discount(first), w.path("discount").asText());
    view.path("customers")
        .forEach(
            x ->
                x.forEach(
                    v ->
                        assertTrue(
                            v.isTextual(), "the view's per-customer values are words: " + v)));
  }

  @Test
  void thePageIsSelfContained() {
    String html = html(HtmlFixtures.input(HtmlFixtures.seed()));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(
        Pattern.compile("<script[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "no external script");
    assertFalse(
        Pattern.compile("<link\\s", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "no external style sheet");
    assertTrue(html.contains(DashboardPage_echartsMarker()), "ECharts is inlined");
    assertTrue(html.contains("lang=\"ru\""));
  }

  private static String DashboardPage_echartsMarker() {
    String js = dev.reactivator.report.html.internal.DashboardPage.echarts();
    return js.substring(0, Math.min(200, js.length()));
  }

  @Test
  void customerStringsNeverAppearAsMarkup() throws Exception {
    String html = html(HtmlFixtures.input(HtmlFixtures.hostile()));
    assertFalse(html.contains("<script>window.__pwned"), "raw script payload");
    assertFalse(html.contains("<img src=x"), "raw attribute payload");
    String block = dataBlock(html);
    for (String ch : List.of("<", ">", "&", "\u2028", "\u2029")) {
      assertFalse(block.contains(ch), "the data block holds a raw " + ch);
    }
    JsonNode data = new ObjectMapper().readTree(block);
    List<String> names = new ArrayList<>();
    data.path("customers").forEach(r -> names.add(r.path("name").asText()));
    assertTrue(names.contains(HtmlFixtures.SCRIPT_NAME), names.toString());
    assertTrue(names.contains(HtmlFixtures.ATTRIBUTE_NAME), names.toString());
    assertTrue(names.contains(HtmlFixtures.SEPARATOR_NAME), names.toString());
    List<String> products = new ArrayList<>();
    data.path("productCohorts").path("rows").forEach(r -> products.add(r.path("key").asText()));
    assertTrue(
        products.contains(HtmlFixtures.SCRIPT_PRODUCT),
        "products survive the round trip: " + products);
  }

  @Test
  void absentWidgetsAreAbsentKeysWithTheirReason() throws Exception {
    Analysis a = HtmlFixtures.seed();
    JsonNode data = new ObjectMapper().readTree(dataBlock(html(HtmlFixtures.input(a))));
    assertFalse(data.path("finance").has("discountHarm"));
    List<String> widgets = new ArrayList<>();
    data.path("absences").forEach(x -> widgets.add(x.path("widget").asText()));
    assertEquals(a.absences().stream().map(x -> x.widget()).toList(), widgets);
    assertTrue(widgets.contains("discount-harm"));
  }

  @Test
  void englishLocaleSwitchesTheTexts() {
    String html = html(HtmlFixtures.english(HtmlFixtures.seed()));
    assertTrue(html.contains("lang=\"en\""));
    assertTrue(html.contains("\"tab.overview\":\"Overview\""));
    String ru = html(HtmlFixtures.input(HtmlFixtures.seed()));
    assertTrue(ru.contains("\"tab.overview\":\"Обзор\""));
    assertTrue(ru.contains("\"tab.sales\":\"Менеджеру продаж\""));
  }

  @Property(tries = 300)
  void scriptSafeJsonRoundTripsAnyStringWithoutRawHtmlCharacters(@ForAll String s)
      throws Exception {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("s", s);
    String json = DashboardPage.scriptSafeJson(new ObjectMapper().writeValueAsString(o));
    for (String ch : List.of("<", ">", "&", "\u2028", "\u2029")) {
      assertFalse(json.contains(ch));
    }
    assertEquals(s, new ObjectMapper().readTree(json).get("s").asText());
  }
}
