package dev.reactivator.core.insight;

import java.util.Objects;

/**
 * The customers to whom one product is recommended, for export per product.
 *
 * @param key the recommended product's name
 * @param product the product id
 * @param customers the customers, ascending
 */
public record RecommendationGroup(String key, int product, IntList customers) implements CustomerGroup {

  /** Checks the components. */
  public RecommendationGroup {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(customers, "customers");
  }
}
