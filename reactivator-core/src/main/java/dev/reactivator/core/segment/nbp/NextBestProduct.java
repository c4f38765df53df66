package dev.reactivator.core.segment.nbp;

import java.util.Objects;

/**
 * The product to offer a customer next.
 *
 * <p>Immutable and thread-safe.
 *
 * @param product the product id
 * @param productName the product name
 * @param source where the recommendation came from
 * @param confidence the evidence, 0–1: the successor share (SEQUENCE), the rule's confidence (RULE)
 *     or the share of customers who bought the product (POPULARITY)
 */
public record NextBestProduct(
    int product, String productName, RecommendationSource source, double confidence) {

  /**
   * Checks the components.
   *
   * @param product the product id
   * @param productName the product name
   * @param source where the recommendation came from
   * @param confidence the evidence, 0–1: the successor share (SEQUENCE), the rule's confidence
   *     (RULE) or the share of customers who bought the product (POPULARITY)
   * @throws IllegalArgumentException when {@code confidence} is outside 0–1
   */
  public NextBestProduct {
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(source, "source");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }
}
