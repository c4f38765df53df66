package dev.reactivator.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.SingleFileRenderer;
import dev.reactivator.report.internal.ExecutiveContent;
import dev.reactivator.report.internal.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The executive report as PDF (format {@code pdf}, one file {@value #FILE_NAME}): the key figures,
 * the six sections of the executive summary, the customers to save first, revenue at risk by risk
 * level, the VIP customers at risk, the first rows of the call list and the message chains. Laid
 * out as XHTML and printed by openhtmltopdf; every glyph comes from Liberation Sans (shipped with
 * PDFBox), embedded as a subset, so Cyrillic shows the same on every machine. Liberation Sans has
 * no ₽ sign, so amounts are written {@code 1 234 руб.}.
 *
 * <p>openhtmltopdf's log goes to slf4j under its {@code com.openhtmltopdf.…} logger names, so it
 * shows only where the host application configured slf4j (openhtmltopdf would otherwise print INFO
 * lines on the console through {@code java.util.logging}); an {@code XRLogger} the application set
 * itself is kept. Thread-safe: renders share no state.
 */
public final class PdfRenderer extends SingleFileRenderer {
  /** The file name. */
  public static final String FILE_NAME = "executive-report.pdf";

  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

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
    String html = ExecutiveHtml.of(ExecutiveContent.of(input));
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // one face serves every weight: the document never falls back to a built-in font without
      // Cyrillic
      builder.useFont(PdfRenderer::font, ExecutiveHtml.FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(PdfRenderer::font, ExecutiveHtml.FONT, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(ReportFiles.nonClosing(out));
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new ReportException("Cannot write the PDF report: " + e.getMessage(), e);
    }
  }

  private static InputStream font() {
    InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "PDFBox's " + FONT_RESOURCE + " is not on the class path; put PDFBox 3 on it");
    }
    return in;
  }
}
