package dev.reactivator.core.model;

/**
 * The purchase-count models Reactivator can fit; formulas in {@code docs/metrics.md} ("Models").
 *
 * <p>Immutable and thread-safe.
 */
public enum ModelKind {
  /**
   * BG/NBD (Fader, Hardie &amp; Lee 2005): a customer can drop out only right after a repeat
   * purchase.
   */
  BG_NBD,
  /**
   * MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007): a customer can also drop out right after the
   * first purchase.
   */
  MBG_NBD,
  /**
   * Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987): a customer can drop out at any time, at
   * a Gamma(s, β)-distributed exponential rate; the parameters' {@code a} and {@code b} carry s and
   * β.
   */
  PARETO_NBD,
  /**
   * The empirical churn rule, the last resort when every likelihood fit is degenerate: churn grows
   * with the customer's pause measured in cycles (their own cycle shrunk towards the population's);
   * nothing is fitted.
   */
  EMPIRICAL
}
