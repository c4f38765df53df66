package dev.reactivator.core.segment.drivers;

/**
 * Pearson's chi² test of independence of a binary feature and a binary outcome on the 2×2 table,
 * without continuity correction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param featureAndOutcome customers with the feature and the outcome (a)
 * @param featureOnly with the feature, without the outcome (b)
 * @param outcomeOnly without the feature, with the outcome (c)
 * @param neither neither (d)
 * @param statistic χ² = N(ad − bc)² / ((a+b)(c+d)(a+c)(b+d)), 1 degree of freedom
 * @param p the p-value, P(χ²₁ ≥ statistic)
 * @param outcomeRateWith a / (a + b)
 * @param outcomeRateWithout c / (c + d)
 * @param smallExpectedCounts whether an expected cell count is below 5 (the χ² approximation is
 *     then rough)
 */
public record IndependenceTest(
    long featureAndOutcome,
    long featureOnly,
    long outcomeOnly,
    long neither,
    double statistic,
    double p,
    double outcomeRateWith,
    double outcomeRateWithout,
    boolean smallExpectedCounts) {}
