package dev.reactivator.core.segment.drivers;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * LTV (total spent) of customers with a feature against those without: Welch's t-test and Cohen's
 * d.
 *
 * <p>Immutable and thread-safe.
 *
 * @param withFeature n₁, customers with the feature
 * @param withoutFeature n₀, customers without it
 * @param meanWith mean LTV with the feature
 * @param meanWithout mean LTV without it
 * @param t Welch's t = (m₁ − m₀) / √(s₁²/n₁ + s₀²/n₀)
 * @param degreesOfFreedom the Welch–Satterthwaite degrees of freedom
 * @param p the two-sided p-value
 * @param cohensD (m₁ − m₀) / pooled SD, pooled SD = √(((n₁−1)s₁² + (n₀−1)s₀²) / (n₁ + n₀ − 2))
 * @param standardError Welch's standard error of the difference, √(s₁²/n₁ + s₀²/n₀), {@code > 0}
 */
public record LtvComparison(
    int withFeature,
    int withoutFeature,
    double meanWith,
    double meanWithout,
    double t,
    double degreesOfFreedom,
    double p,
    double cohensD,
    double standardError) {

  /**
   * The difference of the means, m₁ − m₀.
   *
   * @return {@code meanWith − meanWithout}
   */
  public double difference() {
    return meanWith - meanWithout;
  }

  /**
   * Welch's confidence interval of m₁ − m₀: (m₁ − m₀) ± t<sub>(1+level)/2, ν</sub> · SE, ν the
   * Welch–Satterthwaite degrees of freedom. See {@code docs/metrics.md}, "Discount elasticity".
   *
   * @param level the coverage, strictly between 0 and 1 (0.95 for 95 %)
   * @return the interval of the difference
   * @throws IllegalArgumentException when the level is outside (0, 1)
   */
  public ConfidenceInterval differenceInterval(double level) {
    ConfidenceInterval.checkLevel(level);
    double q =
        new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability((1 + level) / 2);
    double d = difference();
    return new ConfidenceInterval(d - q * standardError, d + q * standardError, level);
  }
}
