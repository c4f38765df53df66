package dev.reactivator.report.html.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.report.ReportInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Assembles the self-contained dashboard page: the template, the style sheet, the inlined ECharts
 * library from its WebJar, the page script, the localised texts and the data, each data block as
 * script-safe JSON inside {@code <script type="application/json">}.
 */
public final class DashboardPage {

  private static final String ROOT = "/dev/reactivator/report/html/";
  private static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
  private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");

  private DashboardPage() {}

  /**
   * Renders the whole page.
   *
   * @param input the report input
   * @return the HTML document
   */
  public static String html(ReportInput input) {
    Objects.requireNonNull(input, "input");
    Locale locale = input.options().locale();
    ResourceBundle texts = texts(locale);
    ObjectNode data = DashboardData.of(input);
    String template = resource(ROOT + "dashboard.html");
    Map<String, String> values = new TreeMap<>();
    values.put("lang", "en".equals(locale.getLanguage()) ? "en" : "ru");
    values.put("title", escapeHtml(texts.getString("page.title")));
    values.put("noscript", escapeHtml(texts.getString("page.noscript")));
    values.put("css", resource(ROOT + "dashboard.css"));
    values.put("echarts", inlineScript(echarts()));
    values.put("app", inlineScript(resource(ROOT + "dashboard.js")));
    values.put("texts", DashboardData.scriptSafeJson(textsJson(texts)));
    values.put("data", DashboardData.scriptSafeJson(data));
    StringBuilder out = new StringBuilder(template.length() + 1_200_000);
    int at = 0;
    while (true) {
      int open = template.indexOf("{{", at);
      if (open < 0) {
        out.append(template, at, template.length());
        break;
      }
      int close = template.indexOf("}}", open);
      String key = template.substring(open + 2, close);
      String value = values.get(key);
      if (value == null) {
        throw new IllegalStateException("the dashboard template names an unknown value {{" + key + "}}");
      }
      out.append(template, at, open).append(value);
      at = close + 2;
    }
    return out.toString();
  }

  /**
   * The ECharts library, located through the WebJar's {@code pom.properties} version.
   *
   * @return the minified library
   */
  public static String echarts() {
    Properties pom = new Properties();
    // the class loader sees the WebJar's META-INF resources from a named module too
    try (InputStream in = DashboardPage.class.getClassLoader().getResourceAsStream(ECHARTS_POM)) {
      if (in == null) {
        throw new IllegalStateException("the ECharts WebJar (org.webjars.npm:echarts) is not on the classpath");
      }
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = pom.getProperty("version");
    return webJarResource("META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js");
  }

  /** Localised texts: the Russian base bundle, or English for an English locale. */
  static ResourceBundle texts(Locale locale) {
    Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle("dev.reactivator.report.html.messages", l);
  }

  private static ObjectNode textsJson(ResourceBundle texts) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (String key : new java.util.TreeSet<>(texts.keySet())) {
      o.put(key, texts.getString(key));
    }
    return o;
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

  /** A resource outside any package (a WebJar's {@code META-INF}), found by the class loader. */
  private static String webJarResource(String name) {
    return read(DashboardPage.class.getClassLoader().getResourceAsStream(name), name);
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
