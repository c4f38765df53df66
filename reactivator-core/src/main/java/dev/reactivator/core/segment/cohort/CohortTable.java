package dev.reactivator.core.segment.cohort;

import java.util.List;
import java.util.Objects;

/**
 * A cohort retention heat map.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode how activity was measured (true purchases or active span)
 * @param months the last month offset, so each row has {@code months + 1} cells
 * @param rows the cohorts: by month ascending, or by product with the most customers first
 */
public record CohortTable(CohortMode mode, int months, List<CohortRow> rows) {

  /**
   * Checks the components and copies the list.
   *
   * @param mode how activity was measured (true purchases or active span)
   * @param months the last month offset, so each row has {@code months + 1} cells
   * @param rows the cohorts: by month ascending, or by product with the most customers first
   */
  public CohortTable {
    Objects.requireNonNull(mode, "mode");
    rows = List.copyOf(rows);
  }
}
