package dev.reactivator.core.segment.nbp;

/**
 * Which evidence a {@link ProductProposal} rests on: the product of the customer's last order whose
 * successors weigh most for it, or none.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProposalRule {
  /** Bought after a product of the last order ("after A"): n(A→b) &gt; 0 for an A ≠ b. */
  AFTER,
  /**
   * Bought again after itself (a renewal, a re-order of a consumable): the product is in the last
   * order and n(b→b) weighs most.
   */
  REPEAT,
  /** No product of the last order was ever followed by it: the popularity of next orders, P0. */
  POPULAR
}
