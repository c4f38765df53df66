package dev.reactivator.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The supervised layer on top of a BTYD purchase model: a regularised logistic model of P(alive)
 * over the BTYD model's own logit P(alive) and the covariates of the export (tenure, pause against
 * the cycle, first order, check trend, complaints, tickets, discount share, product family of the
 * first and last order), trained on an earlier cut-off of the same data. The probability of a
 * purchase within a horizon is this P(alive) times the BTYD probability that a customer known to be
 * alive buys within it. Immutable; definitions in {@code docs/metrics.md} ("Supervised layer").
 */
public final class SupervisedLayer {
  private final List<String> features;
  private final double[] mean;
  private final double[] scale;
  private final double[] weights;
  private final SupervisedValidation validation;

  private SupervisedLayer(
      List<String> features,
      double[] mean,
      double[] scale,
      double[] weights,
      SupervisedValidation validation) {
    this.features = features;
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
    this.validation = validation;
  }

  /**
   * A layer from its parts.
   *
   * @param features the covariate names, in column order
   * @param mean the training mean of each covariate
   * @param scale the training standard deviation of each covariate (1 where it was 0), {@code > 0}
   * @param weights the intercept, then one weight per standardised covariate
   * @param validation how it validated
   * @return the layer, holding copies
   * @throws IllegalArgumentException if the lengths disagree or a number is not finite
   */
  public static SupervisedLayer of(
      List<String> features,
      List<Double> mean,
      List<Double> scale,
      List<Double> weights,
      SupervisedValidation validation) {
    Objects.requireNonNull(validation, "validation");
    List<String> names = List.copyOf(features);
    int p = names.size();
    if (mean.size() != p || scale.size() != p || weights.size() != p + 1) {
      throw new IllegalArgumentException(
          "a layer over "
              + p
              + " covariates needs "
              + p
              + " means and scales and "
              + (p + 1)
              + " weights, had "
              + mean.size()
              + ", "
              + scale.size()
              + ", "
              + weights.size());
    }
    double[] m = finite(mean, "mean");
    double[] s = finite(scale, "scale");
    for (double v : s) {
      if (!(v > 0)) {
        throw new IllegalArgumentException("scales must be > 0, was " + v);
      }
    }
    return new SupervisedLayer(names, m, s, finite(weights, "weights"), validation);
  }

  private static double[] finite(List<Double> values, String what) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      double v = values.get(i);
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(what + " must be finite, was " + v);
      }
      out[i] = v;
    }
    return out;
  }

  /**
   * The covariate names, in column order.
   *
   * @return the names
   */
  public List<String> features() {
    return features;
  }

  /**
   * The training mean of each covariate.
   *
   * @return the means, in column order
   */
  public List<Double> means() {
    return list(mean);
  }

  /**
   * The training standard deviation of each covariate.
   *
   * @return the scales, in column order
   */
  public List<Double> scales() {
    return list(scale);
  }

  /**
   * The intercept, then the weight of each standardised covariate.
   *
   * @return the weights
   */
  public List<Double> weights() {
    return list(weights);
  }

  private static List<Double> list(double[] a) {
    List<Double> l = new ArrayList<>(a.length);
    for (double v : a) {
      l.add(v);
    }
    return List.copyOf(l);
  }

  /**
   * The validation figures and the choice.
   *
   * @return how the layer validated
   */
  public SupervisedValidation validation() {
    return validation;
  }

  /**
   * Whether P(alive) and the return probability rest on this layer.
   *
   * @return true if it beat the BTYD model on the validation log loss
   */
  public boolean chosen() {
    return validation.supervisedChosen();
  }

  /**
   * The logit of P(alive) for one row of raw covariates.
   *
   * @param raw the raw covariates, {@code features().size()} of them from {@code offset}
   * @param offset the index of the row's first covariate
   * @return w₀ + Σ wⱼ (rawⱼ − meanⱼ) / scaleⱼ
   */
  public double logitAlive(double[] raw, int offset) {
    double e = weights[0];
    for (int j = 0; j < mean.length; j++) {
      e += weights[j + 1] * ((raw[offset + j] - mean[j]) / scale[j]);
    }
    return e;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SupervisedLayer l
        && features.equals(l.features)
        && Arrays.equals(mean, l.mean)
        && Arrays.equals(scale, l.scale)
        && Arrays.equals(weights, l.weights)
        && validation.equals(l.validation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        features,
        Arrays.hashCode(mean),
        Arrays.hashCode(scale),
        Arrays.hashCode(weights),
        validation);
  }

  @Override
  public String toString() {
    return "SupervisedLayer[features="
        + features.size()
        + ", chosen="
        + chosen()
        + ", weights="
        + Arrays.toString(weights)
        + "]";
  }
}
