package dev.reactivator.core.score;

import java.util.Objects;

/**
 * One reason code of one customer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the reason
 * @param strength how strongly the signal is present, from 0 (absent) to 1 (saturated); see {@code
 *     docs/metrics.md} for each code's formula
 * @param contribution the share of the customer's churn probability attributed to this reason:
 *     {@code churn × strength / Σ strengths}; the contributions of a customer sum to its churn
 *     probability. A heuristic attribution, not a causal effect.
 */
public record Reason(ReasonCode code, double strength, double contribution) {
  /**
   * Checks the components.
   *
   * @param code the reason
   * @param strength how strongly the signal is present, from 0 (absent) to 1 (saturated); see
   *     {@code docs/metrics.md} for each code's formula
   * @param contribution the share of the customer's churn probability attributed to this reason:
   *     {@code churn × strength / Σ strengths}; the contributions of a customer sum to its churn
   *     probability. A heuristic attribution, not a causal effect.
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if {@code strength} is outside (0, 1] or {@code contribution}
   *     outside [0, 1]
   */
  public Reason {
    Objects.requireNonNull(code, "code");
    if (!(strength > 0 && strength <= 1)) {
      throw new IllegalArgumentException("strength must be in (0, 1], was " + strength);
    }
    if (!(contribution >= 0 && contribution <= 1)) {
      throw new IllegalArgumentException("contribution must be in [0, 1], was " + contribution);
    }
  }
}
