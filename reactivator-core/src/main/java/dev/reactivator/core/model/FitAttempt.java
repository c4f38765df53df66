package dev.reactivator.core.model;

import java.util.Objects;

/**
 * One candidate of the fallback chain of {@link PurchaseModels#fit(ModelKind,
 * dev.reactivator.core.features.CustomerSummary, FitOptions)}: what was tried and what became of
 * it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the model tried
 * @param penalty the L2 penalty λ of the fit; 0 for a plain maximum-likelihood fit
 * @param logLikelihood the unpenalised total log-likelihood at the candidate's estimates (negative
 *     infinity when not computable)
 * @param quality {@link FitQuality#DEGENERATE} when rejected, else the quality it was accepted with
 * @param reason why it was rejected or accepted, in plain English
 */
public record FitAttempt(
    ModelKind kind, double penalty, double logLikelihood, FitQuality quality, String reason) {
  /**
   * Checks for nulls and NaN.
   *
   * @param kind the model tried
   * @param penalty the L2 penalty λ of the fit; 0 for a plain maximum-likelihood fit
   * @param logLikelihood the unpenalised total log-likelihood at the candidate's estimates
   * @param quality {@link FitQuality#DEGENERATE} when rejected, else the accepted quality
   * @param reason why it was rejected or accepted
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if {@code logLikelihood} or {@code penalty} is NaN
   */
  public FitAttempt {
    Objects.requireNonNull(kind, "kind");
    if (Double.isNaN(penalty)) {
      throw new IllegalArgumentException("penalty must not be NaN");
    }
    FitChecks.checkOutcome(quality, reason, logLikelihood);
  }

  /**
   * Whether this candidate was rejected.
   *
   * @return true when {@link #quality()} is {@link FitQuality#DEGENERATE}
   */
  public boolean rejected() {
    return quality == FitQuality.DEGENERATE;
  }
}
