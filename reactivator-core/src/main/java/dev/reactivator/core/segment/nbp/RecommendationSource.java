package dev.reactivator.core.segment.nbp;

/**
 * Where a next-best-product recommendation came from, strongest evidence first.
 *
 * <p>Immutable and thread-safe.
 */
public enum RecommendationSource {
  /**
   * The most frequent successor of the customer's last product in date-ordered purchase sequences.
   */
  SEQUENCE,
  /** An association rule whose antecedent the customer bought. */
  RULE,
  /** The most popular product the customer has not bought. */
  POPULARITY
}
