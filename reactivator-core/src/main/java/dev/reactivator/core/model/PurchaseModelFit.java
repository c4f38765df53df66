package dev.reactivator.core.model;

import dev.reactivator.core.features.PeriodUnit;
import java.util.List;
import java.util.Objects;

/**
 * A fitted purchase model (BG/NBD, MBG/NBD or the empirical rule) and how it was obtained.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the model
 * @param unit the time unit of the data and of α
 * @param parameters the parameters used for predictions (for {@link ModelKind#EMPIRICAL} the
 *     population defaults, whose α / r is the population cycle the rule uses)
 * @param estimates r, α, a, b with standard errors and 95 % intervals where available
 * @param logLikelihood the (unpenalised) total log-likelihood of the data at {@code parameters}
 * @param iterations optimiser iterations (0 for population defaults)
 * @param converged whether the optimiser met its convergence rule (false for population defaults)
 * @param quality how far the fit can be trusted
 * @param reason why the quality is what it is, in plain English
 * @param customers customers the model was fitted on
 * @param repeatCustomers of them, customers with at least one repeat transaction
 * @param attempts the fallback chain in the order tried, ending with the candidate used
 */
public record PurchaseModelFit(
    ModelKind kind,
    PeriodUnit unit,
    BgNbdParameters parameters,
    List<ParameterEstimate> estimates,
    double logLikelihood,
    int iterations,
    boolean converged,
    FitQuality quality,
    String reason,
    int customers,
    int repeatCustomers,
    List<FitAttempt> attempts) {

  /**
   * Checks for nulls and copies the estimates.
   *
   * @param kind the model
   * @param unit the time unit of the data and of α
   * @param parameters the parameters used for predictions
   * @param estimates r, α, a, b with standard errors and 95 % intervals where available
   * @param logLikelihood the (unpenalised) total log-likelihood of the data at {@code parameters}
   * @param iterations optimiser iterations (0 for population defaults)
   * @param converged whether the optimiser met its convergence rule (false for population defaults)
   * @param quality how far the fit can be trusted
   * @param reason why the quality is what it is, in plain English
   * @param customers customers the model was fitted on
   * @param repeatCustomers of them, customers with at least one repeat transaction
   * @param attempts the fallback chain in the order tried, ending with the candidate used
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if {@code logLikelihood} is NaN
   */
  public PurchaseModelFit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(parameters, "parameters");
    estimates = List.copyOf(estimates);
    attempts = List.copyOf(attempts);
    FitChecks.checkOutcome(quality, reason, logLikelihood);
  }

  /**
   * The model with these parameters, ready for predictions.
   *
   * @return the purchase model with the fitted parameters, in {@link #unit()}
   */
  public PurchaseModel model() {
    return PurchaseModel.of(kind, parameters, unit);
  }
}
