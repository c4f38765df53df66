package dev.reactivator.core.segment.nbp;

/**
 * What the next-best-product matrix counts, so that reports can say so.
 *
 * <p>Immutable and thread-safe.
 */
public enum TransitionMode {
  /**
   * With true purchase dates: product of one purchase day → products of the customer's next
   * purchase day.
   */
  SEQUENCE,
  /**
   * Without purchase dates the order of purchases is unknown: product A → every other product B the
   * same customer bought (co-purchase), share = customers who bought both / customers who bought A.
   */
  CO_PURCHASE
}
