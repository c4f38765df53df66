package dev.reactivator.core.segment.nbp;

/**
 * Thresholds of the association-rule search.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minSupport the least share of customers who bought both products (default 0.01, 0–1)
 * @param minConfidence the least P(consequent | antecedent) (default 0.10, 0–1)
 * @param minCustomers the least number of customers who bought both products (default 2, ≥ 1): a
 *     pair seen once is an anecdote, not a rule
 * @param maxRules the most rules kept, the highest-lift ones (default 500, ≥ 1)
 */
public record AssociationRuleOptions(
    double minSupport, double minConfidence, int minCustomers, int maxRules) {

  /**
   * Checks the values.
   *
   * @param minSupport the least share of customers who bought both products (default 0.01, 0–1)
   * @param minConfidence the least P(consequent | antecedent) (default 0.10, 0–1)
   * @param minCustomers the least number of customers who bought both products (default 2, ≥ 1): a
   *     pair seen once is an anecdote, not a rule
   * @param maxRules the most rules kept, the highest-lift ones (default 500, ≥ 1)
   * @throws IllegalArgumentException when a threshold is out of range
   */
  public AssociationRuleOptions {
    if (!(minSupport >= 0 && minSupport <= 1)) {
      throw new IllegalArgumentException("minSupport must be in [0, 1], was " + minSupport);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
    }
    if (minCustomers < 1) {
      throw new IllegalArgumentException("minCustomers must be >= 1, was " + minCustomers);
    }
    if (maxRules < 1) {
      throw new IllegalArgumentException("maxRules must be >= 1, was " + maxRules);
    }
  }

  /**
   * Support ≥ 1 %, confidence ≥ 10 %, ≥ 2 customers, at most 500 rules.
   *
   * @return the default options: support ≥ 1 %, confidence ≥ 10 %, ≥ 2 customers, at most 500 rules
   */
  public static AssociationRuleOptions defaults() {
    return new AssociationRuleOptions(0.01, 0.10, 2, 500);
  }

  /**
   * These options with another minimum support.
   *
   * @param value the minimum support, a share of the customers from 0 to 1
   * @return these options with another minimum support
   */
  public AssociationRuleOptions withMinSupport(double value) {
    return new AssociationRuleOptions(value, minConfidence, minCustomers, maxRules);
  }

  /**
   * These options with another minimum confidence.
   *
   * @param value the minimum confidence, a share from 0 to 1
   * @return these options with another minimum confidence
   */
  public AssociationRuleOptions withMinConfidence(double value) {
    return new AssociationRuleOptions(minSupport, value, minCustomers, maxRules);
  }

  /**
   * These options with another minimum number of customers.
   *
   * @param value the minimum number of customers who bought both products, at least 1
   * @return these options with another minimum number of customers
   */
  public AssociationRuleOptions withMinCustomers(int value) {
    return new AssociationRuleOptions(minSupport, minConfidence, value, maxRules);
  }
}
