package dev.reactivator.report.html.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportSink;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.csv.CsvRenderer;
import dev.reactivator.report.csv.SegmentCsv;
import dev.reactivator.report.json.AnalysisJson;
import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Assembles the self-contained dashboard page: the template, the style sheet, the inlined ECharts
 * library (its minified file, bundled in this jar), the page script, the localised texts, the
 * {@code analysis.json} document in its bounded form (the customers the page shows) and the
 * view-only block of {@link DashboardView}, each data block as script-safe JSON inside {@code
 * <script type="application/json">}.
 *
 * <p>The page links a CSV file only when it is beside it: {@link
 * dev.reactivator.report.ReportOptions#exports()} lists it (the CSV renderer ran before it; the
 * HTML renderer writes the segment files into its directory). A file that is not beside the page is
 * embedded, as the CSV renderer writes it, and offered as an in-browser download: on a base of at
 * most {@link #MAX_EMBEDDED_ROWS} customers every file of the CSV export (the final CSV, the call
 * list, the segments, the tables), on a larger one every segment of at most that many customers;
 * {@link #MAX_EMBEDDED_CHARS} in all at most. What is not embedded (too large, or any file of a
 * protected page, whose contacts must not be in the page in clear) gets a note saying how to get
 * it.
 */
public final class DashboardPage {

  /**
   * The most customers of a base whose whole CSV export, or of a segment whose CSV, is embedded in
   * a page without those files beside it.
   */
  public static final int MAX_EMBEDDED_ROWS = 1000;

  /** The most characters of CSV embedded in one page, all files together. */
  public static final long MAX_EMBEDDED_CHARS = 4L << 20;

  private static final String ROOT = "/dev/reactivator/report/html/";
  private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");
  private static final JsonFactory JSON = new JsonFactory();

  private DashboardPage() {}

  /**
   * Renders the whole page.
   *
   * @param input the report input
   * @return the HTML document
   */
  public static String html(ReportInput input) {
    return html(input, Optional.empty());
  }

