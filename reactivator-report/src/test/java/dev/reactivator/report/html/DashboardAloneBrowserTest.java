package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportRenderer;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.csv.CsvRenderer;
import dev.reactivator.report.csv.SegmentCsv;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard rendered alone (to a stream, with no file beside it) in the real headless Chromium:
 * no link points at a file that is not there; every segment CSV is an embedded download equal, byte
 * for byte, to the file the CSV renderer writes, or — on a protected page, which holds no contact
 * in clear — a note saying how to get the file; and with the CSV renderer first the links point at
 * the files as before. Skipped when Chromium is missing, unless {@code CI} is set.
 */
class DashboardAloneBrowserTest {

  private static final Path OUT = Path.of("target", "dashboard-alone");

  /**
   * Every download element of every tab and table page: {@code href}, {@code segment}, {@code
   * embedded} (the file an embedded link downloads), {@code missing} (the file a note stands for)
   * and {@code title}.
   */
  private static final String COLLECT =
      """
      (function () {
        var out = [];
        function collect() {
          document.querySelectorAll('a[href], [data-segment]').forEach(function (a) {
            out.push({ href: a.getAttribute('href'), segment: a.getAttribute('data-segment'),
                       embedded: a.getAttribute('data-embedded'), missing: a.getAttribute('data-missing'),
                       download: a.getAttribute('download'), title: a.title || '' });
          });
        }
        %s.forEach(function (tab) {
          window.reactivatorDashboard.show(tab);
          collect();
          document.querySelectorAll('section.tab.active .pager').forEach(function (p) {
            var next = p.querySelectorAll('button')[1];
            for (var i = 0; i < 1000 && !next.disabled; i++) { next.click(); collect(); }
          });
        });
        return out;
      })()"""
          .formatted("['overview', 'finance', 'analytics', 'growth', 'sales', 'summary', 'files']");

