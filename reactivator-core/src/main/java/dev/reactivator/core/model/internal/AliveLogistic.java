package dev.reactivator.core.model.internal;

import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;

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

  /** From this many rows on, the two halves' sums are computed apart (one in the common pool). */
  static final int HALVES_FROM = 8192;

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
    int n = rows.length;
    double[] w = start.clone();
    // σ(η) of every row at w, kept from the objective's pass so the scores need no second one
    double[] alive = new double[n];
    double[] trial = new double[n];
    double current = objective(w, z, p, rows, buy, bought, lambda, alive);
    double[] grad = new double[q];
    double[] info = new double[q * q];
    double[] score = new double[n];
    double[] weight = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      for (int k = 0; k < n; k++) {
        int i = rows[k];
        double a = alive[k];
        double b = buy[i];
        double pb = clamp(a * b);
        score[k] = (1 - a) * ((bought[i] ? 1 : 0) - pb) / (1 - pb);
        weight[k] = a * (1 - a) * (1 - a) * b / (1 - pb);
      }
      accumulateInHalves(z, p, rows, score, weight, grad, info);
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
        next = objective(candidate, z, p, rows, buy, bought, lambda, trial);
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
      double[] swap = alive;
      alive = trial;
      trial = swap;
      double gain = next - current;
      current = next;
      if (change < TOLERANCE || gain < TOLERANCE * (1 + Math.abs(current))) {
        break;
      }
    }
    return w;
  }

  /**
   * {@link #accumulate} over {@code rows}; from {@link #HALVES_FROM} rows on, the first and the
   * second half (split at a multiple of four) are summed apart, the second in the common pool, and
   * then added. The split depends on the row count only, so the result is the same on one core or
   * many (it differs from one sequential sum in the last bits).
   */
  static void accumulateInHalves(
      double[] z,
      int p,
      int[] rows,
      double[] score,
      double[] weight,
      double[] grad,
      double[] info) {
    int n = rows.length;
    if (n < HALVES_FROM) {
      accumulate(z, p, rows, 0, n, score, weight, grad, info);
      return;
    }
    int half = (n / 2) & ~3;
    double[] grad2 = new double[grad.length];
    double[] info2 = new double[info.length];
    ForkJoinTask<?> second =
        ForkJoinTask.adapt(() -> accumulate(z, p, rows, half, n, score, weight, grad2, info2))
            .fork();
    accumulate(z, p, rows, 0, half, score, weight, grad, info);
    second.join();
    for (int j = 0; j < grad.length; j++) {
      grad[j] += grad2[j];
    }
    for (int j = 0; j < info.length; j++) {
      info[j] += info2[j];
    }
  }

  /**
   * {@link #accumulate(double[], int, int[], int, int, double[], double[], double[], double[])}
   * over all of {@code rows}.
   */
  static void accumulate(
      double[] z,
      int p,
      int[] rows,
      double[] score,
      double[] weight,
      double[] grad,
      double[] info) {
    accumulate(z, p, rows, 0, rows.length, score, weight, grad, info);
  }

  /**
   * The score vector Σ sₖ (1, z_k) and the lower triangle of the information Σ wₖ (1, z_k)(1, z_k)ᵀ
   * over {@code rows[from..to)} ({@code score} and {@code weight} indexed like {@code rows}),
   * overwriting {@code grad} and {@code info}. Four rows go through each entry at a time (one load
   * and store of the entry instead of four); each entry still adds the rows' terms one by one in
   * row order, so the sums are those of a row-by-row loop to the bit.
   */
  static void accumulate(
      double[] z,
      int p,
      int[] rows,
      int from,
      int to,
      double[] score,
      double[] weight,
      double[] grad,
      double[] info) {
    int q = p + 1;
    int n = to;
    Arrays.fill(grad, 0);
    Arrays.fill(info, 0);
    int k = from;
    for (; k + 4 <= n; k += 4) {
      // z[bX + j] is column j of the row with the intercept as column 0
      int b0 = rows[k] * p - 1;
      int b1 = rows[k + 1] * p - 1;
      int b2 = rows[k + 2] * p - 1;
      int b3 = rows[k + 3] * p - 1;
      double s0 = score[k];
      double s1 = score[k + 1];
      double s2 = score[k + 2];
      double s3 = score[k + 3];
      double t0 = weight[k];
      double t1 = weight[k + 1];
      double t2 = weight[k + 2];
      double t3 = weight[k + 3];
      grad[0] = grad[0] + s0 + s1 + s2 + s3;
      info[0] = info[0] + t0 + t1 + t2 + t3;
      for (int j = 1; j < q; j++) {
        double r0 = z[b0 + j];
        double r1 = z[b1 + j];
        double r2 = z[b2 + j];
        double r3 = z[b3 + j];
        grad[j] = grad[j] + s0 * r0 + s1 * r1 + s2 * r2 + s3 * r3;
        double w0 = t0 * r0;
        double w1 = t1 * r1;
        double w2 = t2 * r2;
        double w3 = t3 * r3;
        int base = j * q;
        info[base] = info[base] + w0 + w1 + w2 + w3;
        for (int c = 1; c <= j; c++) {
          info[base + c] =
              info[base + c] + w0 * z[b0 + c] + w1 * z[b1 + c] + w2 * z[b2 + c] + w3 * z[b3 + c];
        }
      }
    }
    for (; k < n; k++) {
      int b0 = rows[k] * p - 1;
      double s0 = score[k];
      double t0 = weight[k];
      grad[0] += s0;
      info[0] += t0;
      for (int j = 1; j < q; j++) {
        double r0 = z[b0 + j];
        grad[j] += s0 * r0;
        double w0 = t0 * r0;
        int base = j * q;
        info[base] += w0;
        for (int c = 1; c <= j; c++) {
          info[base + c] += w0 * z[b0 + c];
        }
      }
    }
  }

  /** The penalised log-likelihood. */
  static double objective(
      double[] w, double[] z, int p, int[] rows, double[] buy, boolean[] bought, double lambda) {
    return objective(w, z, p, rows, buy, bought, lambda, new double[rows.length]);
  }

  /** The penalised log-likelihood, leaving σ(η) of each of {@code rows} in {@code alive}. */
  private static double objective(
      double[] w,
      double[] z,
      int p,
      int[] rows,
      double[] buy,
      boolean[] bought,
      double lambda,
      double[] alive) {
    double ll = 0;
    for (int k = 0; k < rows.length; k++) {
      int i = rows[k];
      double a = sigmoid(eta(w, z, p, i));
      alive[k] = a;
      double pb = clamp(a * buy[i]);
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
