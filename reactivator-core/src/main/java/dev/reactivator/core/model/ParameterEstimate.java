package dev.reactivator.core.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One fitted parameter with its uncertainty. The standard error comes from the inverse of the
 * numerical Hessian of the (penalised) negative log-likelihood at the optimum; the 95 % interval is
 * {@code value × exp(±1.96 × se / value)} (a Wald interval on the log scale, so it stays positive).
 * Both are empty when the Hessian is not positive definite, and for population defaults.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the parameter's name ({@code r}, {@code alpha}, {@code a}, {@code b}, {@code p},
 *     {@code q}, {@code v})
 * @param value the estimate
 * @param standardError the standard error, when available
 * @param lower95 the lower end of the 95 % interval, when available
 * @param upper95 the upper end of the 95 % interval, when available
 */
public record ParameterEstimate(
    String name,
    double value,
    OptionalDouble standardError,
    OptionalDouble lower95,
    OptionalDouble upper95) {
  /**
   * Checks for nulls.
   *
   * @param name the parameter's name ({@code r}, {@code alpha}, {@code a}, {@code b}, {@code p},
   *     {@code q}, {@code v})
   * @param value the estimate
   * @param standardError the standard error, when available
   * @param lower95 the lower end of the 95 % interval, when available
   * @param upper95 the upper end of the 95 % interval, when available
   * @throws NullPointerException if a reference component is null
   */
  public ParameterEstimate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(standardError, "standardError");
    Objects.requireNonNull(lower95, "lower95");
    Objects.requireNonNull(upper95, "upper95");
  }

  /**
   * An estimate with the given standard error (NaN or non-positive: none) and its log-scale 95 %
   * interval.
   *
   * @param name the parameter's name as in the paper, such as {@code alpha}
   * @param value the point estimate, {@code > 0}
   * @param se the standard error; NaN or {@code <= 0} when it could not be estimated
   * @return the estimate; the error and the interval are empty without a standard error
   */
  public static ParameterEstimate of(String name, double value, double se) {
    if (!(se > 0) || Double.isInfinite(se)) {
      return new ParameterEstimate(
          name, value, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
    double f = Math.exp(1.96 * se / value);
    return new ParameterEstimate(
        name,
        value,
        OptionalDouble.of(se),
        OptionalDouble.of(value / f),
        OptionalDouble.of(value * f));
  }
}
