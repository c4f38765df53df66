package dev.reactivator.core.segment.nbp;

import java.util.Objects;

/**
 * One cell of the next-best-product matrix.
 *
 * <p>Immutable and thread-safe.
 *
 * @param product the next product id
 * @param productName the next product name
 * @param count the transitions (SEQUENCE) or customers (CO_PURCHASE) counted
 * @param share count over the row total, 0–1
 */
public record ProductShare(int product, String productName, int count, double share) {

  /**
   * Checks the components.
   *
   * @param product the next product id
   * @param productName the next product name
   * @param count the transitions (SEQUENCE) or customers (CO_PURCHASE) counted
   * @param share count over the row total, 0–1
   */
  public ProductShare {
    Objects.requireNonNull(productName, "productName");
  }
}
