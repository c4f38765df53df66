package dev.reactivator.report.html;

import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.SingleFileRenderer;
import dev.reactivator.report.csv.SegmentCsv;
import dev.reactivator.report.html.internal.DashboardPage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * segment's download button is disabled. {@link #render(ReportInput, OutputStream)} (and a sink)
 * writes the HTML only: when {@link dev.reactivator.report.ReportOptions#exports()} has the segment
 * files (the CSV renderer ran first, as {@code ReportRenderers.renderAll} orders it) the page links
 * them; otherwise it embeds the CSV of each segment of at most 1 000 customers (4 Mi characters in
 * all) as an in-browser download, and shows a note on how to get the others ({@code --formats csv},
 * or {@code renderAll} with the CSV renderer) where their link would be. No link of the page points
 * at a file that is not there.
 *
 * <p>A protected dashboard ({@link #HtmlRenderer(DashboardProtection)}) holds names, phones,
 * e-mails, CRM ids, the personal messages and the quoted cells of rejected rows only encrypted; the
 * page shows pseudonyms until the passphrase is typed in (see {@code docs/analysis-json.md},
 * "Protected page").
 *
 * <p>Found by {@code ReportRenderers} under the format {@code html}.
 *
 * <p>Stateless and thread-safe: one instance may render several inputs at once.
 */
public final class HtmlRenderer extends SingleFileRenderer {

  /** The file name of the dashboard inside the output directory. */
  public static final String FILE_NAME = "dashboard.html";

  private final Optional<DashboardProtection> protection;

  /** Creates the renderer of an unprotected dashboard; it holds no state. */
  public HtmlRenderer() {
    super("html", FILE_NAME);
    this.protection = Optional.empty();
  }

  /**
   * Creates the renderer of a protected dashboard: names, phones, e-mails and CRM ids are in the
   * page only encrypted under the passphrase (see {@link DashboardProtection}). The segment CSVs
   * written beside it still hold the contacts: they are the files the manager opens.
   *
   * @param protection the passphrase
   */
  public HtmlRenderer(DashboardProtection protection) {
    super("html", FILE_NAME);
    this.protection = Optional.of(Objects.requireNonNull(protection, "protection"));
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
   * Whether this renderer writes a protected dashboard.
   *
   * @return whether the contacts are encrypted
   */
  public boolean isProtected() {
    return protection.isPresent();
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
    // the segment CSVs go beside the page: it links them instead of embedding them
    Set<String> beside = new LinkedHashSet<>(input.options().exports());
    for (Segment s : Segments.of(input.analysis())) {
      if (!s.isEmpty()) {
        beside.add(s.fileName());
      }
    }
    ReportInput withSegments =
        new ReportInput(
            input.analysis(), input.summary(), input.options().withExports(List.copyOf(beside)));
    Path file = writeFile(withSegments, directory);
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
    Optional<char[]> passphrase = protection.map(DashboardProtection::passphrase);
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      DashboardPage.write(input, passphrase, w);
      w.flush();
    } catch (IOException e) {
      throw new ReportException("cannot write the dashboard: " + e.getMessage(), e);
    } finally {
      passphrase.ifPresent(p -> Arrays.fill(p, '\0'));
    }
  }
}
