package dev.reactivator.core.segment.cohort;

import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.Objects;

/**
 * A node of the retention funnel's Sankey diagram with its customers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key {@code first-purchase}, {@code second-purchase}, {@code third-plus-purchase}, {@code
 *     lost-after-first} or {@code lost-after-second}
 * @param customers the customers who reached the stage (for a loss node: who stopped there)
 */
public record FunnelStage(String key, IntList customers) {

  /**
   * Checks the components.
   *
   * @param key {@code first-purchase}, {@code second-purchase}, {@code third-plus-purchase}, {@code
   *     lost-after-first} or {@code lost-after-second}
   * @param customers the customers who reached the stage (for a loss node: who stopped there)
   */
  public FunnelStage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(customers, "customers");
  }

  /**
   * The number of customers at the node.
   *
   * @return the number of customers at the node
   */
  public int count() {
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
