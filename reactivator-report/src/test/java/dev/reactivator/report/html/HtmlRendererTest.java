package dev.reactivator.report.html;

import dev.reactivator.core.segment.Analysis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.html.internal.DashboardPage;
import java.util.HashSet;
import java.util.Set;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {

  private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"rx-data\">(.*?)</script>", Pattern.DOTALL);

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

  private static Set<Integer> indices(JsonNode document) {
    Set<Integer> out = new HashSet<>();
    document.path("customers").forEach(c -> out.add(c.path("index").asInt()));
    return out;
  }

  @Test
  void thePageIsSelfContained() {
    String html = html(HtmlFixtures.input(HtmlFixtures.seed()));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(Pattern.compile("<script[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no external script");
    assertFalse(Pattern.compile("<link\\s", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no external style sheet");
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
    assertTrue(products.contains(HtmlFixtures.SCRIPT_PRODUCT), "products survive the round trip: " + products);
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
  void scriptSafeJsonRoundTripsAnyStringWithoutRawHtmlCharacters(@ForAll String s) throws Exception {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("s", s);
    String json = DashboardPage.scriptSafeJson(new ObjectMapper().writeValueAsString(o));
    for (String ch : List.of("<", ">", "&", "\u2028", "\u2029")) {
      assertFalse(json.contains(ch));
    }
    assertEquals(s, new ObjectMapper().readTree(json).get("s").asText());
  }
}
