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

  /**
   * The NBD over the rows of {@code rows}. It does not depend on t_x, so rows with the same (x, T)
   * are merged when every T is a whole number below 2³¹ (whole days: a few thousand rows instead of
   * hundreds of thousands); the merged rows are sorted by (x, T).
   */
  public NbdLikelihood(PurchaseLikelihood rows) {
    int n = rows.x.length;
    long[] keys = new long[n];
    boolean whole = true;
    for (int i = 0; i < n && whole; i++) {
      double t = rows.age[i];
      whole = t >= 0 && t < Integer.MAX_VALUE && t == Math.rint(t);
      keys[i] = ((long) rows.x[i] << 31) | (long) t;
    }
    if (!whole) {
      this.x = rows.x;
      this.age = rows.age;
      this.weight = rows.weight;
      return;
    }
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = keys[i];
    }
    // sort (key, weight) pairs: sort the keys, then sum the weights of equal keys in key order
    java.util.Arrays.sort(order);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || order[i] != order[i - 1]) {
        m++;
      }
    }
    long[] distinct = new long[m];
    for (int i = 0, k = -1; i < n; i++) {
      if (i == 0 || order[i] != order[i - 1]) {
        distinct[++k] = order[i];
      }
    }
    double[] w = new double[m];
    for (int i = 0; i < n; i++) {
      w[java.util.Arrays.binarySearch(distinct, keys[i])] += rows.weight[i];
    }
    this.x = new double[m];
    this.age = new double[m];
    this.weight = w;
    for (int k = 0; k < m; k++) {
      x[k] = distinct[k] >>> 31;
      age[k] = distinct[k] & Integer.MAX_VALUE;
    }
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
