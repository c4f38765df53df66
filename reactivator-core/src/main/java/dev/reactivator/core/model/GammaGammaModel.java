package dev.reactivator.core.model;

import java.util.Objects;

/**
 * The Gamma-Gamma spend model with known parameters. Immutable and thread-safe.
 * The conditional expected average transaction value of a customer with x ≥ 1 repeat transactions
 * of mean value m &gt; 0 is {@code p (v + x m) / (p x + q − 1)}, a weighted mean of the population
 * mean {@code p v / (q − 1)} and m; customers without repeat transactions get the population mean.
 */
public final class GammaGammaModel {
  private final GammaGammaParameters parameters;
  private final double populationMean;

  private GammaGammaModel(GammaGammaParameters parameters, double populationMean) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    if (!(populationMean >= 0) || Double.isInfinite(populationMean)) {
      throw new IllegalArgumentException("populationMean must be finite and >= 0, was " + populationMean);
    }
    this.populationMean = populationMean;
  }

  /** A model with {@code parameters}; its population mean is {@code p v / (q − 1)}, which needs {@code q > 1}. */
  public static GammaGammaModel of(GammaGammaParameters parameters) {
    if (!(parameters.q() > 1)) {
      throw new IllegalArgumentException("q must be > 1 for a finite population mean, was " + parameters.q());
    }
    return new GammaGammaModel(parameters, parameters.populationMean());
  }

  static GammaGammaModel of(GammaGammaParameters parameters, double populationMean) {
    return new GammaGammaModel(parameters, populationMean);
  }

  /** The parameters. */
  public GammaGammaParameters parameters() {
    return parameters;
  }

  /** The expected average transaction value of a customer without repeat transactions. */
  public double populationMean() {
    return populationMean;
  }

  /**
   * The conditional expected average transaction value of a customer with {@code x} repeat
   * transactions of mean value {@code meanSpend}; the population mean when {@code x < 1} or
   * {@code meanSpend ≤ 0}.
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