  /**
   * Renders the whole page; with a passphrase, a protected page: the contacts ({@link
   * ContactSplit}) leave the data block and are embedded encrypted ({@link PageLock}).
   *
   * @param input the report input
   * @param passphrase the passphrase of a protected page, not kept
   * @return the HTML document
   */
  public static String html(ReportInput input, Optional<char[]> passphrase) {
    StringWriter out = new StringWriter(1 << 20);
    try {
      write(input, passphrase, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Streams the whole page ({@link #html(ReportInput, Optional)}) to {@code out}, which is left
   * open: the data block goes from the JSON generator through a script-safe filter straight to
   * {@code out}, so the page is never held in memory whole (a protected page holds its data block,
   * which {@link ContactSplit} reads as a tree).
   *
   * @param input the report input
   * @param passphrase the passphrase of a protected page, not kept
   * @param out where the page goes
   * @throws IOException when {@code out} fails
   */
  public static void write(ReportInput input, Optional<char[]> passphrase, Writer out)
      throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(passphrase, "passphrase");
    Objects.requireNonNull(out, "out");
    Locale locale = input.options().locale();
    ResourceBundle texts = texts(locale);
    DashboardView view =
        DashboardView.of(input.analysis(), locale, input.options().dashboardRows());
    String template = resource(ROOT + "dashboard.html");
    Map<String, Part> values = new TreeMap<>();
    values.put("lang", text("en".equals(locale.getLanguage()) ? "en" : "ru"));
    values.put("title", text(escapeHtml(texts.getString("page.title"))));
    values.put("noscript", text(escapeHtml(texts.getString("page.noscript"))));
    values.put("css", text(resource(ROOT + "dashboard.css")));
    values.put("echarts", text(inlineScript(echarts())));
    values.put("app", text(inlineScript(resource(ROOT + "dashboard.js"))));
    values.put("texts", text(scriptSafeJson(json(g -> texts(texts, g)))));
    Optional<PageLock.Sealed> sealed = Optional.empty();
    if (passphrase.isPresent()) {
      ContactSplit split = ContactSplit.of(document(input.analysis(), input.summary(), view));
      sealed = Optional.of(PageLock.seal(passphrase.get(), split.contacts()));
      values.put("data", text(scriptSafeJson(split.document())));
    } else {
      values.put(
          "data",
          w -> {
            ScriptSafeWriter safe = new ScriptSafeWriter(w);
            try (JsonGenerator g = JSON.createGenerator(safe)) {
              g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
              AnalysisJson.writePage(
                  input.analysis(), input.summary(), view.details(), view.rows(), g);
            }
          });
    }
    Optional<PageLock.Sealed> lock = sealed;
    boolean segmentFiles = segmentFilesBeside(input);
    values.put(
        "run",
        text(
            scriptSafeJson(
                json(g -> DashboardRun.write(input.options().exports(), segmentFiles, lock, g)))));
    values.put(
        "files",
        w -> {
          ScriptSafeWriter safe = new ScriptSafeWriter(w);
          try (JsonGenerator g = JSON.createGenerator(safe)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            if (passphrase.isEmpty()) {
              embedFiles(input, segmentFiles, g);
            }
            g.writeEndObject();
          }
        });
    values.put("view", text(scriptSafeJson(json(view::write))));
    int at = 0;
    while (true) {
      int open = template.indexOf("{{", at);
      if (open < 0) {
        out.write(template, at, template.length() - at);
        break;
      }
      int close = template.indexOf("}}", open);
      String key = template.substring(open + 2, close);
      Part value = values.get(key);
      if (value == null) {
        throw new IllegalStateException(
            "the dashboard template names an unknown value {{" + key + "}}");
      }
      out.write(template, at, open - at);
      value.write(out);
      at = close + 2;
    }
    out.flush();
  }

  /**
   * Whether the segment CSVs are beside the page: {@link
   * dev.reactivator.report.ReportOptions#exports()} has files under {@code segments/}.
   */
  static boolean segmentFilesBeside(ReportInput input) {
    return input.options().exports().stream().anyMatch(f -> f.startsWith("segments/"));
  }

  /**
   * The embedded files, {@code "<name>": "<the CSV text>"}, of the CSV export that are not beside
   * the page: on a base of at most {@link #MAX_EMBEDDED_ROWS} customers every file the CSV renderer
   * writes, in its order; on a larger one every non-empty segment of at most that many customers,
   * in {@link Segments#of} order; each while the total stays within {@link #MAX_EMBEDDED_CHARS}.
   */
  private static void embedFiles(ReportInput input, boolean segmentFiles, JsonGenerator g)
      throws IOException {
    Set<String> beside = new HashSet<>(input.options().exports());
    long used = 0;
    if (input.analysis().base().size() <= MAX_EMBEDDED_ROWS) {
      Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
      ReportSink memory =
          new ReportSink() {
            @Override
            public OutputStream entry(String name) {
              ByteArrayOutputStream file = new ByteArrayOutputStream(1 << 14);
              files.put(name, file);
              return file;
            }

            @Override
            public void close() {}
          };
      new CsvRenderer().render(input, memory);
      for (Map.Entry<String, ByteArrayOutputStream> f : files.entrySet()) {
        String name = f.getKey();
        if (beside.contains(name) || segmentFiles && name.startsWith("segments/")) {
          continue;
        }
        used = embed(g, name, f.getValue().toString(StandardCharsets.UTF_8), used);
      }
      return;
    }
    if (segmentFiles) {
      return;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    for (Segment s : Segments.of(input.analysis())) {
      if (s.isEmpty() || s.customers().size() > MAX_EMBEDDED_ROWS) {
        continue;
      }
      buffer.reset();
      SegmentCsv.write(input, s, buffer);
      used = embed(g, s.fileName(), buffer.toString(StandardCharsets.UTF_8), used);
    }
  }

  /** Writes one embedded file when it fits the budget; returns the characters used. */
  private static long embed(JsonGenerator g, String name, String csv, long used)
      throws IOException {
    if (used + csv.length() > MAX_EMBEDDED_CHARS) {
      return used;
    }
    g.writeStringField(name, csv);
    return used + csv.length();
  }

  /** A piece of the page, written where the template names it. */
  private interface Part {
    void write(Writer out) throws IOException;
  }

  private static Part text(String s) {
    return w -> w.write(s);
  }

  /** {@link #scriptSafeJson} as a filter over a stream of JSON text. */
  private static final class ScriptSafeWriter extends FilterWriter {
    ScriptSafeWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      switch (c) {
        case '<' -> out.write("\\u003c");
        case '>' -> out.write("\\u003e");
        case '&' -> out.write("\\u0026");
        case '\u2028' -> out.write("\\u2028");
        case '\u2029' -> out.write("\\u2029");
        default -> out.write(c);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      int from = off;
      for (int i = off; i < off + len; i++) {
        char c = cbuf[i];
        if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
          out.write(cbuf, from, i - from);
          write(c);
          from = i + 1;
        }
      }
      out.write(cbuf, from, off + len - from);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      char[] chars = new char[len];
      str.getChars(off, off + len, chars, 0);
      write(chars, 0, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /**
   * The ECharts library: its minified file, copied from the WebJar into this jar at build time.
   *
   * @return the minified library
   */
  public static String echarts() {
    return resource(ROOT + "echarts/echarts.min.js");
  }

  /** Localised texts: the Russian base bundle, or English for an English locale. */
  static ResourceBundle texts(Locale locale) {
    Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle("dev.reactivator.report.html.messages", l);
  }

  /**
   * The {@code analysis.json} document the page embeds, in the page's form ({@link
   * AnalysisJson#writePage}): each customer {@code view} shows with the keys the page draws of it,
   * the index lists kept to their first {@link DashboardView#rows()} members that are shown.
   *
   * @param analysis the analysis
   * @param summary its executive summary
   * @param view the page's view, which chooses the customers
   * @return the document as compact JSON (not yet script-safe)
   */
  public static String document(Analysis analysis, ExecutiveSummary summary, DashboardView view) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(view, "view");
    return json(g -> AnalysisJson.writePage(analysis, summary, view.details(), view.rows(), g));
  }

  /**
   * Makes JSON text safe inside an HTML {@code <script>} element: {@code <}, {@code >}, {@code &},
   * U+2028 and U+2029 are written as {@code \}{@code uXXXX} escapes (in valid JSON they can occur
   * only inside strings, where the escapes mean the same characters).
   *
   * @param json valid JSON text
   * @return the escaped JSON text
   */
  public static String scriptSafeJson(String json) {
    Objects.requireNonNull(json, "json");
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char ch = json.charAt(i);
      switch (ch) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static void texts(ResourceBundle texts, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (String key : new TreeSet<>(texts.keySet())) {
      g.writeStringField(key, texts.getString(key));
    }
    g.writeEndObject();
  }

  /** Something written to a generator. */
  private interface Json {
    void write(JsonGenerator g) throws IOException;
  }

  /** What {@code json} writes, as compact text. */
  private static String json(Json json) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      json.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dashboard data", e);
    }
    return out.toString();
  }

  /** Makes a script safe inside a {@code <script>} element: a closing tag cannot end it early. */
  static String inlineScript(String js) {
    return SCRIPT_END.matcher(js).replaceAll("<\\\\/$1");
  }

  /**
   * Escapes text for an HTML element or a quoted attribute.
   *
   * @param s the text
   * @return the escaped text
   */
  public static String escapeHtml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String resource(String name) {
    return read(DashboardPage.class.getResourceAsStream(name), name);
  }

  private static String read(InputStream stream, String name) {
    try (InputStream in = stream) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
