package dev.reactivator.core.segment.nbp;

import java.util.Objects;
import java.util.Optional;

/**
 * A product proposed to a customer by the {@link dev.reactivator.core.model.NextPurchaseModel}: the
 * next purchase (which may be a repurchase) or the cross-sell (the best product the customer does
 * not own).
 *
 * <p>Immutable and thread-safe.
 *
 * @param product the product id in the base
 * @param productName the product name
 * @param probability P(b | last order), 0–1 (see {@link
 *     dev.reactivator.core.model.NextPurchaseModel})
 * @param rule the evidence the proposal rests on
 * @param after the product of the last order whose successors weigh most ({@link
 *     ProposalRule#AFTER}, or the product itself for {@link ProposalRule#REPEAT}); empty for {@link
 *     ProposalRule#POPULAR}
 * @param evidence Σ n(a→b) over the products a of the last order: the observed orders behind it
 * @param owned whether the customer already bought the product
 */
public record ProductProposal(
    int product,
    String productName,
    double probability,
    ProposalRule rule,
    Optional<String> after,
    int evidence,
    boolean owned) {

  /**
   * Checks the components.
   *
   * @param product the product id in the base
   * @param productName the product name
   * @param probability P(b | last order), 0–1
   * @param rule the evidence the proposal rests on
   * @param after the product of the last order whose successors weigh most, empty for POPULAR
   * @param evidence Σ n(a→b) over the products a of the last order
   * @param owned whether the customer already bought the product
   * @throws IllegalArgumentException when the probability is outside 0–1, the evidence negative or
   *     {@code after} disagrees with the rule
   */
  public ProductProposal {
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(after, "after");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
    }
    if (evidence < 0) {
      throw new IllegalArgumentException("evidence must be >= 0, was " + evidence);
    }
    if (after.isPresent() == (rule == ProposalRule.POPULAR)) {
      throw new IllegalArgumentException("after must be empty exactly for POPULAR, was " + after);
    }
  }
}
