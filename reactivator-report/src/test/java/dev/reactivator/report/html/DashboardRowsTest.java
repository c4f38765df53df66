package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.html.internal.DashboardView;
import java.io.StringWriter;
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
