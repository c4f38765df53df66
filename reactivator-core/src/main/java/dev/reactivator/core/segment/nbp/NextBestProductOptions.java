package dev.reactivator.core.segment.nbp;

import java.util.Objects;

/**
 * Options of the next-best-product recommender.
 *
 * <p>Immutable and thread-safe.
 *
 * @param excludeOwned never recommend a product the customer already bought (default true)
 * @param minTransitions the least count of a successor in the sequence matrix for it to be
 *     recommended from sequences (default 1)
 * @param rules the association-rule thresholds of the rule fallback (default {@link
 *     AssociationRuleOptions#defaults()})
 */
public record NextBestProductOptions(
    boolean excludeOwned, int minTransitions, AssociationRuleOptions rules) {

  /**
   * Checks the values.
   *
   * @param excludeOwned never recommend a product the customer already bought (default true)
   * @param minTransitions the least count of a successor in the sequence matrix for it to be
   *     recommended from sequences (default 1)
   * @param rules the association-rule thresholds of the rule fallback (default {@link
   *     AssociationRuleOptions#defaults()})
   * @throws IllegalArgumentException when {@code minTransitions} is below 1
   */
  public NextBestProductOptions {
    Objects.requireNonNull(rules, "rules");
    if (minTransitions < 1) {
      throw new IllegalArgumentException("minTransitions must be >= 1, was " + minTransitions);
    }
  }

  /**
   * Exclude owned products, successors seen at least once, default rule thresholds.
   *
   * @return the default options: exclude owned products, successors seen at least once, default
   *     rule thresholds
   */
  public static NextBestProductOptions defaults() {
    return new NextBestProductOptions(true, 1, AssociationRuleOptions.defaults());
  }
}
