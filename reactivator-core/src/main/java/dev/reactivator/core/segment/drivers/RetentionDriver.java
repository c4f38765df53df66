package dev.reactivator.core.segment.drivers;

import dev.reactivator.core.segment.widget.Availability;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.Objects;

/**
 * A statistical test of one binary retention driver (seed 000): do customers with the feature
 * (bought product X, complained, discount-sensitive …) differ in LTV (Welch's t-test, Cohen's d)
 * and in churn (χ² test of independence, churned = HIGH or CRITICAL risk)?
 *
 * @param key a stable key: {@code complaints}, {@code support-tickets}, {@code discount-sensitive}
 *     or {@code product:<name>}
 * @param feature the customers with the feature (key as above)
 * @param ltv the LTV comparison, or why it could not be computed (a group with fewer than two
 *     customers …)
 * @param churn the churn independence test, or why it could not be computed
 */
public record RetentionDriver(
    String key,
    CustomerGroup feature,
    Availability<LtvComparison> ltv,
    Availability<IndependenceTest> churn) {
  /**
   * Checks the components.
   *
   * @param key a stable key: {@code complaints}, {@code support-tickets}, {@code
   *     discount-sensitive} or {@code product:<name>}
   * @param feature the customers with the feature (key as above)
   * @param ltv the LTV comparison, or why it could not be computed (a group with fewer than two
   *     customers …)
   * @param churn the churn independence test, or why it could not be computed
   */
  public RetentionDriver {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(ltv, "ltv");
    Objects.requireNonNull(churn, "churn");
  }
}
