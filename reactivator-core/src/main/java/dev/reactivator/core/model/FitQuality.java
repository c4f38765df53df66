package dev.reactivator.core.model;

/**
 * How much a fitted model can be trusted; the fit's reason text says why it is not {@link #GOOD}.
 * The constants are ordered from best to worst.
 *
 * <p>Immutable and thread-safe.
 */
public enum FitQuality {
  /**
   * A plain maximum-likelihood fit that converged with enough data and passed every guard of {@code
   * docs/metrics.md} ("Fit guards").
   */
  GOOD,
  /**
   * Too little or degenerate data: the likelihood was fitted with an L2 penalty towards the
   * population defaults.
   */
  REGULARISED,
  /** Not even a penalised fit was usable: the documented population defaults are used. */
  POPULATION_DEFAULTS,
  /**
   * Every likelihood fit was degenerate: churn comes from the empirical rule of the customer's
   * pause against their own and the population's cycle ({@link ModelKind#EMPIRICAL}).
   */
  EMPIRICAL,
  /**
   * A fit at the edge of the parameter space (dropout probability near 0 or 1 for everyone, a
   * parameter beyond the plausible range, a Hessian that is not positive definite, or no better
   * than the nested model without dropout). Only a rejected {@link FitAttempt} has it: such a fit
   * is never used for predictions.
   */
  DEGENERATE
}
