package dev.reactivator.core.clv.internal;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.Arrays;

/**
 * The Gamma-Gamma log-likelihood of repeat customers (x ≥ 1 repeat transactions with mean value
 * m &gt; 0), up to the constant that does not depend on the parameters:
 * {@code ll = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px − 1) ln m + px ln x − (px+q) ln(xm + v)}.
 * Rows are sorted by (x, m) so the sum does not depend on the order of customers; the gamma
 * functions are evaluated once per distinct x. Internal.
 */
public final class SpendLikelihood implements MaxLikelihood.Nll {
  private final double[] x;
  private final double[] m;
  private final double[] lnM;
  private final double[] lnX;

  /** Rows with x ≥ 1 and m &gt; 0 only; others must be filtered out by the caller. */
  public SpendLikelihood(double[] xs, double[] ms) {
    int n = xs.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (i, j) -> {
      int c = Double.compare(xs[i], xs[j]);
      return c != 0 ? c : Double.compare(ms[i], ms[j]);
    });
    x = new double[n];
    m = new double[n];
    lnM = new double[n];
    lnX = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = xs[order[k]];
      m[k] = ms[order[k]];
      lnM[k] = Math.log(m[k]);
      lnX[k] = Math.log(x[k]);
    }
  }

  /** The number of rows. */
  public int size() {
    return x.length;
  }

  @Override
  public double value(double[] theta) {
    return -logLikelihood(theta[0], theta[1], theta[2]);
  }

  /** The total log-likelihood. */
  public double logLikelihood(double p, double q, double v) {
    double lgQ = logGamma(q);
    double lnV = Math.log(v);
    double prevX = -1;
    double g = 0;
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double px = p * x[i];
      if (x[i] != prevX) {
        prevX = x[i];
        g = logGamma(px + q) - logGamma(px) - lgQ + q * lnV + px * lnX[i];
      }
      sum += g + (px - 1) * lnM[i] - (px + q) * Math.log(x[i] * m[i] + v);
    }
    return sum;
  }
}
