package dev.reactivator.report.pdf;

import dev.reactivator.narrative.SummarySection;
import dev.reactivator.report.charts.ReportFonts;
import dev.reactivator.report.internal.ExecutiveChart;
import dev.reactivator.report.internal.ExecutiveContent;
import java.util.List;
import java.util.Set;

/**
 * The executive report as well-formed XHTML for openhtmltopdf: A4, one embedded font ({@value
 * #FONT}), every text escaped; each chart is an {@code <object type="}{@value #CHART_TYPE}{@code
 * ">} that {@link ChartDrawer} draws.
 */
final class ExecutiveHtml {
  static final String FONT = ReportFonts.FAMILY;

  /** The object type of a chart. */
  static final String CHART_TYPE = "reactivator/chart";

  /** Charts that take the text's whole width; the others stand two in a row. */
  private static final Set<String> WIDE = Set.of("structure", "cohorts");

  /** The width the charts take in points: the text width of the page (A4 less the margins). */
  private static final int TEXT_WIDTH = 496;

  /** Cells up to this many characters are kept on one line. */
  private static final int SHORT = 18;

  private ExecutiveHtml() {}

  private static final String CSS =
      """
      @page { size: A4; margin: 16mm 15mm 18mm 15mm;
        @bottom-left { content: element(footer); }
        @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #6b7280; } }
      * { font-family: 'DejaVu Sans'; }
      body { font-size: 9.5pt; color: #1f2937; line-height: 1.4; }
      .footer { position: running(footer); font-size: 8pt; color: #6b7280; }
      .band { background-color: #1e3a5f; color: #ffffff; padding: 14pt 16pt 12pt 16pt; margin-bottom: 12pt; }
      .band h1 { font-size: 19pt; margin: 0 0 4pt 0; font-weight: normal; color: #ffffff; }
      .band .sub { font-size: 9.5pt; color: #cbd5e1; margin: 0; }
      h2 { font-size: 13.5pt; font-weight: normal; color: #1e3a5f; border-bottom: 1.2pt solid #1e3a5f;
        padding-bottom: 2pt; margin: 14pt 0 6pt 0; page-break-after: avoid; }
      h3 { font-size: 11pt; font-weight: normal; color: #1e3a5f; margin: 10pt 0 4pt 0; page-break-after: avoid; }
      p { margin: 0 0 5pt 0; }
      ul { margin: 0 0 6pt 0; padding-left: 14pt; }
      li { margin-bottom: 3pt; }
      table.figures { width: 100%; border-collapse: separate; border-spacing: 5pt; margin: 0 -5pt; table-layout: fixed; }
      table.figures td { background-color: #f1f5f9; border-left: 3pt solid #2563eb; padding: 6pt 7pt; vertical-align: top; }
      table.figures td.alarm { border-left-color: #dc2626; background-color: #fef2f2; }
      .label { font-size: 8pt; color: #475569; }
      .value { font-size: 14pt; color: #0f172a; margin: 2pt 0 1pt 0; }
      td.alarm .value { color: #b91c1c; }
      .note { font-size: 7.5pt; color: #64748b; }
      table.data { width: 100%; border-collapse: collapse; margin-bottom: 4pt; font-size: 7.5pt; }
      table.data th { background-color: #1e3a5f; color: #ffffff; font-weight: normal; text-align: left; padding: 3pt 4pt; }
      table.data td { padding: 2.5pt 4pt; border-bottom: 0.5pt solid #e2e8f0; vertical-align: top; }
      table.data tr.odd td { background-color: #f8fafc; }
      table.data .num { text-align: right; white-space: nowrap; }
      table.data .nw { white-space: nowrap; }
      table.data thead { display: table-header-group; }
      table.data tr { page-break-inside: avoid; }
      .block { page-break-inside: avoid; }
      .tnote { font-size: 8pt; color: #64748b; margin-bottom: 8pt; }
      .writer { font-size: 8pt; color: #64748b; margin-top: 4pt; }
      table.charts { width: 100%; border-collapse: collapse; table-layout: fixed; }
      table.charts td { vertical-align: top; padding: 0 0 6pt 0; }
      .chart { page-break-inside: avoid; }
      .chart h3 { margin-top: 6pt; }
      .chart object { display: block; }
      table.data tr:last-child { page-break-before: avoid; }
      """;

  static String of(ExecutiveContent c) {
    StringBuilder h = new StringBuilder(32_768);
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(esc(c.locale().getLanguage().isEmpty() ? "ru" : c.locale().getLanguage()))
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(esc(c.title()))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body>");
    h.append("<div class=\"footer\">").append(esc(c.footer())).append("</div>");
    h.append("<div class=\"band\"><h1>")
        .append(esc(c.title()))
        .append("</h1><p class=\"sub\">")
        .append(esc(c.subtitle()))
        .append("</p></div>");
    figures(h, c);
    charts(h, c);
    h.append("<h2>").append(esc(c.summaryTitle())).append("</h2>");
    for (SummarySection s : c.sections()) {
      h.append("<h3>").append(esc(s.title())).append("</h3>");
      paragraphs(h, s.paragraphs());
    }
    h.append("<p class=\"writer\">").append(esc(c.writerNote())).append("</p>");
    h.append("<h2>").append(esc(c.tablesTitle())).append("</h2>");
    for (ExecutiveContent.Table t : c.tables()) {
      table(h, t);
    }
    h.append("</body></html>");
    return h.toString();
  }

