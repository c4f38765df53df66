package dev.reactivator.report.charts;

import dev.reactivator.report.internal.ExecutiveChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Draws an {@link ExecutiveChart} with JFreeChart onto any {@link Graphics2D}: PDFBox's vector
 * {@code Graphics2D} in the PDF, a PNG for the DOCX. Every text in the chart (categories, values,
 * legend) comes from the chart's data, already formatted, in {@link ReportFonts#FAMILY}; the title
 * is the document's heading above the picture, not part of it. Stateless and thread-safe: each call
 * builds its own chart.
 */
public final class ChartPainter {
  private static final Color TEXT = new Color(0x1F2937);
  private static final Color MUTED = new Color(0x64748B);
  private static final Color GRID = new Color(0xE2E8F0);
  private static final float SIZE = 8f;

  private ChartPainter() {}

  /**
   * Draws {@code chart} into {@code area} of {@code g}.
   *
   * @param chart what to draw
   * @param g where to draw
   * @param area the rectangle to fill, in {@code g}'s units (points in the PDF)
   */
  public static void draw(ExecutiveChart chart, Graphics2D g, Rectangle2D area) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(area, "area");
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    chart(chart).draw(g, area);
  }

  /**
   * {@code chart} as a PNG of {@code width} × {@code height} points drawn at {@code scale} pixels
   * per point (2 for a picture that stays sharp when printed or zoomed).
   *
   * @param chart what to draw
   * @param width the width in points
   * @param height the height in points
   * @param scale pixels per point
   * @return the PNG file's bytes
   */
  public static byte[] png(ExecutiveChart chart, int width, int height, int scale) {
    if (width <= 0 || height <= 0 || scale <= 0) {
      throw new IllegalArgumentException(
          "width, height and scale must be > 0, were " + width + ", " + height + ", " + scale);
    }
    BufferedImage image =
        new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.scale(scale, scale);
      draw(chart, g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode a chart as PNG", e);
    }
    return out.toByteArray();
  }

  /** The JFreeChart of {@code chart}, without a title. */
  static JFreeChart chart(ExecutiveChart chart) {
    JFreeChart c;
    if (chart instanceof ExecutiveChart.Bars b) {
      c = bars(b);
    } else if (chart instanceof ExecutiveChart.Waterfall w) {
      c = waterfall(w);
    } else if (chart instanceof ExecutiveChart.PairedBars p) {
      c = paired(p);
    } else {
      c = heatmap((ExecutiveChart.Heatmap) chart);
    }
    c.setBackgroundPaint(Color.WHITE);
    c.setAntiAlias(true);
    c.setTextAntiAlias(true);
    c.setPadding(new RectangleInsets(2, 2, 2, 2));
    return c;
  }

  private static Font font(float points) {
    return ReportFonts.awt(points);
  }

  private static CategoryAxis categoryAxis() {
    CategoryAxis a = new CategoryAxis();
    a.setTickLabelFont(font(SIZE));
    a.setTickLabelPaint(TEXT);
    a.setAxisLinePaint(GRID);
    a.setTickMarksVisible(false);
    a.setMaximumCategoryLabelLines(3);
    a.setMaximumCategoryLabelWidthRatio(1.6f);
    a.setLowerMargin(0.04);
    a.setUpperMargin(0.04);
    a.setCategoryMargin(0.25);
    return a;
  }

  /** A value axis without tick labels: each bar carries its value. */
  private static NumberAxis valueAxis(double upperMargin) {
    NumberAxis a = new NumberAxis();
    a.setVisible(false);
    a.setUpperMargin(upperMargin);
    a.setLowerMargin(0.02);
    a.setAutoRangeIncludesZero(true);
    return a;
  }

  private static CategoryPlot plot(
      CategoryDataset data, CategoryAxis x, NumberAxis y, BarRenderer r, boolean horizontal) {
    CategoryPlot p = new CategoryPlot(data, x, y, r);
    p.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    p.setBackgroundPaint(Color.WHITE);
    p.setOutlineVisible(false);
    p.setRangeGridlinePaint(GRID);
    p.setRangeGridlinesVisible(false);
    p.setDomainGridlinesVisible(false);
    p.setInsets(new RectangleInsets(4, 2, 2, 8));
    return p;
  }

  private static void style(BarRenderer r, boolean horizontal) {
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(font(SIZE - 0.5f));
    r.setDefaultItemLabelPaint(TEXT);
    r.setDefaultPositiveItemLabelPosition(
        horizontal
            ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
            : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    r.setItemLabelAnchorOffset(3);
    r.setMaximumBarWidth(0.2);
  }

  /** Labels an item with a text from the chart's data. */
  private record Labels(List<List<String>> byRow) implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      return row < byRow.size() ? byRow.get(row).get(column) : null;
    }
  }

  private static JFreeChart bars(ExecutiveChart.Bars b) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ExecutiveChart.Bar bar : b.bars()) {
      data.addValue(bar.value(), "v", bar.label());
    }
    List<ExecutiveChart.Bar> bars = b.bars();
    BarRenderer r =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return new Color(bars.get(column).rgb());
          }
        };
    style(r, b.horizontal());
    r.setMaximumBarWidth(b.horizontal() ? 0.5 : 0.18);
    r.setDefaultItemLabelGenerator(
        new Labels(List.of(bars.stream().map(ExecutiveChart.Bar::valueLabel).toList())));
    NumberAxis y = valueAxis(b.horizontal() ? 0.3 : 0.15);
    if (b.max().isPresent()) {
      y.setRange(0, b.max().getAsDouble() * (b.horizontal() ? 1.3 : 1.15));
    }
    CategoryPlot p = plot(data, categoryAxis(), y, r, b.horizontal());
    if (b.marker().isPresent()) {
      ValueMarker m = new ValueMarker(b.marker().getAsDouble());
      m.setPaint(new Color(0xDC2626));
      m.setStroke(
          new BasicStroke(
              0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {3f, 3f}, 0f));
      m.setLabel(b.markerLabel());
      m.setLabelFont(font(SIZE - 1));
      m.setLabelPaint(new Color(0xDC2626));
      m.setLabelBackgroundColor(Color.WHITE);
      m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
      m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      p.addRangeMarker(m);
    }
    return new JFreeChart(null, font(SIZE), p, false);
  }

  /** Per bar of {@code w}, where it starts and ends on the value axis. */
  static double[][] intervals(ExecutiveChart.Waterfall w) {
    double[][] out = new double[w.steps().size()][];
    double level = 0;
    for (int i = 0; i < out.length; i++) {
      ExecutiveChart.Step s = w.steps().get(i);
      if (s.total()) {
        out[i] = new double[] {0, s.value()};
        level = s.value();
      } else {
        out[i] =
            new double[] {Math.min(level, level + s.value()), Math.max(level, level + s.value())};
        level += s.value();
      }
    }
    return out;
  }

  private static JFreeChart waterfall(ExecutiveChart.Waterfall w) {
    int n = w.steps().size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    String[] categories = new String[n];
    double[][] bars = intervals(w);
    for (int i = 0; i < n; i++) {
      categories[i] = w.steps().get(i).label();
      starts[0][i] = bars[i][0];
      ends[0][i] = bars[i][1];
    }
    DefaultIntervalCategoryDataset data =
        new DefaultIntervalCategoryDataset(new String[] {"v"}, categories, starts, ends);
    List<ExecutiveChart.Step> steps = w.steps();
    IntervalBarRenderer r =
        new IntervalBarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return new Color(steps.get(column).rgb());
          }
        };
    style(r, false);
    r.setMaximumBarWidth(0.16);
    r.setDefaultItemLabelGenerator(
        new Labels(List.of(steps.stream().map(ExecutiveChart.Step::valueLabel).toList())));
    r.setDefaultItemLabelsVisible(false);
    CategoryPlot p = plot(data, categoryAxis(), valueAxis(0.15), r, false);
    for (int i = 0; i < n; i++) {
      // each bar's value above its top
      CategoryTextAnnotation a =
          new CategoryTextAnnotation(
              steps.get(i).valueLabel(),
              categories[i],
              Math.max(starts[0][i].doubleValue(), ends[0][i].doubleValue()));
      a.setFont(font(SIZE - 0.5f));
      a.setPaint(TEXT);
      a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
      p.addAnnotation(a);
    }
    return new JFreeChart(null, font(SIZE), p, false);
  }

  private static JFreeChart paired(ExecutiveChart.PairedBars pb) {
    List<ExecutiveChart.Pair> pairs = pb.pairs();
    DefaultCategoryDataset first = new DefaultCategoryDataset();
    DefaultCategoryDataset second = new DefaultCategoryDataset();
    for (ExecutiveChart.Pair p : pairs) {
      // each dataset leaves the other's series empty, so the two bars stand side by side
      first.addValue(p.first(), pb.firstName(), p.label());
      first.addValue(null, pb.secondName(), p.label());
      second.addValue(null, pb.firstName(), p.label());
      second.addValue(p.second(), pb.secondName(), p.label());
    }
    BarRenderer r1 =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return new Color(pairs.get(column).firstRgb());
          }
        };
    style(r1, false);
    r1.setItemMargin(0.05);
    r1.setMaximumBarWidth(0.14);
    r1.setDefaultItemLabelGenerator(
        new Labels(List.of(pairs.stream().map(ExecutiveChart.Pair::firstLabel).toList())));
    BarRenderer r2 = new BarRenderer();
    style(r2, false);
    r2.setItemMargin(0.05);
    r2.setMaximumBarWidth(0.14);
    r2.setSeriesPaint(1, new Color(pb.secondRgb()));
    List<String> none = pairs.stream().map(p -> "").toList();
    r2.setDefaultItemLabelGenerator(
        new Labels(List.of(none, pairs.stream().map(ExecutiveChart.Pair::secondLabel).toList())));
    CategoryPlot p = plot(first, categoryAxis(), valueAxis(0.15), r1, false);
    p.setDataset(1, second);
    p.setRangeAxis(1, valueAxis(0.15));
    p.mapDatasetToRangeAxis(1, 1);
    p.setRenderer(1, r2);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(
        legendItem(
            pb.firstName(), new Color(pairs.isEmpty() ? 0x2563EB : pairs.get(0).firstRgb())));
    legend.add(legendItem(pb.secondName(), new Color(pb.secondRgb())));
    p.setFixedLegendItems(legend);
    JFreeChart c = new JFreeChart(null, font(SIZE), p, true);
    LegendTitle l = c.getLegend();
    l.setItemFont(font(SIZE));
    l.setItemPaint(TEXT);
    l.setFrame(BlockBorder.NONE);
    l.setPosition(RectangleEdge.TOP);
    l.setBackgroundPaint(Color.WHITE);
    return c;
  }

  private static LegendItem legendItem(String label, Color colour) {
    LegendItem i = new LegendItem(label, colour);
    i.setShape(new Rectangle2D.Double(-4, -4, 8, 8));
    return i;
  }

  /** White through the report's blue: the share 0–1 a cell holds. */
  private record Blues() implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return 1;
    }

    @Override
    public Paint getPaint(double value) {
      double v = Math.max(0, Math.min(1, value));
      double t = Math.sqrt(v); // small retention shares still read apart
      int r = (int) Math.round(0xEF + (0x1E - 0xEF) * t);
      int g = (int) Math.round(0xF6 + (0x40 - 0xF6) * t);
      int b = (int) Math.round(0xFF + (0xAF - 0xFF) * t);
      return new Color(r, g, b);
    }
  }

  private static JFreeChart heatmap(ExecutiveChart.Heatmap h) {
    int rows = h.rows().size();
    int cols = h.columns().size();
    int count = 0;
    for (var line : h.cells()) {
      for (var v : line) {
        count += v.isPresent() ? 1 : 0;
      }
    }
    double[][] xyz = new double[3][count];
    int k = 0;
    XYPlot p = new XYPlot();
    Blues scale = new Blues();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        var v = h.cells().get(r).get(c);
        if (v.isEmpty()) {
          continue;
        }
        xyz[0][k] = c;
        xyz[1][k] = r;
        xyz[2][k] = v.getAsDouble();
        k++;
        XYTextAnnotation label = new XYTextAnnotation(h.cellLabels().get(r).get(c), c, r);
        label.setFont(font(cols > 13 ? 5.5f : 6.5f));
        label.setPaint(Math.sqrt(v.getAsDouble()) > 0.55 ? Color.WHITE : TEXT);
        p.addAnnotation(label);
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("retention", xyz);
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    r.setBlockWidth(0.96);
    r.setBlockHeight(0.9);
    SymbolAxis x = new SymbolAxis(null, h.columns().toArray(new String[0]));
    x.setTickLabelFont(font(SIZE - 0.5f));
    x.setTickLabelPaint(MUTED);
    x.setGridBandsVisible(false);
    x.setAxisLineVisible(false);
    x.setTickMarksVisible(false);
    x.setRange(-0.5, cols - 0.5);
    SymbolAxis y = new SymbolAxis(null, h.rows().toArray(new String[0]));
    y.setTickLabelFont(font(SIZE - 0.5f));
    y.setTickLabelPaint(TEXT);
    y.setGridBandsVisible(false);
    y.setAxisLineVisible(false);
    y.setTickMarksVisible(false);
    y.setInverted(true);
    y.setRange(-0.5, rows - 0.5);
    p.setDataset(data);
    p.setDomainAxis(x);
    p.setRangeAxis(y);
    p.setRenderer(r);
    p.setBackgroundPaint(Color.WHITE);
    p.setOutlineVisible(false);
    p.setDomainGridlinesVisible(false);
    p.setRangeGridlinesVisible(false);
    p.setDomainAxisLocation(org.jfree.chart.axis.AxisLocation.TOP_OR_LEFT);
    p.setInsets(new RectangleInsets(2, 2, 2, 4));
    return new JFreeChart(null, font(SIZE), p, false);
  }
}
