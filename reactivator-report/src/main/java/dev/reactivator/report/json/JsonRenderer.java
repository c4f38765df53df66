package dev.reactivator.report.json;

import dev.reactivator.core.ReactivatorException;
import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.SingleFileRenderer;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The {@code analysis.json} integration format (format {@code json}, one file {@value
 * AnalysisJson#FILE_NAME}): {@link AnalysisJson#json(dev.reactivator.core.segment.Analysis,
 * dev.reactivator.narrative.ExecutiveSummary)}, documented field by field in {@code
 * docs/analysis-json.md}. Keys are English whatever the report's language; texts (the summary,
 * explanations) are in it.
 *
 * <p>Stateless and thread-safe: one instance may render several inputs at once.
 */
public final class JsonRenderer extends SingleFileRenderer {

  /** Creates the renderer (used by {@link java.util.ServiceLoader}). */
  public JsonRenderer() {
    super("json", AnalysisJson.FILE_NAME);
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
    try {
      AnalysisJson.write(input.analysis(), input.summary(), out);
    } catch (ReactivatorException e) {
      throw new ReportException("Cannot write analysis.json: " + e.getMessage(), e);
    }
  }
}