  private static void figures(StringBuilder h, ExecutiveContent c) {
    h.append("<h2>").append(esc(c.figuresTitle())).append("</h2><table class=\"figures\">");
    List<ExecutiveContent.Figure> f = c.figures();
    for (int i = 0; i < f.size(); i += 4) {
      h.append("<tr>");
      for (int j = i; j < i + 4; j++) {
        if (j < f.size()) {
          ExecutiveContent.Figure x = f.get(j);
          h.append("<td")
              .append(x.alarm() ? " class=\"alarm\"" : "")
              .append("><div class=\"label\">")
              .append(esc(x.label()))
              .append("</div><div class=\"value\">")
              .append(esc(x.value()))
              .append("</div><div class=\"note\">")
              .append(esc(x.note()))
              .append("</div></td>");
        } else {
          h.append("<td></td>");
        }
      }
      h.append("</tr>");
    }
    h.append("</table>");
  }

  /** The charts: two in a row, the wide ones alone; each with its title and its note. */
  private static void charts(StringBuilder h, ExecutiveContent c) {
    if (c.charts().isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(c.chartsTitle())).append("</h2><table class=\"charts\">");
    List<ExecutiveChart> charts = c.charts();
    for (int i = 0; i < charts.size(); ) {
      ExecutiveChart x = charts.get(i);
      if (WIDE.contains(x.key())
          || i + 1 == charts.size()
          || WIDE.contains(charts.get(i + 1).key())) {
        h.append("<tr><td colspan=\"2\">");
        chart(h, x, WIDE.contains(x.key()) ? TEXT_WIDTH : TEXT_WIDTH / 2 - 6, height(x));
        h.append("</td></tr>");
        i++;
      } else {
        h.append("<tr><td style=\"padding-right: 6pt;\">");
        chart(h, x, TEXT_WIDTH / 2 - 6, height(x));
        h.append("</td><td style=\"padding-left: 6pt;\">");
        chart(h, charts.get(i + 1), TEXT_WIDTH / 2 - 6, height(x));
        h.append("</td></tr>");
        i += 2;
      }
    }
    h.append("</table>");
  }

  /** The height of a chart in points: a heat map grows with its rows. */
  static int height(ExecutiveChart x) {
    if (x instanceof ExecutiveChart.Heatmap m) {
      return 36 + 15 * m.rows().size();
    }
    return WIDE.contains(x.key()) ? 170 : 160;
  }

  private static void chart(StringBuilder h, ExecutiveChart x, int width, int height) {
    h.append("<div class=\"chart\"><h3>")
        .append(esc(x.title()))
        .append("</h3><object type=\"")
        .append(CHART_TYPE)
        .append("\" data-key=\"")
        .append(esc(x.key()))
        .append("\" style=\"width: ")
        .append(width)
        .append("pt; height: ")
        .append(height)
        .append("pt;\"></object>");
    if (!x.note().isEmpty()) {
      h.append("<p class=\"tnote\">").append(esc(x.note())).append("</p>");
    }
    h.append("</div>");
  }

  /** Paragraphs; consecutive ones starting with a dash or bullet become a list. */
  private static void paragraphs(StringBuilder h, List<String> paragraphs) {
    boolean inList = false;
    for (String p : paragraphs) {
      String t = p.strip();
      boolean bullet =
          t.startsWith("- ") || t.startsWith("• ") || t.startsWith("– ") || t.startsWith("— ");
      if (bullet && !inList) {
        h.append("<ul>");
        inList = true;
      } else if (!bullet && inList) {
        h.append("</ul>");
        inList = false;
      }
      if (bullet) {
        h.append("<li>").append(esc(t.substring(2).strip())).append("</li>");
      } else {
        h.append("<p>").append(esc(t)).append("</p>");
      }
    }
    if (inList) {
      h.append("</ul>");
    }
  }

  private static void table(StringBuilder h, ExecutiveContent.Table t) {
    h.append("<div class=\"block\"><h3>").append(esc(t.title())).append("</h3>");
    if (!t.rows().isEmpty()) {
      h.append("<table class=\"data\"><thead><tr>");
      for (int i = 0; i < t.headers().size(); i++) {
        h.append(t.numeric().get(i) ? "<th class=\"num\">" : "<th>")
            .append(esc(t.headers().get(i)))
            .append("</th>");
      }
      h.append("</tr></thead><tbody>");
      for (int r = 0; r < t.rows().size(); r++) {
        h.append(r % 2 == 1 ? "<tr class=\"odd\">" : "<tr>");
        List<String> row = t.rows().get(r);
        for (int i = 0; i < row.size(); i++) {
          String cell = row.get(i);
          // short texts (phones, channels, names) never wrap; long ones (timing, messages) do
          String cls = t.numeric().get(i) ? "num" : cell.length() <= SHORT ? "nw" : "";
          h.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls + "\">")
              .append(esc(cell))
              .append("</td>");
        }
        h.append("</tr>");
      }
      h.append("</tbody></table>");
    }
    if (!t.note().isEmpty()) {
      h.append("<p class=\"tnote\">").append(esc(t.note())).append("</p>");
    }
    h.append("</div>");
  }

  /**
   * Escapes text for XHTML: {@code & < > " '}, and drops the characters XML 1.0 forbids (control
   * characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF). Currency signs
   * such as ₽ stay: the embedded DejaVu Sans has them.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(ch)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(ch).append(s.charAt(++i));
          } else if (Character.isSurrogate(ch)
              || ch == '\uFFFE'
              || ch == '\uFFFF'
              || (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')) {
            continue;
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }
}
