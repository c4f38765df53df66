package dev.reactivator.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.SingleFileRenderer;
import dev.reactivator.report.charts.ReportFonts;
import dev.reactivator.report.internal.ExecutiveContent;
import dev.reactivator.report.internal.ReportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The executive report as PDF (format {@code pdf}, one file {@value #FILE_NAME}): the key figures,
 * the six sections of the executive summary, the customers to save first, revenue at risk by risk
 * level, the VIP customers at risk, the first rows of the call list and the message chains. Laid
 * out as XHTML and printed by openhtmltopdf, with the key charts (health index, revenue at risk by
 * risk level, NRR waterfall, retention funnel, risk structure, cohort heat map) drawn by JFreeChart
 * as vector graphics (one form XObject each, their labels real text). Every glyph comes from the
 * bundled DejaVu Sans, embedded as a subset, so Cyrillic and the ₽ sign show the same on every
 * machine.
 *
 * <p>openhtmltopdf's log goes to slf4j under its {@code com.openhtmltopdf.…} logger names, so it
 * shows only where the host application configured slf4j (openhtmltopdf would otherwise print INFO
 * lines on the console through {@code java.util.logging}); an {@code XRLogger} the application set
 * itself is kept. Thread-safe: renders share no state.
 */
public final class PdfRenderer extends SingleFileRenderer {
  /** The file name. */
  public static final String FILE_NAME = "executive-report.pdf";

  /** Creates the renderer (used by {@link java.util.ServiceLoader}). */
  public PdfRenderer() {
    super("pdf", FILE_NAME);
    Slf4jXrLogger.installUnlessConfigured();
  }

  /**
   * Writes the PDF to {@code out}, which is not closed.
   *
   * @throws ReportException when the stream cannot be written or the PDF cannot be laid out
   */
  @Override
  public void render(ReportInput input, OutputStream out) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    ExecutiveContent content = ExecutiveContent.of(input);
    String html = ExecutiveHtml.of(content);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // the document never falls back to a built-in font without Cyrillic or ₽
      builder.useFont(ReportFonts::regular, ExecutiveHtml.FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(ReportFonts::bold, ExecutiveHtml.FONT, 700, FontStyle.NORMAL, true);
      DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
      drawers.registerDrawer(ExecutiveHtml.CHART_TYPE, new ChartDrawer(content.charts()));
      builder.useObjectDrawerFactory(drawers);
      builder.withHtmlContent(html, null);
      builder.toStream(ReportFiles.nonClosing(out));
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new ReportException("Cannot write the PDF report: " + e.getMessage(), e);
    }
  }
}
