package dev.reactivator.core.model;

import java.util.Objects;

/**
 * The Gamma-Gamma spend model with known parameters. Immutable and thread-safe. The conditional
 * expected average transaction value of a customer with x ≥ 1 repeat transactions of mean value m
 * &gt; 0 is {@code p (v + x m) / (p x + q − 1)}, a weighted mean of the population mean {@code p v
 * / (q − 1)} and m; customers without repeat transactions get the population mean.
 */
public final class GammaGammaModel {
  private final GammaGammaParameters parameters;
  private final double populationMean;

  private GammaGammaModel(GammaGammaParameters parameters, double populationMean) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    if (!(populationMean >= 0) || Double.isInfinite(populationMean)) {
      throw new IllegalArgumentException(
          "populationMean must be finite and >= 0, was " + populationMean);
    }
    this.populationMean = populationMean;
  }

  /**
   * A model with {@code parameters}; its population mean is {@code p v / (q − 1)}, which needs
   * {@code q > 1}.
   *
   * @param parameters the fitted (or known) parameters p, q, v
   * @return the model
   * @throws IllegalArgumentException if {@code q <= 1}
   */
  public static GammaGammaModel of(GammaGammaParameters parameters) {
    if (!(parameters.q() > 1)) {
      throw new IllegalArgumentException(
          "q must be > 1 for a finite population mean, was " + parameters.q());
    }
    return new GammaGammaModel(parameters, parameters.populationMean());
  }

  static GammaGammaModel of(GammaGammaParameters parameters, double populationMean) {
    return new GammaGammaModel(parameters, populationMean);
  }

  /**
   * The parameters.
   *
   * @return the parameters p, q, v
   */
  public GammaGammaParameters parameters() {
    return parameters;
  }

  /**
   * The expected average transaction value of a customer without repeat transactions.
   *
   * @return the population mean transaction value, {@code > 0}, in the currency of the input
   */
  public double populationMean() {
    return populationMean;
  }

  /**
   * The conditional expected average transaction value of a customer with {@code x} repeat
   * transactions of mean value {@code meanSpend}; the population mean when {@code x < 1} or {@code
   * meanSpend ≤ 0}.
   *
   * @param x the number of repeat transactions, {@code >= 0}
   * @param meanSpend the mean value of those transactions, in the currency of the input
   * @return the expected average transaction value, in the currency of the input
   */
  public double expectedAverageOrder(double x, double meanSpend) {
    if (!(x >= 1) || !(meanSpend > 0) || Double.isInfinite(x) || Double.isInfinite(meanSpend)) {
      return populationMean;
    }
    double p = parameters.p();
    double q = parameters.q();
    double den = p * x + q - 1;
    if (!(den > 0)) {
      return meanSpend;
    }
    double shrink = (q - 1) / den;
    return shrink * populationMean + (1 - shrink) * meanSpend;
  }

  @Override
  public String toString() {
    return "GammaGammaModel[" + parameters + ", populationMean=" + populationMean + "]";
  }
}
