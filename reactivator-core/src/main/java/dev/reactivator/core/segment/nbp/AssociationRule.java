package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.Objects;

/**
 * A rule "customers who bought {@code antecedent} also bought {@code consequent}", measured over
 * customers (a customer's basket is every product they ever bought). With N customers, n(X)
 * customers who bought X and n(A∧B) who bought both: support = n(A∧B)/N, confidence = n(A∧B)/n(A),
 * lift = confidence / (n(B)/N).
 *
 * <p>Immutable and thread-safe.
 *
 * @param key {@code rule-<antecedent id>-<consequent id>} ({@code category-rule-…} between
 *     categories)
 * @param antecedent the antecedent product (or category) id
 * @param antecedentName the antecedent product (or category) name
 * @param consequent the consequent product (or category) id
 * @param consequentName the consequent product (or category) name
 * @param bothCustomers n(A∧B)
 * @param support n(A∧B)/N
 * @param confidence n(A∧B)/n(A)
 * @param lift confidence / support(B)
 * @param customers the cross-sell targets: customers who bought the antecedent but not the
 *     consequent
 */
public record AssociationRule(
    String key,
    int antecedent,
    String antecedentName,
    int consequent,
    String consequentName,
    int bothCustomers,
    double support,
    double confidence,
    double lift,
    IntList customers) {

  /**
   * Checks the components.
   *
   * @param key {@code rule-<antecedent id>-<consequent id>} ({@code category-rule-…} between
   *     categories)
   * @param antecedent the antecedent product (or category) id
   * @param antecedentName the antecedent product (or category) name
   * @param consequent the consequent product (or category) id
   * @param consequentName the consequent product (or category) name
   * @param bothCustomers n(A∧B)
   * @param support n(A∧B)/N
   * @param confidence n(A∧B)/n(A)
   * @param lift confidence / support(B)
   * @param customers the cross-sell targets: customers who bought the antecedent but not the
   *     consequent
   */
  public AssociationRule {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(antecedentName, "antecedentName");
    Objects.requireNonNull(consequentName, "consequentName");
    Objects.requireNonNull(customers, "customers");
  }

  /**
   * This group as a plain customer group, for export as a segment.
   *
   * @return the key and the customers of this group
   */
  public CustomerGroup group() {
    return new CustomerGroup(key, customers);
  }
}
