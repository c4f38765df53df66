package dev.reactivator.report;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.narrative.ExecutiveSummary;
import java.util.Objects;

/**
 * What every renderer renders: the analysis, its executive summary and the options.
 *
 * <p>Immutable and thread-safe.
 *
 * @param analysis the analysis
 * @param summary the executive summary written for it
 * @param options the language and CSV style
 */
public record ReportInput(Analysis analysis, ExecutiveSummary summary, ReportOptions options) {

  /**
   * Checks the components.
   *
   * @param analysis the analysis
   * @param summary the executive summary written for it
   * @param options the language and CSV style
   */
  public ReportInput {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
  }
}
