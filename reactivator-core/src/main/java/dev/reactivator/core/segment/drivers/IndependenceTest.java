package dev.reactivator.core.segment.drivers;

import org.apache.commons.math3.distribution.NormalDistribution;

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
    boolean smallExpectedCounts) {

  /**
   * The difference of the outcome rates, a/(a+b) − c/(c+d).
   *
   * @return {@code outcomeRateWith − outcomeRateWithout}
   */
  public double difference() {
    return outcomeRateWith - outcomeRateWithout;
  }

  /**
   * Newcombe's hybrid score interval (Newcombe 1998, method 10) of the difference of the outcome
   * rates p₁ − p₀: with Wilson's intervals (l₁, u₁) of p₁ and (l₀, u₀) of p₀, the interval is p₁ −
   * p₀ − √((p₁ − l₁)² + (u₀ − p₀)²) to p₁ − p₀ + √((u₁ − p₁)² + (p₀ − l₀)²). See {@code
   * docs/metrics.md}, "Discount elasticity".
   *
   * @param level the coverage, strictly between 0 and 1 (0.95 for 95 %)
   * @return the interval of the difference
   * @throws IllegalArgumentException when the level is outside (0, 1)
   */
  public ConfidenceInterval differenceInterval(double level) {
    ConfidenceInterval.checkLevel(level);
    double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + level) / 2);
    double p1 = outcomeRateWith;
    double p0 = outcomeRateWithout;
    double[] w1 = wilson(featureAndOutcome, featureAndOutcome + featureOnly, z);
    double[] w0 = wilson(outcomeOnly, outcomeOnly + neither, z);
    double d = p1 - p0;
    double low = d - Math.sqrt(sq(p1 - w1[0]) + sq(w0[1] - p0));
    double high = d + Math.sqrt(sq(w1[1] - p1) + sq(p0 - w0[0]));
    return new ConfidenceInterval(low, high, level);
  }

  /**
   * Wilson's score interval of the proportion {@code x / n}.
   *
   * @param x the successes
   * @param n the trials, {@code >= 1}
   * @param z the normal quantile of the coverage
   * @return {@code {low, high}}
   */
  static double[] wilson(long x, long n, double z) {
    double p = (double) x / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  private static double sq(double x) {
    return x * x;
  }
}
