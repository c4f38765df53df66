package dev.reactivator.core.segment.abc;

import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.Objects;

/**
 * One ABC class.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key {@code abc-a}, {@code abc-b} or {@code abc-c}
 * @param customers the class's customers, ascending by index
 * @param revenue the class's total spent
 * @param revenueShare the class's share of all revenue, 0–1 (0 when the base has no revenue)
 * @param customerShare the class's share of all customers, 0–1
 */
public record AbcGroup(
    String key, IntList customers, double revenue, double revenueShare, double customerShare) {

  /**
   * Checks the components.
   *
   * @param key {@code abc-a}, {@code abc-b} or {@code abc-c}
   * @param customers the class's customers, ascending by index
   * @param revenue the class's total spent
   * @param revenueShare the class's share of all revenue, 0–1 (0 when the base has no revenue)
   * @param customerShare the class's share of all customers, 0–1
   */
  public AbcGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(customers, "customers");
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
