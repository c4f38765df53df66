package dev.reactivator.report.docx;

import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.SingleFileRenderer;
import dev.reactivator.report.internal.ExecutiveContent;
import dev.reactivator.report.internal.ReportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The executive report as a Word document (format {@code docx}, one file {@value #FILE_NAME}): the
 * same content as the PDF — key figures, the key charts, the six sections of the executive summary
 * and the main tables — written with Apache POI. Each chart is a PNG drawn by JFreeChart at twice
 * its printed resolution (POI writes no SVG pictures; a PNG at 2× stays sharp printed and at 200 %
 * zoom, and every Word and LibreOffice version shows it). Headings use real {@code Title}, {@code
 * Heading1} and {@code Heading2} styles (so they appear in Word's navigation pane and table of
 * contents), tables are Word tables with a repeating header row.
 *
 * <p>Stateless and thread-safe: one instance may render several inputs at once.
 */
public final class DocxRenderer extends SingleFileRenderer {
  /** The file name. */
  public static final String FILE_NAME = "executive-report.docx";

  /** Creates the renderer (used by {@link java.util.ServiceLoader}). */
  public DocxRenderer() {
    super("docx", FILE_NAME);
  }

  /**
   * Writes the document to {@code out}, which is not closed.
   *
   * @throws ReportException when the stream cannot be written
   */
  @Override
  public void render(ReportInput input, OutputStream out) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    ExecutiveContent content = ExecutiveContent.of(input);
    try (XWPFDocument doc = ExecutiveDocx.of(content)) {
      doc.write(ReportFiles.nonClosing(out));
    } catch (IOException e) {
      throw new ReportException("Cannot write the DOCX report: " + e.getMessage(), e);
    }
  }
}
