package dev.reactivator.core.model.internal;

import static org.apache.commons.math3.special.Gamma.digamma;
import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.Arrays;

/**
 * The Gamma-Gamma log-likelihood of repeat customers (x ≥ 1 repeat transactions with mean value m
 * &gt; 0), up to the constant that does not depend on the parameters: {@code ll = lnΓ(px+q) −
 * lnΓ(px) − lnΓ(q) + q ln v + (px − 1) ln m + px ln x − (px+q) ln(xm + v)}. Rows are sorted by (x,
 * m) so the sum does not depend on the order of customers; the gamma functions are evaluated once
 * per distinct x. Internal.
 */
public final class SpendLikelihood implements MaxLikelihood.DifferentiableNll {
  /** Each row's x·m, sorted by (x, m). */
  private final double[] xm;

  /** The distinct x. */
  private final double[] groupX;

  /** Rows of group g: {@code groupStart[g]} to {@code groupStart[g + 1]}. */
  private final int[] groupStart;

  /** Per distinct x: Σ ln m over its rows. */
  private final double[] sumLnM;

  /** Per distinct x: ln x. */
  private final double[] lnX;

  /** Rows with x ≥ 1 and m &gt; 0 only; others must be filtered out by the caller. */
  public SpendLikelihood(double[] xs, double[] ms) {
    int n = xs.length;
    double[] sx = new double[n];
    double[] sm = new double[n];
    sortPairs(xs, ms, sx, sm);
    xm = new double[n];
    double[] gx = new double[n];
    int[] start = new int[n + 1];
    double[] sl = new double[n];
    int g = -1;
    for (int k = 0; k < n; k++) {
      double x = sx[k];
      double m = sm[k];
      xm[k] = x * m;
      if (g < 0 || x != gx[g]) {
        g++;
        gx[g] = x;
        start[g] = k;
      }
      sl[g] += Math.log(m);
    }
    int groups = g + 1;
    start[groups] = n;
    groupX = Arrays.copyOf(gx, groups);
    groupStart = Arrays.copyOf(start, groups + 1);
    sumLnM = Arrays.copyOf(sl, groups);
    lnX = new double[groups];
    for (int k = 0; k < groups; k++) {
      lnX[k] = Math.log(groupX[k]);
    }
  }

  /**
   * Writes the pairs {@code (xs[i], ms[i])} sorted by (x, m) into {@code sx, sm}. With every x ≥ 1
   * and m &gt; 0 (the contract) the pairs are bucketed by distinct x and each bucket's m sorted as
   * primitive bit patterns (for positive doubles the order of {@code doubleToRawLongBits} is the
   * numeric order), the same sequence of values as the comparison sort of boxed indices that any
   * other input still takes.
   */
  static void sortPairs(double[] xs, double[] ms, double[] sx, double[] sm) {
    int n = xs.length;
    boolean positive = true;
    for (int i = 0; i < n && positive; i++) {
      positive = xs[i] >= 1 && ms[i] > 0;
    }
    if (!positive) {
      int[] order =
          IndexOrder.of(
              n,
              (i, j) -> {
                int c = Double.compare(xs[i], xs[j]);
                return c != 0 ? c : Double.compare(ms[i], ms[j]);
              });
      for (int k = 0; k < n; k++) {
        sx[k] = xs[order[k]];
        sm[k] = ms[order[k]];
      }
      return;
    }
    double[] distinct = xs.clone();
    Arrays.sort(distinct);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || distinct[i] != distinct[d - 1]) {
        distinct[d++] = distinct[i];
      }
    }
    int[] bucket = new int[n];
    int[] fill = new int[d + 1];
    for (int i = 0; i < n; i++) {
      bucket[i] = Arrays.binarySearch(distinct, 0, d, xs[i]);
      fill[bucket[i] + 1]++;
    }
    for (int b = 0; b < d; b++) {
      fill[b + 1] += fill[b];
    }
    int[] bounds = fill.clone();
    long[] bits = new long[n];
    for (int i = 0; i < n; i++) {
      bits[fill[bucket[i]]++] = Double.doubleToRawLongBits(ms[i]);
    }
    for (int b = 0; b < d; b++) {
      Arrays.sort(bits, bounds[b], bounds[b + 1]);
      Arrays.fill(sx, bounds[b], bounds[b + 1], distinct[b]);
    }
    for (int k = 0; k < n; k++) {
      sm[k] = Double.longBitsToDouble(bits[k]);
    }
  }

  /** The number of rows. */
  public int size() {
    return xm.length;
  }

  @Override
  public double value(double[] theta) {
    return -logLikelihood(theta[0], theta[1], theta[2]);
  }

  /**
   * The total log-likelihood, summed per distinct x: the terms that depend on x only are taken once
   * and multiplied by the group size, {@code (px − 1) Σ ln m} uses the precomputed sum, and only
   * {@code ln(xm + v)} is taken per row.
   */
  public double logLikelihood(double p, double q, double v) {
    double lgQ = logGamma(q);
    double lnV = Math.log(v);
    double sum = 0;
    for (int g = 0; g < groupX.length; g++) {
      double px = p * groupX[g];
      int from = groupStart[g];
      int to = groupStart[g + 1];
      double lnSum = 0;
      for (int i = from; i < to; i++) {
        lnSum += Math.log(xm[i] + v);
      }
      double perRow = logGamma(px + q) - logGamma(px) - lgQ + q * lnV + px * lnX[g];
      sum += (to - from) * perRow + (px - 1) * sumLnM[g] - (px + q) * lnSum;
    }
    return sum;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    double ll = logLikelihood(theta[0], theta[1], theta[2], gradient);
    for (int i = 0; i < 3; i++) {
      gradient[i] = -gradient[i];
    }
    return -ll;
  }

  /**
   * The total log-likelihood as {@link #logLikelihood(double, double, double)} computes it, and its
   * gradient with respect to (p, q, v) written into {@code gradient}; per row ∂/∂p = x [ψ(px+q) −
   * ψ(px) + ln m + ln x − ln(xm+v)], ∂/∂q = ψ(px+q) − ψ(q) + ln v − ln(xm+v), ∂/∂v = q/v −
   * (px+q)/(xm+v), summed per distinct x like the value.
   */
  public double logLikelihood(double p, double q, double v, double[] gradient) {
    double lgQ = logGamma(q);
    double dgQ = digamma(q);
    double lnV = Math.log(v);
    double sum = 0;
    double gp = 0;
    double gq = 0;
    double gv = 0;
    for (int g = 0; g < groupX.length; g++) {
      double x = groupX[g];
      double px = p * x;
      int from = groupStart[g];
      int to = groupStart[g + 1];
      double lnSum = 0;
      double invSum = 0;
      for (int i = from; i < to; i++) {
        double d = xm[i] + v;
        lnSum += Math.log(d);
        invSum += 1 / d;
      }
      int c = to - from;
      double perRow = logGamma(px + q) - logGamma(px) - lgQ + q * lnV + px * lnX[g];
      sum += c * perRow + (px - 1) * sumLnM[g] - (px + q) * lnSum;
      double dgPQ = digamma(px + q);
      gp += x * (c * (dgPQ - digamma(px) + lnX[g]) + sumLnM[g] - lnSum);
      gq += c * (dgPQ - dgQ + lnV) - lnSum;
      gv += c * q / v - (px + q) * invSum;
    }
    gradient[0] = gp;
    gradient[1] = gq;
    gradient[2] = gv;
    return sum;
  }
}
