package dev.reactivator.core.model.internal;

import static org.apache.commons.math3.special.Gamma.digamma;
import static org.apache.commons.math3.special.Gamma.logGamma;

/**
 * The NBD log-likelihood of the same grouped rows as a {@link PurchaseLikelihood}: purchase rates λ
 * ~ Gamma(r, α) and nobody ever drops out. It is the limit of BG/NBD and MBG/NBD as a → 0 (the
 * dropout probability vanishes), so it is nested in both; per row {@code ll = lnΓ(r+x) − lnΓ(r) + r
 * ln α − (r+x) ln(α+T)}, with ∂/∂r = ψ(r+x) − ψ(r) + ln α − ln(α+T) and ∂/∂α = r/α − (r+x)/(α+T).
 * Parameters (r, α). Internal.
 */
public final class NbdLikelihood implements MaxLikelihood.DifferentiableNll {
  private final double[] x;
  private final double[] age;
  private final double[] weight;

  /** The NBD over the rows of {@code rows}, sorted by x. */
  public NbdLikelihood(PurchaseLikelihood rows) {
    this.x = rows.x;
    this.age = rows.age;
    this.weight = rows.weight;
  }

  @Override
  public double value(double[] theta) {
    return valueAndGradient(theta, new double[2]);
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    double r = theta[0];
    double alpha = theta[1];
    double lnAlpha = Math.log(alpha);
    double lgR = logGamma(r);
    double dgR = digamma(r);
    double prevX = -1;
    double base = 0;
    double dBase = 0;
    double sum = 0;
    double gr = 0;
    double ga = 0;
    for (int i = 0; i < x.length; i++) {
      double xi = x[i];
      if (xi != prevX) {
        prevX = xi;
        base = logGamma(r + xi) - lgR + r * lnAlpha;
        dBase = digamma(r + xi) - dgR + lnAlpha;
      }
      double w = weight[i];
      double lnT = Math.log(alpha + age[i]);
      sum += w * (base - (r + xi) * lnT);
      gr += w * (dBase - lnT);
      ga += w * (r / alpha - (r + xi) / (alpha + age[i]));
    }
    gradient[0] = -gr;
    gradient[1] = -ga;
    return -sum;
  }
}
