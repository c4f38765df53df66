package dev.reactivator.report.html;

import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.SingleFileRenderer;
import dev.reactivator.report.csv.SegmentCsv;
import dev.reactivator.report.html.internal.DashboardPage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The interactive dashboard: one self-contained HTML file with the seed's six tabs (Обзор, Финансы,
 * Аналитика, Точки роста, Менеджеру продаж, Итоги анализа), ECharts inlined from its WebJar, the
 * data as escaped JSON — the {@code analysis.json} document, bounded to the customers the page
 * shows, plus a view-only block of labels and display limits (see {@code docs/analysis-json.md}) —
 * and every widget with its "how to read it" note. It works offline: nothing is loaded from the
 * network.
 *
 * <p>{@link #render(ReportInput, Path)} writes {@code dashboard.html} and, beside it, the CSV of
 * every non-empty segment the page links to ({@code segments/<widget>-<group>.csv}); an empty
 * segment's download button is disabled. {@link #render(ReportInput, OutputStream)} writes the HTML
 * only; its links stay relative, so they work once the CSVs are placed beside the file.
 *
 * <p>Found by {@code ReportRenderers} under the format {@code html}.
 */
public final class HtmlRenderer extends SingleFileRenderer {

  /** The file name of the dashboard inside the output directory. */
  public static final String FILE_NAME = "dashboard.html";

  /** Creates the renderer; it holds no state. */
  public HtmlRenderer() {
    super("html", FILE_NAME);
  }

  /**
   * True: the dashboard's downloads panel links the files of its run ({@link
   * dev.reactivator.report.ReportOptions#exports()}).
   */
  @Override
  public boolean linksExports() {
    return true;
  }

  /**
   * Writes {@code directory/dashboard.html} and the CSV of every non-empty segment it links to.
   *
   * @param input the analysis, summary and options
   * @param directory the output directory, created if missing
   * @return the dashboard first, then the segment CSVs
   * @throws ReportException if a file cannot be written
   */
  @Override
  public List<Path> render(ReportInput input, Path directory) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(directory, "directory");
    Path file = writeFile(input, directory);
    List<Path> files = new ArrayList<>();
    files.add(file);
    files.addAll(SegmentCsv.writeAll(input, directory));
    return List.copyOf(files);
  }

  /**
   * Writes the dashboard HTML (UTF-8) to {@code out}, which is left open.
   *
   * @param input the analysis, summary and options
   * @param out the stream to write to
   * @throws ReportException if the stream fails
   */
  @Override
  public void render(ReportInput input, OutputStream out) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    String html = DashboardPage.html(input);
    try {
      out.write(html.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write the dashboard: " + e.getMessage(), e);
    }
  }
}
