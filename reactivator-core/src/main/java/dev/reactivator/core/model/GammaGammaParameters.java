package dev.reactivator.core.model;

/**
 * The parameters of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV"): each
 * transaction value ~ Gamma(p, ν), the customer's ν ~ Gamma(q, γ); {@code v} is γ (lifetimes calls
 * it v).
 *
 * <p>Immutable and thread-safe.
 *
 * @param p shape of the transaction values, &gt; 0
 * @param q shape of the customers' ν, &gt; 0
 * @param v rate of the customers' ν (money scale), &gt; 0
 */
public record GammaGammaParameters(double p, double q, double v) {
  /**
   * Checks that every parameter is finite and positive.
   *
   * @param p shape of the transaction values, &gt; 0
   * @param q shape of the customers' ν, &gt; 0
   * @param v rate of the customers' ν (money scale), &gt; 0
   * @throws IllegalArgumentException unless every parameter is finite and {@code > 0}
   */
  public GammaGammaParameters {
    BgNbdParameters.positive("p", p);
    BgNbdParameters.positive("q", q);
    BgNbdParameters.positive("v", v);
  }

  /**
   * The population mean transaction value {@code p v / (q − 1)}; infinite when {@code q ≤ 1}.
   *
   * @return the population mean, {@code > 0} or infinite
   */
  public double populationMean() {
    return q > 1 ? p * v / (q - 1) : Double.POSITIVE_INFINITY;
  }
}
