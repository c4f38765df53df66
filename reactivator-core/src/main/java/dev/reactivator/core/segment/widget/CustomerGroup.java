package dev.reactivator.core.segment.widget;

import java.util.List;
import java.util.Objects;

/**
 * One group of a widget: a stable English key ({@code critical}, {@code sleeping-whales}, {@code
 * call} …) and the indices of the customers in it, so that each group can be exported as a segment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the group's stable key
 * @param customers the customer indices, immutable
 */
public record CustomerGroup(String key, List<Integer> customers) {
  /**
   * Checks the key and copies the indices.
   *
   * @param key the group's stable key
   * @param customers the customer indices, immutable
   */
  public CustomerGroup {
    Objects.requireNonNull(key, "key");
    customers = IntList.copyOf(Objects.requireNonNull(customers, "customers"));
  }

  /**
   * The number of customers in the group.
   *
   * @return the number of customers in the group
   */
  public int size() {
    return customers.size();
  }
}
