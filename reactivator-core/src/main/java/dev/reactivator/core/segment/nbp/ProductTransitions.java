package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the next-best-product matrix: a previous product and the shares of what followed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the previous product's name
 * @param product the previous product id
 * @param total the row total: transitions out of the product (SEQUENCE) or its buyers (CO_PURCHASE)
 * @param next the next products, most frequent first (ties by product id)
 * @param customers the customers this row speaks to: those whose last purchase was the product
 *     (SEQUENCE) or who bought it (CO_PURCHASE)
 */
public record ProductTransitions(
    String key, int product, int total, List<ProductShare> next, IntList customers) {

  /**
   * Checks the components and copies the list.
   *
   * @param key the previous product's name
   * @param product the previous product id
   * @param total the row total: transitions out of the product (SEQUENCE) or its buyers
   *     (CO_PURCHASE)
   * @param next the next products, most frequent first (ties by product id)
   * @param customers the customers this row speaks to: those whose last purchase was the product
   *     (SEQUENCE) or who bought it (CO_PURCHASE)
   */
  public ProductTransitions {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(customers, "customers");
    next = List.copyOf(next);
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
