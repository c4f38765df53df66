package dev.reactivator.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A fitted Gamma-Gamma spend model and how it was obtained.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parameters the parameters used for predictions
 * @param estimates p, q, v with standard errors and 95 % intervals where available
 * @param logLikelihood the (unpenalised) log-likelihood of the repeat customers at {@code
 *     parameters}, without the parameter-free constant; 0 when there were none
 * @param iterations optimiser iterations (0 for population defaults)
 * @param converged whether the optimiser met its convergence rule
 * @param quality how far the fit can be trusted
 * @param reason why the quality is what it is, in plain English
 * @param customers repeat customers with a positive mean repeat spend the model was fitted on
 * @param populationMean the expected average order of a customer without repeat transactions
 */
public record SpendModelFit(
    GammaGammaParameters parameters,
    List<ParameterEstimate> estimates,
    double logLikelihood,
    int iterations,
    boolean converged,
    FitQuality quality,
    String reason,
    int customers,
    double populationMean) {

  /**
   * Checks for nulls and copies the estimates.
   *
   * @param parameters the parameters used for predictions
   * @param estimates p, q, v with standard errors and 95 % intervals where available
   * @param logLikelihood the (unpenalised) log-likelihood of the repeat customers at {@code
   *     parameters}, without the parameter-free constant; 0 when there were none
   * @param iterations optimiser iterations (0 for population defaults)
   * @param converged whether the optimiser met its convergence rule
   * @param quality how far the fit can be trusted
   * @param reason why the quality is what it is, in plain English
   * @param customers repeat customers with a positive mean repeat spend the model was fitted on
   * @param populationMean the expected average order of a customer without repeat transactions
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if {@code logLikelihood} is NaN
   */
  public SpendModelFit {
    Objects.requireNonNull(parameters, "parameters");
    estimates = List.copyOf(estimates);
    FitChecks.checkOutcome(quality, reason, logLikelihood);
  }

  /**
   * The model with these parameters, ready for predictions.
   *
   * @return the Gamma-Gamma model with the fitted parameters
   */
  public GammaGammaModel model() {
    return GammaGammaModel.of(parameters, populationMean);
  }
}
