package dev.reactivator.core.model;

/**
 * How much a fitted model can be trusted; the fit's reason text says why it is not {@link #GOOD}.
 */
public enum FitQuality {
  /** A plain maximum-likelihood fit that converged with enough data. */
  GOOD,
  /**
   * Too little or degenerate data: the likelihood was fitted with an L2 penalty towards the
   * population defaults.
   */
  REGULARISED,
  /** Not even a penalised fit was usable: the documented population defaults are used. */
  POPULATION_DEFAULTS
}
