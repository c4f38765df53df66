package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.html.internal.DashboardPage;
import dev.reactivator.report.html.internal.DashboardView;
import dev.reactivator.report.json.CustomerDetail;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The dashboard's row limit ({@link ReportOptions#dashboardRows()}) on the sample base: every
 * customer list keeps its first {@code min(M, N)} customers, the call list's words and the page's
 * limits say {@code N}, below, at and above each list's size {@code M}.
 */
class DashboardRowsTest {

  private static final Analysis SAMPLE = HtmlFixtures.sample();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ExecutiveSummary SUMMARY = HtmlFixtures.input(SAMPLE).summary();

  private static JsonNode viewBlock(DashboardView view) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      view.write(g);
    }
    return JSON.readTree(out.toString());
  }

  /** The sizes that matter: 1, and each list's size M with M - 1 and M + 1. */
  private static int[] aroundTheListSizes() {
    int calls = SAMPLE.sales().callList().size();
    int vip = SAMPLE.vipAtRisk().customers().size();
    return IntStream.of(1, calls - 1, calls, calls + 1, vip - 1, vip, vip + 1)
        .filter(n -> n >= 1)
        .toArray();
  }

  private static void check(int n) throws Exception {
    DashboardView view = DashboardView.of(SAMPLE, Locale.forLanguageTag("ru"), n);
    JsonNode block = viewBlock(view);
    var calls = SAMPLE.sales().callList();
    assertEquals(n, block.path("limits").path("callListRows").asInt());
    assertEquals(n, block.path("limits").path("groupRows").asInt());
    assertEquals(DashboardView.MAX_BUBBLES, block.path("limits").path("bubbles").asInt());
    assertEquals(Math.min(calls.size(), n), block.path("customers").size(), "call-list words");
    for (int i = 0; i < Math.min(calls.size(), n); i++) {
      int c = calls.get(i).index();
      assertTrue(view.customers().test(c), "call-list row " + i + " with N = " + n);
      assertTrue(block.path("customers").has(Integer.toString(c)), "words of row " + i);
    }
    List<List<Integer>> lists =
        List.of(
            SAMPLE.vipAtRisk().customers(),
            SAMPLE.whales().whales().group().customers(),
            SAMPLE.whales().cooling().group().customers(),
            SAMPLE.whales().active().group().customers());
    for (List<Integer> list : lists) {
      for (int i = 0; i < Math.min(list.size(), n); i++) {
        assertTrue(view.customers().test(list.get(i)), "row " + i + " with N = " + n);
      }
    }
    checkDocument(view, n);
  }

  /**
   * The page's document with limit {@code n}: {@code vipAtRisk} is the first {@code min(M, n)} VIP
   * customers, each segment lists its shown members among its first {@code n} and says its full
   * size {@code M} (what the "first N of M" labels read), a whale group lists exactly its first
   * {@code min(M, n)}, and only call-list rows within {@code n} carry {@code sales}.
   */
  private static void checkDocument(DashboardView view, int n) throws Exception {
    JsonNode doc = JSON.readTree(DashboardPage.document(SAMPLE, SUMMARY, view));
    List<Integer> vip = SAMPLE.vipAtRisk().customers();
    assertEquals(ints(vip.subList(0, Math.min(vip.size(), n))), ints(doc.path("vipAtRisk")));
    List<Segment> segments = Segments.of(SAMPLE);
    assertEquals(segments.size(), doc.path("segments").size());
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      JsonNode link = doc.path("segments").get(i);
      assertEquals(s.customers().size(), link.path("size").asInt(), s.key());
      List<Integer> expected =
          s.customers().subList(0, Math.min(s.customers().size(), n)).stream()
              .filter(c -> view.customers().test(c))
              .toList();
      assertEquals(expected, ints(link.path("customers")), s.key() + " with N = " + n);
      if (s.widget().equals("whales") || s.widget().equals("vip")) {
        assertEquals(Math.min(s.customers().size(), n), expected.size(), s.key() + " is whole");
      }
    }
    var calls = SAMPLE.sales().callList();
    int withSales = 0;
    for (JsonNode c : doc.path("customers")) {
      if (c.has("sales")) {
        withSales++;
        assertTrue(c.path("sales").path("rank").asInt() <= n, c.toString());
        assertEquals(
            CustomerDetail.CALL_ROW, view.details().apply(c.path("index").asInt()), c.toString());
      }
    }
    assertEquals(Math.min(calls.size(), n), withSales, "call-list rows embedded with N = " + n);
  }

  private static List<Integer> ints(Iterable<?> values) {
    List<Integer> out = new ArrayList<>();
    for (Object v : values) {
      out.add(v instanceof JsonNode j ? j.asInt() : (Integer) v);
    }
    return out;
  }

  @Example
  void eachListKeepsItsFirstRowsBelowAtAndAboveItsSize() throws Exception {
    assertTrue(SAMPLE.sales().callList().size() > 1, "the sample has a call list");
    assertTrue(SAMPLE.vipAtRisk().customers().size() > 1, "the sample has VIP at risk");
    for (int n : aroundTheListSizes()) {
      check(n);
    }
  }

  @Property(tries = 40)
  void anyLimitKeepsTheFirstRowsOfEveryList(@ForAll @IntRange(min = 1, max = 1500) int n)
      throws Exception {
    check(n);
  }

  @Example
  void theOptionDefaultsToOneThousandAndRejectsLessThanOne() {
    assertEquals(1000, ReportOptions.defaults().dashboardRows());
    assertEquals(7, ReportOptions.defaults().withDashboardRows(7).dashboardRows());
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> ReportOptions.defaults().withDashboardRows(0));
    assertEquals("dashboardRows must be at least 1, got 0", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> DashboardView.of(SAMPLE, Locale.ENGLISH, 0),
        "the view checks its limit too");
  }
}
