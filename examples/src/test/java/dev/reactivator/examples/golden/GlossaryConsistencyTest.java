package dev.reactivator.examples.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Glossary;
import dev.reactivator.examples.cli.ReactivatorCli;
import dev.reactivator.narrative.MoneyFormat;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.internal.ExecutiveContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One word, one number: every shared customer group of the {@link Glossary} has the same count,
 * money and label in every output of one run — {@code analysis.json}, the dashboard's embedded data
 * and labels, {@code customers.csv}, {@code call-list.csv}, the segment files, and the text of the
 * PDF and DOCX executive reports — and the core glossary computes the counts the files hold.
 *
 * <p>Runs the CLI on the bundled sample (Russian and English) and on two Online Retail exports (the
 * six-row fixture of the io module, copied to {@code fixtures/online-retail.csv}, and its
 * 34-customer invoice-line fixture), writing every format.
 */
class GlossaryConsistencyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of("sample/customers.csv", "2026-01-31", "ru"),
        Arguments.of("sample/customers.csv", "2026-01-31", "en"),
        Arguments.of("src/test/resources/fixtures/online-retail.csv", "2011-12-10", "ru"),
        Arguments.of("src/test/resources/fixtures/online-retail-invoices.csv", "2011-12-10", "ru"));
  }

  @ParameterizedTest(name = "{0} --lang {2}")
  @MethodSource("runs")
  void everySharedGroupHasOneCountMoneyAndLabelInEveryOutput(
      String input, String asOf, String lang, @TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ReactivatorCli.run(
            new String[] {
              "analyze",
              input,
              "--as-of",
              asOf,
              "--out",
              dir.toString(),
              "--formats",
              "csv,json,html,pdf,docx",
              "--lang",
              lang,
              "--no-progress"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Locale locale = lang.equals("en") ? Locale.ENGLISH : ReportOptions.RUSSIAN;
    ResourceBundle labels =
        ResourceBundle.getBundle(
            "dev.reactivator.report.internal.glossary",
            lang.equals("en") ? Locale.ENGLISH : Locale.ROOT);
    ResourceBundle csvLabels =
        ResourceBundle.getBundle(
            "dev.reactivator.report.csv.labels", lang.equals("en") ? Locale.ENGLISH : Locale.ROOT);

    JsonNode json = JSON.readTree(dir.resolve("analysis.json").toFile());
    Map<Glossary, Integer> counts = new HashMap<>();
    for (Glossary g : Glossary.values()) {
      counts.put(g, jsonCount(json, g));
    }

    // the core glossary computes what analysis.json holds
    Analysis analysis =
        Reactivator.load(Path.of(input)).asOf(LocalDate.parse(asOf)).score().segment();
    for (Glossary g : Glossary.values()) {
      assertEquals(g.count(analysis), counts.get(g), g.key() + ": core vs analysis.json");
      OptionalDouble money = g.money(analysis);
      jsonMoney(json, g)
          .ifPresent(m -> assertEquals(money.orElseThrow(), m, 1e-6, g.key() + " money"));
    }

    // analysis.json: the segments, the customers' own fields and the widgets that reuse a group
    Map<String, Integer> segments = new HashMap<>();
    json.get("segments")
        .forEach(
            s ->
                segments.put(
                    s.get("key").asText(),
                    s.has("size") ? s.get("size").asInt() : s.get("customers").size()));
    Map<String, Integer> perCustomer = new HashMap<>();
    for (JsonNode c : json.get("customers")) {
      perCustomer.merge("rfm/" + c.get("rfm").get("segment").asText(), 1, Integer::sum);
      perCustomer.merge("rfm-map/" + c.get("rfm").get("mapSegment").asText(), 1, Integer::sum);
      String level = c.get("riskLevel").asText();
      perCustomer.merge("risk/" + level, 1, Integer::sum);
      if (level.equals("high") || level.equals("critical")) {
        perCustomer.merge("at-risk", 1, Integer::sum);
      }
      if (c.has("sales")) {
        perCustomer.merge("forecast/" + c.get("sales").get("forecast").asText(), 1, Integer::sum);
      }
    }
    int atRisk = counts.get(Glossary.AT_RISK);
    if (segments.containsKey("lifecycle/at-risk")) {
      // the lifecycle's at-risk stage is the same customers (its first rule), with its own file
      assertEquals(atRisk, segments.get("lifecycle/at-risk"), "lifecycle at-risk stage");
    }
    assertEquals(atRisk, json.get("scoreAnalytics").get("radar").get("atRiskCustomers").asInt());
    if (json.hasNonNull("roi")) {
      assertEquals(atRisk, json.get("roi").get("inputs").get("touchBase").asInt(), "ROI base");
    } else {
      assertEquals(0, atRisk, "the ROI simulator is absent only when nobody is at risk");
    }
    for (Glossary g : Glossary.values()) {
      int n = counts.get(g);
      if (g != Glossary.AT_RISK) {
        assertEquals(n, segments.get(g.key()), g.key() + ": segments[]");
      }
      if (g.key().matches("(rfm|rfm-map|risk|forecast)/.*") || g == Glossary.AT_RISK) {
        assertEquals(n, perCustomer.getOrDefault(g.key(), 0), g.key() + ": customers[]");
      }
    }

    // the dashboard embeds the same document and names each group with the glossary's label
    String html = Files.readString(dir.resolve("dashboard.html"), StandardCharsets.UTF_8);
    JsonNode data = JSON.readTree(script(html, "rx-data"));
    JsonNode view = JSON.readTree(script(html, "rx-view"));
    for (Glossary g : Glossary.values()) {
      assertEquals(counts.get(g), jsonCount(data, g), g.key() + ": dashboard data");
      assertEquals(jsonMoney(json, g), jsonMoney(data, g), g.key() + ": dashboard money");
      assertEquals(
          labels.getString(g.key()),
          view.get("labels").get("glossary").get(g.key()).asText(),
          g.key() + ": dashboard label");
    }
    for (var f : List.of("success", "neutral", "churn")) {
      assertEquals(
          labels.getString("forecast/" + f),
          view.get("labels").get("forecast").get(f).asText(),
          "dashboard forecast label " + f);
    }

    // the segment files: one row per customer, Σ LTV where the group shows Σ LTV
    for (Glossary g : Glossary.values()) {
      if (g == Glossary.AT_RISK) {
        continue;
      }
      Path file = dir.resolve("segments/" + g.key().replace('/', '-') + ".csv");
      if (counts.get(g) == 0 && !Files.exists(file)) {
        continue; // an empty group writes no file
      }
      List<CSVRecord> rows = csv(file);
      assertEquals(counts.get(g), rows.size() - 1, g.key() + ": segment file rows");
      if (g.key().matches("(structure|rfm|rfm-map|whales)/.*")) {
        int ltv = rows.get(0).toList().indexOf(csvLabels.getString("seg.ltv"));
        double sum = 0;
        for (CSVRecord r : rows.subList(1, rows.size())) {
          sum += number(r.get(ltv));
        }
        double money = jsonMoney(json, g).orElseThrow();
        assertEquals(money, sum, 0.01 * rows.size() + 1e-6, g.key() + ": segment file Σ LTV");
      }
    }

    // customers.csv and call-list.csv: every customer's RFM segment, risk level and forecast label
    Map<String, Integer> inCustomersCsv =
        labelCounts(dir.resolve("customers.csv"), csvLabels, "col.rfmSegment", "col.riskLevel");
    Map<String, Integer> inCallList =
        labelCounts(dir.resolve("call-list.csv"), csvLabels, "col.forecast");
    for (Glossary g : Glossary.values()) {
      String label = labels.getString(g.key());
      if (g.key().matches("(rfm|risk)/.*")) {
        assertEquals(
            counts.get(g), inCustomersCsv.getOrDefault(label, 0), g.key() + ": customers.csv");
      }
      if (g.key().startsWith("forecast/")) {
        assertEquals(counts.get(g), inCallList.getOrDefault(label, 0), g.key() + ": call-list.csv");
      }
    }

    // the executive report, PDF and DOCX: the key figures, the risk-bucket table, the summary
    String pdf;
    try (PDDocument doc = Loader.loadPDF(dir.resolve("executive-report.pdf").toFile())) {
      pdf = flat(new PDFTextStripper().getText(doc));
    }
    String docx;
    try (InputStream in = Files.newInputStream(dir.resolve("executive-report.docx"));
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      docx = flat(x.getText());
    }
    ExecutiveContent.Numbers num =
        new ExecutiveContent.Numbers(locale, MoneyFormat.symbol(analysis.base().currency()));
    for (var e : Map.of("PDF", pdf, "DOCX", docx).entrySet()) {
      String text = e.getValue();
      String where = e.getKey();
      for (Glossary g : List.of(Glossary.RISK_ZONE, Glossary.CRITICAL_CHURN)) {
        String figure = labels.getString(g.key()) + " " + flat(num.percent(share(json, g)));
        assertTrue(text.contains(figure), where + " shows «" + figure + "»");
        assertTrue(
            text.contains(figure + " " + flat(num.integer(counts.get(g))) + " "),
            where + ": " + g.key() + " count " + counts.get(g));
      }
      String vip =
          labels.getString(Glossary.VIP_AT_RISK.key())
              + " "
              + flat(num.integer(counts.get(Glossary.VIP_AT_RISK)));
      assertTrue(text.contains(vip), where + " shows «" + vip + "»");
      for (RiskLevel level : RiskLevel.values()) {
        Glossary g = Glossary.of(level);
        JsonNode b = bucket(json, level.name().toLowerCase(Locale.ROOT));
        String row =
            labels.getString(g.key())
                + " "
                + flat(num.integer(counts.get(g)))
                + " "
                + flat(num.money(b.get("revenueBase").asDouble()))
                + " "
                + flat(num.money(b.get("revenueAtRisk").asDouble()));
        assertTrue(text.contains(row), where + " bucket row «" + row + "»");
      }
      String headline = flat(num.money(jsonMoney(json, Glossary.AT_RISK).orElseThrow()));
      assertTrue(text.contains(headline), where + " headline revenue at risk " + headline);
      // the summary names the customers at risk with their label and count
      if (atRisk > 0) {
        assertNear(text, labels.getString(Glossary.AT_RISK.key()), num.integer(atRisk), where);
      }
      // the summary's RFM paragraph: «label» — count (ru), "label": count (en)
      for (Glossary g :
          List.of(
              Glossary.RFM_CHAMPIONS,
              Glossary.RFM_REGULAR,
              Glossary.RFM_FADING,
              Glossary.RFM_LOST)) {
        if (counts.get(g) > 0) {
          assertNear(text, labels.getString(g.key()), num.integer(counts.get(g)), where);
        }
      }
    }
  }

  /** The group's count as the widgets of an {@code analysis.json} document hold it. */
  private static int jsonCount(JsonNode d, Glossary g) {
    String key = g.key();
    String group = key.substring(key.indexOf('/') + 1);
    JsonNode o = d.get("overview");
    return switch (key.substring(0, key.indexOf('/') < 0 ? key.length() : key.indexOf('/'))) {
      case "structure" -> {
        int bar = find(o.get("riskStructure"), "key", group).get("customers").asInt();
        if (g == Glossary.RISK_ZONE) {
          assertEquals(bar, o.get("atRisk").get("customers").asInt(), "overview risk zone");
        }
        if (g == Glossary.CRITICAL_CHURN) {
          assertEquals(bar, o.get("criticalChurn").get("customers").asInt(), "overview critical");
        }
        yield bar;
      }
      case "risk" -> bucket(d, group).get("customers").asInt();
      case "at-risk" ->
          bucket(d, "high").get("customers").asInt()
              + bucket(d, "critical").get("customers").asInt();
      case "vip" -> vipCount(d);
      case "rfm" -> find(d.get("rfm").get("seedSegments"), "key", group).get("customers").asInt();
      case "rfm-map" ->
          find(d.get("rfm").get("mapSegments"), "key", group).get("customers").asInt();
      case "whales" -> whale(d, group).get("customers").asInt();
      case "forecast" ->
          find(d.get("sales").get("forecast"), "key", group).get("customers").asInt();
      default -> throw new AssertionError("no count for " + key);
    };
  }

  /**
   * The VIP monitor's size: the page's document cuts {@code vipAtRisk} to the rows it shows and
   * gives the segment's full {@code size}; the file lists every member.
   */
  private static int vipCount(JsonNode d) {
    for (JsonNode s : d.get("segments")) {
      if (s.get("key").asText().equals("vip/vip-at-risk") && s.has("size")) {
        return s.get("size").asInt();
      }
    }
    return d.get("vipAtRisk").size();
  }

  /** The money figure shown beside the group, read from the document. */
  private static OptionalDouble jsonMoney(JsonNode d, Glossary g) {
    String key = g.key();
    String group = key.substring(key.indexOf('/') + 1);
    return switch (key.substring(0, key.indexOf('/') < 0 ? key.length() : key.indexOf('/'))) {
      case "structure" ->
          OptionalDouble.of(
              find(d.get("overview").get("riskStructure"), "key", group).get("revenue").asDouble());
      case "risk" -> OptionalDouble.of(bucket(d, group).get("revenueAtRisk").asDouble());
      case "at-risk" ->
          OptionalDouble.of(d.get("overview").get("revenueAtRisk").get("total").asDouble());
      case "rfm" ->
          OptionalDouble.of(
              find(d.get("rfm").get("seedSegments"), "key", group).get("revenue").asDouble());
      case "rfm-map" ->
          OptionalDouble.of(
              find(d.get("rfm").get("mapSegments"), "key", group).get("revenue").asDouble());
      case "whales" -> OptionalDouble.of(whale(d, group).get("totalLtv").asDouble());
      default -> OptionalDouble.empty();
    };
  }

  private static double share(JsonNode d, Glossary g) {
    JsonNode o = d.get("overview");
    return (g == Glossary.RISK_ZONE ? o.get("atRisk") : o.get("criticalChurn"))
        .get("share")
        .asDouble();
  }

  private static JsonNode bucket(JsonNode d, String level) {
    return find(d.get("overview").get("revenueAtRisk").get("buckets"), "level", level);
  }

  private static JsonNode whale(JsonNode d, String group) {
    JsonNode w = d.get("whales");
    return switch (group) {
      case "sleeping-whales" -> w.get("sleepingWhales");
      case "cooling" -> w.get("cooling");
      case "active" -> w.get("active");
      default -> throw new AssertionError("no whale group " + group);
    };
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + " = " + value + " in " + array);
  }

  /** The JSON text of the page's {@code <script id="…">} block. */
  private static String script(String html, String id) {
    Matcher m =
        Pattern.compile(
                "<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), "the page has " + id);
    return m.group(1);
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .build()
        .parse(new java.io.StringReader(text))
        .getRecords();
  }

  private static double number(String cell) {
    return cell.isEmpty() ? 0 : Double.parseDouble(cell.replace(" ", "").replace(',', '.'));
  }

  /** How often each value occurs in the columns named by the CSV bundle's {@code keys}. */
  private static Map<String, Integer> labelCounts(
      Path file, ResourceBundle csvLabels, String... keys) throws IOException {
    List<CSVRecord> rows = csv(file);
    List<String> header = rows.get(0).toList();
    List<Integer> columns = new ArrayList<>();
    for (String k : keys) {
      int i = header.indexOf(csvLabels.getString(k).replace("{0}", ""));
      assertTrue(i >= 0, file.getFileName() + " has the column " + csvLabels.getString(k));
      columns.add(i);
    }
    Map<String, Integer> out = new HashMap<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      for (int i : columns) {
        out.merge(r.get(i), 1, Integer::sum);
      }
    }
    return out;
  }

  /** Text with every run of white space (no-break spaces included) as one space. */
  private static String flat(String s) {
    return s.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
  }

  /** {@code label} (any case) followed within one short clause by the number {@code count}. */
  private static void assertNear(String text, String label, String count, String where) {
    Pattern p =
        Pattern.compile(
            "(?iu)"
                + Pattern.quote(label)
                + "[^.;\\d]{0,45}"
                + Pattern.quote(flat(count))
                + "(?![\\d,])");
    assertTrue(p.matcher(text).find(), where + ": «" + label + "» with " + count);
  }
}
