package dev.reactivator.core.model;

/**
 * How models are fitted. Validated on construction; {@link #defaults()} holds the documented
 * defaults.
 *
 * <p>Immutable and thread-safe.
 *
 * @param penalty the L2 penalty weight λ of the regularised fit: the objective is the mean negative
 *     log-likelihood per customer plus {@code λ Σ (ln θ − ln θ₀)²}, θ₀ the population defaults
 *     (default 0.05)
 * @param alwaysPenalise whether to fit with the penalty from the start instead of only as a
 *     fallback (default false)
 * @param minCustomers the fewest customers a plain fit is trusted with (default 30)
 * @param minRepeatCustomers the fewest customers with a repeat purchase a plain fit is trusted with
 *     (default 10)
 * @param maxEvaluations the most likelihood evaluations of one optimiser run (default 20000)
 */
public record FitOptions(
    double penalty,
    boolean alwaysPenalise,
    int minCustomers,
    int minRepeatCustomers,
    int maxEvaluations) {
  /**
   * Validates every option, naming it and its value.
   *
   * @param penalty the L2 penalty weight λ of the regularised fit: the objective is the mean
   *     negative log-likelihood per customer plus {@code λ Σ (ln θ − ln θ₀)²}, θ₀ the population
   *     defaults (default 0.05)
   * @param alwaysPenalise whether to fit with the penalty from the start instead of only as a
   *     fallback (default false)
   * @param minCustomers the fewest customers a plain fit is trusted with (default 30)
   * @param minRepeatCustomers the fewest customers with a repeat purchase a plain fit is trusted
   *     with (default 10)
   * @param maxEvaluations the most likelihood evaluations of one optimiser run (default 20000)
   * @throws IllegalArgumentException naming the first option out of range
   */
  public FitOptions {
    if (!(penalty > 0) || Double.isInfinite(penalty)) {
      throw new IllegalArgumentException("penalty must be finite and > 0, was " + penalty);
    }
    if (minCustomers < 1) {
      throw new IllegalArgumentException("minCustomers must be >= 1, was " + minCustomers);
    }
    if (minRepeatCustomers < 0) {
      throw new IllegalArgumentException(
          "minRepeatCustomers must be >= 0, was " + minRepeatCustomers);
    }
    if (maxEvaluations < 100) {
      throw new IllegalArgumentException("maxEvaluations must be >= 100, was " + maxEvaluations);
    }
  }

  /**
   * λ = 0.05, penalise only as a fallback, at least 30 customers and 10 repeat customers, 20000
   * evaluations.
   *
   * @return the default options
   */
  public static FitOptions defaults() {
    return new FitOptions(0.05, false, 30, 10, 20_000);
  }

  /**
   * A copy with other data thresholds for a plain fit.
   *
   * @param customers the fewest customers a plain fit is trusted with, {@code >= 1}
   * @param repeatCustomers the fewest repeat customers a plain fit is trusted with, {@code >= 0}
   * @return a copy with the two thresholds replaced
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public FitOptions withMinimums(int customers, int repeatCustomers) {
    return new FitOptions(penalty, alwaysPenalise, customers, repeatCustomers, maxEvaluations);
  }

  /**
   * A copy that always fits with penalty {@code lambda}.
   *
   * @param lambda the L2 penalty weight λ, finite and {@code > 0}
   * @return a copy that always penalises with {@code lambda}
   * @throws IllegalArgumentException if {@code lambda} is not finite and positive
   */
  public FitOptions withPenalty(double lambda) {
    return new FitOptions(lambda, true, minCustomers, minRepeatCustomers, maxEvaluations);
  }
}
