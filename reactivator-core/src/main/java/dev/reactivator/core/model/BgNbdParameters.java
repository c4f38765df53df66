package dev.reactivator.core.model;

/**
 * The four parameters of BG/NBD and MBG/NBD: purchase rates λ ~ Gamma(shape r, rate α) and dropout
 * probabilities p ~ Beta(a, b). α is in the time unit of the data the model was fitted on. For
 * {@link ModelKind#PARETO_NBD} a and b carry s and β, the shape and rate of the Gamma-distributed
 * dropout rate μ (β in the data's unit).
 *
 * <p>Immutable and thread-safe.
 *
 * @param r shape of the purchase-rate distribution, &gt; 0
 * @param alpha rate (inverse scale) of the purchase-rate distribution, &gt; 0
 * @param a first shape of the dropout-probability distribution, &gt; 0
 * @param b second shape of the dropout-probability distribution, &gt; 0
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {
  /**
   * Checks that every parameter is finite and positive.
   *
   * @param r shape of the purchase-rate distribution, &gt; 0
   * @param alpha rate (inverse scale) of the purchase-rate distribution, &gt; 0
   * @param a first shape of the dropout-probability distribution, &gt; 0
   * @param b second shape of the dropout-probability distribution, &gt; 0
   * @throws IllegalArgumentException unless every parameter is finite and {@code > 0}
   */
  public BgNbdParameters {
    positive("r", r);
    positive("alpha", alpha);
    positive("a", a);
    positive("b", b);
  }

  static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + v);
    }
  }
}