  /** {@link #COLLECT} without paging the tables (a large base has hundreds of pages). */
  private static final String COLLECT_FIRST_PAGES =
      COLLECT.replace(
          "for (var i = 0; i < 1000 && !next.disabled; i++)", "for (var i = 0; i < 0; i++)");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Chromium browser;
  private static Analysis sample;

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> exe = Chromium.executable();
    if (exe.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("Chromium is required on CI (scripts/setup.sh installs it) but was not found");
      }
      Assumptions.abort("Chromium not found: browser tests skipped");
    }
    browser = Chromium.launch(exe.get(), 1366, 768);
    sample = HtmlFixtures.sample();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Renders {@code renderer} to a byte stream and saves only the page, as a web service would. */
  private static Path alone(String name, HtmlRenderer renderer, ReportInput input)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(input, out);
    Path dir = Files.createDirectories(OUT.resolve(name));
    Path page = dir.resolve(HtmlRenderer.FILE_NAME);
    Files.write(page, out.toByteArray());
    open(page);
    return page;
  }

  private static void open(Path page) {
    int before = browser.errors().size();
    browser.navigate(page.toAbsolutePath().toUri());
    assertEquals(
        List.of(), browser.errors().subList(before, browser.errors().size()), "errors on " + page);
  }

  /** The first element collected for each segment key. */
  private static Map<String, JsonNode> bySegment(JsonNode elements) {
    Map<String, JsonNode> out = new HashMap<>();
    elements.forEach(
        e -> {
          if (!e.get("segment").isNull()) {
            out.putIfAbsent(e.get("segment").asText(), e);
          }
        });
    return out;
  }

  /** No link of the page points at a file that is not beside it. */
  private static void assertNoLinkToAMissingFile(Path page, JsonNode elements) {
    for (JsonNode e : elements) {
      if (e.get("href").isNull()) {
        continue;
      }
      String href = e.get("href").asText();
      if (href.startsWith("blob:") || href.startsWith("#")) {
        continue;
      }
      assertTrue(
          Files.isRegularFile(page.getParent().resolve(href)),
          "the page links a file that is not beside it: " + href);
    }
  }

  @Test
  void renderedAloneEverySegmentCsvIsAnEmbeddedDownloadEqualToTheCsvFile() throws Exception {
    ReportInput input = HtmlFixtures.input(sample);
    Path page = alone("stream", new HtmlRenderer(), input);
    JsonNode elements = browser.evaluate(COLLECT);
    assertNoLinkToAMissingFile(page, elements);
    Map<String, JsonNode> links = bySegment(elements);
    int embedded = 0;
    for (Segment s : Segments.of(sample)) {
      JsonNode l = links.get(s.key());
      assertTrue(l != null, "no download for segment " + s.key());
      assertTrue(l.get("missing").isNull(), "the sample's segments are all embedded: " + s.key());
      if (s.isEmpty()) {
        assertTrue(l.get("href").isNull(), s.key());
        continue;
      }
      embedded++;
      assertEquals(s.fileName(), l.get("embedded").asText(), s.key());
      assertTrue(l.get("href").asText().startsWith("blob:"), l.toString());
      String name = s.fileName().substring(s.fileName().lastIndexOf('/') + 1);
      assertEquals(name, l.get("download").asText(), "saved under the file's own name");
    }
    assertTrue(embedded > 20, "embedded segments: " + embedded);

    // clicking the link saves the bytes the CSV renderer writes for the segment (BOM included)
    Path downloads = Files.createDirectories(OUT.resolve("downloads").toAbsolutePath());
    ObjectNode behaviour = JSON.createObjectNode();
    behaviour.put("behavior", "allow");
    behaviour.put("downloadPath", downloads.toString());
    browser.call("Page.setDownloadBehavior", behaviour);
    for (Segment s :
        List.of(first(sample, "risk/"), first(sample, "rfm/"), first(sample, "abc/"))) {
      String name = s.fileName().substring(s.fileName().lastIndexOf('/') + 1);
      Path saved = downloads.resolve(name);
      Files.deleteIfExists(saved);
      browser.evaluate(
          "document.querySelector('a[data-embedded=\"" + s.fileName() + "\"]').click()");
      ByteArrayOutputStream want = new ByteArrayOutputStream();
      SegmentCsv.write(input, s, want);
      assertTrue(
          arrives(saved, want.size()), "the download of " + s.key() + " did not arrive: " + saved);
      assertArrayEquals(want.toByteArray(), Files.readAllBytes(saved), s.key());
    }

    // a base within the limit gets the whole CSV export embedded: the final CSV, the call list and
    // the tables are downloads of the exports tab, byte for byte the CSV renderer's files
    Path csv = OUT.resolve("csv-reference");
    new CsvRenderer().render(input, csv);
    List<String> topLevel = new ArrayList<>();
    try (Stream<Path> files = Files.list(csv)) {
      files.filter(Files::isRegularFile).forEach(f -> topLevel.add(f.getFileName().toString()));
    }
    browser.evaluate("window.reactivatorDashboard.show('files')");
    JsonNode exports =
        browser.evaluate(
            "Array.from(document.querySelectorAll('#exports a[data-export]')).map(function (a) {"
                + " return { file: a.getAttribute('data-export'), embedded: a.getAttribute('data-embedded'),"
                + " href: a.getAttribute('href') }; })");
    List<String> listed = new ArrayList<>();
    for (JsonNode e : exports) {
      listed.add(e.get("file").asText());
      assertEquals(e.get("file").asText(), e.get("embedded").asText(), e.toString());
      assertTrue(e.get("href").asText().startsWith("blob:"), e.toString());
    }
    assertEquals(new TreeSet<>(topLevel), new TreeSet<>(listed));
    assertEquals("customers.csv", listed.get(0), "the final CSV first");
    for (String f : List.of("customers.csv", "call-list.csv")) {
      Path saved = downloads.resolve(f);
      Files.deleteIfExists(saved);
      browser.evaluate("document.querySelector('#exports a[data-export=\"" + f + "\"]').click()");
      byte[] want = Files.readAllBytes(csv.resolve(f));
      assertTrue(arrives(saved, want.length), "the download of " + f + " did not arrive");
      assertArrayEquals(want, Files.readAllBytes(saved), f);
    }
    String notes = notes();
    assertTrue(notes.contains("--formats"), notes);
    assertTrue(notes.contains("встроены в страницу"), notes);
    assertFalse(notes.contains("Не включены"), "everything is embedded: " + notes);
  }

  @Test
  void aBaseOverTheLimitEmbedsTheSmallSegmentsAndSaysHowToGetTheRest() throws Exception {
    Analysis large = HtmlFixtures.large();
    Path page = alone("large-stream", new HtmlRenderer(), HtmlFixtures.input(large));
    JsonNode elements = browser.evaluate(COLLECT_FIRST_PAGES);
    assertNoLinkToAMissingFile(page, elements);
    Map<String, JsonNode> links = bySegment(elements);
    int missing = 0;
    int embedded = 0;
    for (Segment s : Segments.of(large)) {
      JsonNode l = links.get(s.key());
      if (l == null || s.isEmpty()) {
        continue; // on a later table page, or empty
      }
      if (s.customers().size() > 1000) {
        missing++;
        assertEquals(s.fileName(), l.get("missing").asText(), s.key());
        assertTrue(l.get("href").isNull(), l.toString());
        assertTrue(l.get("title").asText().contains("--formats csv"), l.toString());
      } else if (!l.get("embedded").isNull()) {
        embedded++;
        assertEquals(s.fileName(), l.get("embedded").asText(), s.key());
      } else {
        // within the row limit but past the page's budget of embedded characters
        assertEquals(s.fileName(), l.get("missing").asText(), s.key());
      }
    }
    assertTrue(missing > 0 && embedded > 0, "missing " + missing + ", embedded " + embedded);
    browser.evaluate("window.reactivatorDashboard.show('files')");
    assertEquals(
        0, browser.evaluate("document.querySelectorAll('#exports a[data-export]').length").asInt());
    String notes = notes();
    assertTrue(notes.contains("--formats csv"), notes);
    assertTrue(notes.contains("ReportRenderers.renderAll"), notes);
    assertTrue(notes.contains("Не встроены в страницу файлы сегментов"), notes);
  }

  private static String notes() {
    return browser
        .evaluate(
            "Array.from(document.querySelectorAll('#exports .absent')).map(function (n) {"
                + " return n.textContent; }).join('\\n')")
        .asText();
  }

  @Test
  void aProtectedPageRenderedAloneShowsANoteWhereEachSegmentLinkWouldBe() throws Exception {
    Path page =
        alone(
            "protected-stream",
            new HtmlRenderer(ProtectedDashboardTest.protection()),
            HtmlFixtures.input(sample));
    assertEquals(
        "{}",
        browser.evaluate("document.getElementById('rx-files').textContent").asText(),
        "a protected page embeds no CSV: it would hold the contacts in clear");
    JsonNode elements = browser.evaluate(COLLECT);
    assertNoLinkToAMissingFile(page, elements);
    Map<String, JsonNode> links = bySegment(elements);
    for (Segment s : Segments.of(sample)) {
      JsonNode l = links.get(s.key());
      assertTrue(l != null, "nothing where the link of " + s.key() + " would be");
      assertTrue(l.get("href").isNull(), "a link to a file that is not there: " + l);
      if (!s.isEmpty()) {
        assertEquals(s.fileName(), l.get("missing").asText(), s.key());
        assertTrue(l.get("title").asText().contains("--formats csv"), l.toString());
      }
    }
    assertTrue(
        browser
            .evaluate("document.querySelector('span.dl.missing').textContent")
            .asText()
            .endsWith("файл не включён"));
  }

  @Test
  void withTheCsvRendererFirstTheLinksPointAtTheFilesAsBefore() throws Exception {
    ReportInput input = HtmlFixtures.input(sample);
    Path dir = OUT.resolve("with-csv");
    List<ReportRenderer> renderers = List.of(new HtmlRenderer(), new CsvRenderer());
    ReportRenderers.renderAll(renderers, input, dir, List.of(), done -> {});
    Path page = dir.resolve(HtmlRenderer.FILE_NAME);
    open(page);
    assertEquals(
        "{}", browser.evaluate("document.getElementById('rx-files').textContent").asText());
    JsonNode elements = browser.evaluate(COLLECT);
    assertNoLinkToAMissingFile(page, elements);
    Map<String, JsonNode> links = bySegment(elements);
    for (Segment s : Segments.of(sample)) {
      JsonNode l = links.get(s.key());
      assertTrue(l.get("embedded").isNull() && l.get("missing").isNull(), l.toString());
      if (!s.isEmpty()) {
        assertEquals(s.fileName(), l.get("href").asText(), s.key());
      }
    }
    browser.evaluate("window.reactivatorDashboard.show('files')");
    assertFalse(
        browser
            .evaluate(
                "Array.from(document.querySelectorAll('#exports .absent')).map(function (n) {"
                    + " return n.textContent; }).join(' ')")
            .asText()
            .contains("--formats csv"),
        "nothing is missing");
    assertTrue(
        browser.evaluate("document.querySelectorAll('#exports a[data-export]').length").asInt()
            >= 2);
  }

  /** Waits (bounded, 30 s) until Chromium has saved {@code file} with {@code size} bytes. */
  private static boolean arrives(Path file, long size) throws Exception {
    for (int i = 0; i < 300; i++) {
      if (Files.isRegularFile(file) && Files.size(file) == size) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static Segment first(Analysis a, String prefix) {
    return Segments.of(a).stream()
        .filter(s -> s.key().startsWith(prefix) && !s.isEmpty())
        .findFirst()
        .orElseThrow();
  }
}
