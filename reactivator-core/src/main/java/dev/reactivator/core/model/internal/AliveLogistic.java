package dev.reactivator.core.model.internal;

import java.util.Arrays;

/**
 * The regularised logistic model of the supervised layer: P(alive) = σ(w₀ + Σ wⱼ zⱼ) over
 * standardised covariates z, fitted to "bought in the window" with P(buy) = P(alive) × B, where B
 * is the BTYD probability that a customer known to be alive buys within the window. The penalty λ/2
 * Σ wⱼ² (the intercept unpenalised) is maximised away by Fisher scoring with step halving, over a
 * row-major primitive matrix.
 */
public final class AliveLogistic {
  /** The bound keeping a probability inside (0, 1) in the log-likelihood. */
  static final double EPS = 1e-12;

  private static final int MAX_ITERATIONS = 30;
  private static final double TOLERANCE = 1e-9;

  private AliveLogistic() {}

  /**
   * The linear predictor of row {@code i}.
   *
   * @param w the weights, intercept first
   * @param z the standardised rows, {@code p} wide
   * @param p the row width
   * @param i the row
   * @return w₀ + Σ wⱼ z_ij
   */
  public static double eta(double[] w, double[] z, int p, int i) {
    double e = w[0];
    int base = i * p;
    for (int j = 0; j < p; j++) {
      e += w[j + 1] * z[base + j];
    }
    return e;
  }

  /**
   * The logistic function.
   *
   * @param e the linear predictor
   * @return 1 / (1 + e^−e)
   */
  public static double sigmoid(double e) {
    return e >= 0 ? 1 / (1 + Math.exp(-e)) : Math.exp(e) / (1 + Math.exp(e));
  }

  /**
   * Fits the weights on rows {@code rows} of {@code z}.
   *
   * @param z the standardised rows, {@code p} wide
   * @param p the row width
   * @param rows the rows to fit on
   * @param buy B of each row
   * @param bought the label of each row
   * @param lambda the penalty, {@code >= 0}
   * @param start the starting weights (intercept first), not modified
   * @return the fitted weights, intercept first
   */
  public static double[] fit(
      double[] z,
      int p,
      int[] rows,
      double[] buy,
      boolean[] bought,
      double lambda,
      double[] start) {
    int q = p + 1;
    double[] w = start.clone();
    double current = objective(w, z, p, rows, buy, bought, lambda);
    double[] grad = new double[q];
    double[] info = new double[q * q];
    double[] row = new double[q];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      Arrays.fill(grad, 0);
      Arrays.fill(info, 0);
      for (int i : rows) {
        double a = sigmoid(eta(w, z, p, i));
        double b = buy[i];
        double pb = clamp(a * b);
        double s = (1 - a) * ((bought[i] ? 1 : 0) - pb) / (1 - pb);
        double weight = a * (1 - a) * (1 - a) * b / (1 - pb);
        row[0] = 1;
        System.arraycopy(z, i * p, row, 1, p);
        for (int j = 0; j < q; j++) {
          double rj = row[j];
          grad[j] += s * rj;
          double wr = weight * rj;
          int base = j * q;
          for (int k = 0; k <= j; k++) {
            info[base + k] += wr * row[k];
          }
        }
      }
      for (int j = 1; j < q; j++) {
        grad[j] -= lambda * w[j];
        info[j * q + j] += lambda;
      }
      info[0] += 1e-9;
      double[] step = solve(info, grad, q);
      double factor = 1;
      double next = Double.NEGATIVE_INFINITY;
      double[] candidate = new double[q];
      for (int halving = 0; halving < 30; halving++) {
        for (int j = 0; j < q; j++) {
          candidate[j] = w[j] + factor * step[j];
        }
        next = objective(candidate, z, p, rows, buy, bought, lambda);
        if (next >= current) {
          break;
        }
        factor /= 2;
      }
      if (!(next >= current)) {
        break;
      }
      double change = 0;
      for (int j = 0; j < q; j++) {
        change = Math.max(change, Math.abs(candidate[j] - w[j]));
      }
      w = candidate;
      double gain = next - current;
      current = next;
      if (change < TOLERANCE || gain < TOLERANCE * (1 + Math.abs(current))) {
        break;
      }
    }
    return w;
  }

  /** The penalised log-likelihood. */
  static double objective(
      double[] w, double[] z, int p, int[] rows, double[] buy, boolean[] bought, double lambda) {
    double ll = 0;
    for (int i : rows) {
      double pb = clamp(sigmoid(eta(w, z, p, i)) * buy[i]);
      ll += bought[i] ? Math.log(pb) : Math.log1p(-pb);
    }
    double penalty = 0;
    for (int j = 1; j < w.length; j++) {
      penalty += w[j] * w[j];
    }
    return ll - lambda / 2 * penalty;
  }

  static double clamp(double v) {
    return Math.min(1 - EPS, Math.max(EPS, v));
  }

  /** Solves A x = g for a symmetric positive definite A whose lower triangle is filled. */
  static double[] solve(double[] a, double[] g, int q) {
    double[] l = new double[q * q];
    for (int j = 0; j < q; j++) {
      double d = a[j * q + j];
      for (int k = 0; k < j; k++) {
        d -= l[j * q + k] * l[j * q + k];
      }
      double root = Math.sqrt(Math.max(d, 1e-12));
      l[j * q + j] = root;
      for (int i = j + 1; i < q; i++) {
        double v = a[i * q + j];
        for (int k = 0; k < j; k++) {
          v -= l[i * q + k] * l[j * q + k];
        }
        l[i * q + j] = v / root;
      }
    }
    double[] y = new double[q];
    for (int i = 0; i < q; i++) {
      double v = g[i];
      for (int k = 0; k < i; k++) {
        v -= l[i * q + k] * y[k];
      }
      y[i] = v / l[i * q + i];
    }
    double[] x = new double[q];
    for (int i = q - 1; i >= 0; i--) {
      double v = y[i];
      for (int k = i + 1; k < q; k++) {
        v -= l[k * q + i] * x[k];
      }
      x[i] = v / l[i * q + i];
    }
    return x;
  }
}
