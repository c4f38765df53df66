package dev.reactivator.core.segment.cohort;

import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of a cohort heat map.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the cohort: {@code yyyy-MM} of the first purchase, or the first product's name
 * @param customers the cohort's customers, ascending
 * @param averageLtv the mean total spent of the cohort's customers
 * @param retention M0 … Mn: the retained share (0–1) among the cohort's customers old enough to be
 *     observed in that month; empty where nobody in the cohort is old enough yet (never 0)
 */
public record CohortRow(
    String key, IntList customers, double averageLtv, List<OptionalDouble> retention) {

  /**
   * Checks the components and copies the list.
   *
   * @param key the cohort: {@code yyyy-MM} of the first purchase, or the first product's name
   * @param customers the cohort's customers, ascending
   * @param averageLtv the mean total spent of the cohort's customers
   * @param retention M0 … Mn: the retained share (0–1) among the cohort's customers old enough to
   *     be observed in that month; empty where nobody in the cohort is old enough yet (never 0)
   */
  public CohortRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(customers, "customers");
    retention = List.copyOf(retention);
  }

  /**
   * The number of customers in the cohort.
   *
   * @return the number of customers in the cohort
   */
  public int clients() {
    return customers.size();
  }

  /**
   * This group as a plain customer group, for export as a segment.
   *
   * @return the key and the customers of this group
   */
  public CustomerGroup group() {
    return new CustomerGroup(key, customers);
  }
}
