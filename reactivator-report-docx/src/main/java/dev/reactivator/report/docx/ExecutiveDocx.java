package dev.reactivator.report.docx;

import dev.reactivator.narrative.SummarySection;
import dev.reactivator.report.charts.ChartPainter;
import dev.reactivator.report.internal.ExecutiveChart;
import dev.reactivator.report.internal.ExecutiveContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Lays {@link ExecutiveContent} out as a Word document. */
final class ExecutiveDocx {
  static final String FONT = "Arial";
  private static final String NAVY = "1E3A5F";
  private static final String GREY = "64748B";

  private ExecutiveDocx() {}

  static XWPFDocument of(ExecutiveContent c) {
    XWPFDocument doc = new XWPFDocument();
    page(doc);
    styles(doc);
    doc.getProperties().getCoreProperties().setTitle(c.title());
    doc.getProperties().getCoreProperties().setCreator("Reactivator");
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    run(footer.createParagraph(), c.footer(), 8, GREY);

    heading(doc, "Title", c.title());
    XWPFParagraph sub = doc.createParagraph();
    run(sub, c.subtitle(), 10, GREY);

    heading(doc, "Heading1", c.figuresTitle());
    figures(doc, c.figures());

    if (!c.charts().isEmpty()) {
      heading(doc, "Heading1", c.chartsTitle());
      for (ExecutiveChart chart : c.charts()) {
        heading(doc, "Heading2", chart.title());
        picture(doc, chart);
        if (!chart.note().isEmpty()) {
          run(doc.createParagraph(), chart.note(), 8, GREY);
        }
      }
    }

    heading(doc, "Heading1", c.summaryTitle());
    for (SummarySection s : c.sections()) {
      heading(doc, "Heading2", s.title());
      for (String p : s.paragraphs()) {
        paragraph(doc, p);
      }
    }
    run(doc.createParagraph(), c.writerNote(), 8, GREY);

    heading(doc, "Heading1", c.tablesTitle());
    for (ExecutiveContent.Table t : c.tables()) {
      heading(doc, "Heading2", t.title());
      if (!t.rows().isEmpty()) {
        table(doc, t);
      }
      if (!t.note().isEmpty()) {
        run(doc.createParagraph(), t.note(), 8, GREY);
      }
    }
    return doc;
  }

  /** The width of a chart in points: nearly the text width (A4 less both margins, 495 pt). */
  static final int CHART_WIDTH = 480;

  /** Pixels per point of a chart's PNG: sharp when printed or zoomed to 200 %. */
  static final int CHART_SCALE = 2;

  /** The height of a chart in points: a heat map grows with its rows. */
  static int chartHeight(ExecutiveChart chart) {
    if (chart instanceof ExecutiveChart.Heatmap m) {
      return 36 + 15 * m.rows().size();
    }
    return 180;
  }

