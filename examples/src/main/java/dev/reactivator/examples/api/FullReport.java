package dev.reactivator.examples.api;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SegmentOptions;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.NarrationContext;
import dev.reactivator.narrative.Narrators;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderers;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The README's second API example, compiled and run by the build ({@code FullReportTest}): the
 * whole pipeline — load, score, segment, write the executive summary offline, render the dashboard
 * and the exports.
 *
 * <p>Run: {@code java -cp examples/target/reactivator-cli.jar
 * dev.reactivator.examples.api.FullReport examples/sample/customers.csv reactivator-out}
 */
public final class FullReport {
  private FullReport() {}

  /** {@code FullReport FILE DIR}. */
  public static void main(String[] args) {
    run(
        Path.of(args.length > 0 ? args[0] : "examples/sample/customers.csv"),
        Path.of(args.length > 1 ? args[1] : "reactivator-out"),
        System.out);
  }

  /**
   * Analyses {@code file} as of 2026-01-31, writes every installed format into {@code dir} and
   * prints the health index and the first three calls to make.
   *
   * @return the files written
   */
  public static List<Path> run(Path file, Path dir, PrintStream out) {
    Analysis analysis =
        Reactivator.load(file)
            .asOf(LocalDate.of(2026, 1, 31))
            .score() // MBG/NBD + Gamma-Gamma, per-customer scores
            .segment(SegmentOptions.defaults().withCac(3_000)); // every widget of the six tabs

    ExecutiveSummary summary =
        Narrators.select("offline", System.getenv()) // or "gigachat", "openai-compatible"
            .write(
                analysis,
                NarrationContext.of(Locale.forLanguageTag("ru"))
                    .withBusinessContext("B2B-реселлер ИТ-оборудования, цикл закупки 2–3 месяца"));

    ReportInput input = new ReportInput(analysis, summary, ReportOptions.defaults());
    List<Path> written = new ArrayList<>();
    for (String format : List.of("html", "csv", "json", "pdf", "docx")) {
      written.addAll(ReportRenderers.forFormat(format).render(input, dir));
    }

    out.printf(
        "health index %.0f of 100, %d customers in the call list%n",
        analysis.overview().health().score(), analysis.sales().callList().size());
    for (CallListRow row :
        analysis.sales().callList().subList(0, Math.min(3, analysis.sales().callList().size()))) {
      out.printf("call %s: %s, %s%n", row.displayName(), row.priority(), row.primary());
    }
    return written;
  }
}
