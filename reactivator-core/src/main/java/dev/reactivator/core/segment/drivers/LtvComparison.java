package dev.reactivator.core.segment.drivers;

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
 */
public record LtvComparison(
    int withFeature,
    int withoutFeature,
    double meanWith,
    double meanWithout,
    double t,
    double degreesOfFreedom,
    double p,
    double cohensD) {}