  /**
   * The chart as a PNG drawn at {@value #CHART_SCALE}× in its own paragraph, kept with its note.
   */
  private static void picture(XWPFDocument doc, ExecutiveChart chart) {
    int height = chartHeight(chart);
    byte[] png = ChartPainter.png(chart, CHART_WIDTH, height, CHART_SCALE);
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(60); // creates the paragraph properties setKeepNext needs
    p.setKeepNext(true);
    try {
      p.createRun()
          .addPicture(
              new ByteArrayInputStream(png),
              Document.PICTURE_TYPE_PNG,
              chart.key() + ".png",
              Units.toEMU(CHART_WIDTH),
              Units.toEMU(height));
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("Cannot add the chart " + chart.key(), e);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect =
        doc.getDocument().getBody().isSetSectPr()
            ? doc.getDocument().getBody().getSectPr()
            : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1000));
    mar.setBottom(BigInteger.valueOf(1000));
    mar.setLeft(BigInteger.valueOf(1000));
    mar.setRight(BigInteger.valueOf(1000));
  }

  private static void styles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    styles.setDefaultFonts(fonts);
    styles.addStyle(style("Title", "Title", -1, 44, NAVY));
    styles.addStyle(style("Heading1", "heading 1", 0, 30, NAVY));
    styles.addStyle(style("Heading2", "heading 2", 1, 24, NAVY));
  }

  /** A paragraph style with an outline level (−1: none), a size in half-points and a colour. */
  private static XWPFStyle style(
      String id, String name, int outline, int halfPoints, String color) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    CTString n = s.addNewName();
    n.setVal(name);
    s.addNewBasedOn().setVal("Normal");
    s.addNewNext().setVal("Normal");
    s.addNewUiPriority().setVal(BigInteger.valueOf(outline < 0 ? 10 : 9));
    s.addNewQFormat();
    CTPPrGeneral p = s.addNewPPr();
    p.addNewKeepNext();
    p.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 200));
    p.getSpacing().setAfter(BigInteger.valueOf(100));
    if (outline >= 0) {
      p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    }
    CTRPr r = s.addNewRPr();
    r.addNewB();
    r.addNewColor().setVal(color);
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    XWPFStyle style = new XWPFStyle(s);
    style.setType(STStyleType.PARAGRAPH);
    return style;
  }

  private static void heading(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.createRun().setText(text);
  }

  /** A paragraph; one starting with a dash or bullet becomes an indented bullet. */
  private static void paragraph(XWPFDocument doc, String text) {
    String t = text.strip();
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(100);
    boolean bullet =
        t.startsWith("- ") || t.startsWith("• ") || t.startsWith("– ") || t.startsWith("— ");
    if (bullet) {
      p.setIndentationLeft(360);
      p.setIndentationHanging(240);
      t = "•\t" + t.substring(2).strip();
    }
    run(p, t, 10, null);
  }

  private static XWPFRun run(XWPFParagraph p, String text, int points, String color) {
    XWPFRun r = p.createRun();
    String[] parts = text.split("\t", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        r.addTab();
      }
      r.setText(parts[i], i);
    }
    r.setFontSize(points);
    if (color != null) {
      r.setColor(color);
    }
    return r;
  }

  private static void figures(XWPFDocument doc, List<ExecutiveContent.Figure> figures) {
    int cols = 4;
    int rows = (figures.size() + cols - 1) / cols;
    XWPFTable t = doc.createTable(rows, cols);
    t.setWidth("100%");
    t.removeBorders();
    t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 24, 0, "FFFFFF");
    t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 24, 0, "FFFFFF");
    t.setCellMargins(80, 120, 80, 120);
    for (int i = 0; i < rows * cols; i++) {
      XWPFTableCell cell = t.getRow(i / cols).getCell(i % cols);
      cell.setWidth("25%");
      if (i >= figures.size()) {
        continue;
      }
      ExecutiveContent.Figure f = figures.get(i);
      cell.setColor(f.alarm() ? "FEF2F2" : "F1F5F9");
      XWPFParagraph label = cell.getParagraphs().get(0);
      run(label, f.label(), 8, "475569");
      XWPFParagraph value = cell.addParagraph();
      run(value, f.value(), 12, f.alarm() ? "B91C1C" : "0F172A").setBold(true);
      if (!f.note().isEmpty()) {
        run(cell.addParagraph(), f.note(), 7, GREY);
      }
    }
  }

  private static void table(XWPFDocument doc, ExecutiveContent.Table t) {
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
    table.setWidth("100%");
    table.setCellMargins(40, 60, 40, 60);
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, NAVY);
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "CBD5E1");
    table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "E2E8F0");
    List<Integer> widths = widths(t);
    var grid =
        table.getCTTbl().getTblGrid() == null
            ? table.getCTTbl().addNewTblGrid()
            : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() < widths.size()) {
      grid.addNewGridCol();
    }
    for (int i = 0; i < widths.size(); i++) {
      grid.getGridColArray(i).setW(BigInteger.valueOf(widths.get(i)));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < widths.size(); i++) {
        row.getCell(i).setWidth(Integer.toString(widths.get(i)));
      }
    }
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int i = 0; i < t.headers().size(); i++) {
      XWPFTableCell cell = header.getCell(i);
      cell.setColor(NAVY);
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setAlignment(t.numeric().get(i) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
      run(p, t.headers().get(i), 8, "FFFFFF").setBold(true);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      row.setHeightRule(TableRowHeightRule.AUTO);
      for (int i = 0; i < t.headers().size(); i++) {
        XWPFTableCell cell = row.getCell(i);
        if (r % 2 == 1) {
          cell.setColor("F8FAFC");
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(t.numeric().get(i) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        run(p, t.rows().get(r).get(i), 8, null);
      }
    }
  }

  /** The text width of the page in twips: A4 less both margins. */
  private static final int TEXT_WIDTH = 11906 - 2 * 1000;

  /** Roughly the width of one character of 8 pt text in twips, and of a cell's side margins. */
  private static final int CHAR = 100;

  private static final int CELL_MARGINS = 2 * 60;

  /**
   * Column widths in twips. Each column gets at least its longest unbreakable token (a number with
   * its currency, a phone, a header word); the remaining width goes to the columns whose texts are
   * longer than that (timing, names, messages), in proportion to how much longer, up to 40
   * characters each.
   */
  private static List<Integer> widths(ExecutiveContent.Table t) {
    int n = t.headers().size();
    double[] min = new double[n];
    double[] pref = new double[n];
    for (int i = 0; i < n; i++) {
      double token = 1.2 * longestToken(t.headers().get(i)); // headers are bold, so wider
      double whole = 0;
      for (List<String> r : t.rows()) {
        token = Math.max(token, longestToken(r.get(i)));
        whole = Math.max(whole, r.get(i).length());
      }
      min[i] = (Math.max(3, token) + 1) * CHAR + CELL_MARGINS;
      pref[i] = Math.max(min[i], Math.min(40, whole) * CHAR + CELL_MARGINS);
    }
    double sumMin = java.util.Arrays.stream(min).sum();
    double sumPref = java.util.Arrays.stream(pref).sum();
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      if (sumPref <= TEXT_WIDTH || sumPref == sumMin) {
        w[i] = pref[i] * TEXT_WIDTH / sumPref;
      } else if (sumMin >= TEXT_WIDTH) {
        w[i] = min[i] * TEXT_WIDTH / sumMin;
      } else {
        w[i] = min[i] + (pref[i] - min[i]) * (TEXT_WIDTH - sumMin) / (sumPref - sumMin);
      }
    }
    List<Integer> out = new java.util.ArrayList<>(n);
    for (double x : w) {
      out.add((int) Math.round(x));
    }
    return out;
  }

  private static int longestToken(String text) {
    int longest = 0;
    for (String word : text.split(" ")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }
}
