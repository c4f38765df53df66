package dev.reactivator.core.segment.abc;

import dev.reactivator.core.segment.widget.IntList;
import java.util.List;
import java.util.Objects;

/**
 * ABC analysis of customers by revenue.
 *
 * @param totalRevenue the total spent of all customers
 * @param ranking all customers by total spent, descending; ties by ascending customer index
 * @param groups classes A, B and C in this order (possibly empty)
 */
public record AbcResult(double totalRevenue, IntList ranking, List<AbcGroup> groups) {

  /** Checks the components and copies the list. */
  public AbcResult {
    Objects.requireNonNull(ranking, "ranking");
    groups = List.copyOf(groups);
  }

  /** Class A. */
  public AbcGroup a() {
    return groups.get(0);
  }

  /** Class B. */
  public AbcGroup b() {
    return groups.get(1);
  }

  /** Class C. */
  public AbcGroup c() {
    return groups.get(2);
  }
}
