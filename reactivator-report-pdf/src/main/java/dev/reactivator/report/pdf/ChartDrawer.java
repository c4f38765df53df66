package dev.reactivator.report.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import dev.reactivator.report.charts.ChartPainter;
import dev.reactivator.report.internal.ExecutiveChart;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Draws the chart an {@code <object type="reactivator/chart" data-key="…">} names, through
 * openhtmltopdf's {@code drawWithGraphics}: PDFBox's {@code Graphics2D} turns JFreeChart's drawing
 * into one vector form XObject, and its texts into text in the document's embedded DejaVu Sans.
 * Holds the charts of one document.
 */
final class ChartDrawer implements FSObjectDrawer {
  private final Map<String, ExecutiveChart> charts = new HashMap<>();

  ChartDrawer(List<ExecutiveChart> charts) {
    for (ExecutiveChart c : charts) {
      this.charts.put(c.key(), c);
    }
  }

  @Override
  public Map<Shape, String> drawObject(
      Element e,
      double x,
      double y,
      double width,
      double height,
      OutputDevice outputDevice,
      RenderingContext ctx,
      int dotsPerPixel) {
    ExecutiveChart chart = charts.get(e.getAttribute("data-key"));
    if (chart == null) {
      throw new IllegalStateException("no chart " + e.getAttribute("data-key"));
    }
    float w = (float) width / dotsPerPixel;
    float h = (float) height / dotsPerPixel;
    outputDevice.drawWithGraphics(
        (float) x,
        (float) y,
        w,
        h,
        g -> ChartPainter.draw(chart, g, new Rectangle2D.Float(0, 0, w, h)));
    return null;
  }
}
