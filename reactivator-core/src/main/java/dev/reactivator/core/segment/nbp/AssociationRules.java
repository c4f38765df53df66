package dev.reactivator.core.segment.nbp;

import java.util.List;
import java.util.Objects;

/**
 * Association rules between products, highest lift first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customers N, the number of customers (baskets)
 * @param options the thresholds used
 * @param rules the rules passing the thresholds, by lift, then confidence, then support descending,
 *     then antecedent and consequent id ascending
 */
public record AssociationRules(
    int customers, AssociationRuleOptions options, List<AssociationRule> rules) {

  /**
   * Checks the components and copies the list.
   *
   * @param customers N, the number of customers (baskets)
   * @param options the thresholds used
   * @param rules the rules passing the thresholds, by lift, then confidence, then support
   *     descending, then antecedent and consequent id ascending
   */
  public AssociationRules {
    Objects.requireNonNull(options, "options");
    rules = List.copyOf(rules);
  }
}
