package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.Objects;

/**
 * The customers to whom one product is recommended, for export per product.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the recommended product's name
 * @param product the product id
 * @param customers the customers, ascending
 */
public record RecommendationGroup(String key, int product, IntList customers) {

  /**
   * Checks the components.
   *
   * @param key the recommended product's name
   * @param product the product id
   * @param customers the customers, ascending
   */
  public RecommendationGroup {
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
