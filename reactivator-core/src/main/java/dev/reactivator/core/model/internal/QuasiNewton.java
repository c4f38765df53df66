package dev.reactivator.core.model.internal;

/**
 * BFGS with a backtracking (Armijo) line search on the log-parameters, for objectives with an
 * analytic gradient: the fast first attempt of {@link MaxLikelihood#fit}. It minimises the same
 * objective {@code g(u) = nll(exp(u)) / W + λ Σ (u_i − ln θ₀_i)²} as the Nelder–Mead path and hands
 * back a result only when it has clearly converged — the largest gradient component at most {@link
 * #GRADIENT_TOLERANCE} (or at most {@link #STALL_GRADIENT} when the line search can no longer
 * decrease g at floating-point precision) at a finite point inside the search box with a
 * positive-definite Hessian; otherwise it returns {@code null} and the caller runs Nelder–Mead as
 * before. A step that lowers g with a log-parameter beyond ±{@link MaxLikelihood#RUNAWAY_LOG} (or
 * beyond the caller's bounds) ends the run at once with {@link MaxLikelihood.Result#ranAway} set,
 * so a degenerate optimum costs a few dozen evaluations instead of a long Nelder–Mead crawl along
 * the edge. Internal.
 */
final class QuasiNewton {
  /** Converged when every |∂g/∂u_i| is at most this (g is a mean per customer). */
  static final double GRADIENT_TOLERANCE = 1e-10;

  /** Accepted when the line search stalls with every |∂g/∂u_i| at most this. */
  static final double STALL_GRADIENT = 1e-7;

  private static final int MAX_ITERATIONS = 500;
  private static final double LOG_BOUND = 25.0;
  private static final double MAX_STEP = 2.0;
  private static final double ARMIJO = 1e-4;

  private QuasiNewton() {}

  /** The converged fit, or {@code null} when BFGS did not clearly converge. */
  static MaxLikelihood.Result fit(
      MaxLikelihood.DifferentiableNll nll,
      double[] u0,
      double w,
      double[] logPrior,
      double penalty,
      int maxEvaluations,
      double lowLog,
      double highLog) {
    int d = u0.length;
    double[] u = u0.clone();
    double[] g = new double[d];
    double f = objective(nll, u, w, logPrior, penalty, g);
    if (!Double.isFinite(f)) {
      return null;
    }
    int evaluations = 1;
    double[][] h = identity(d);
    double[] p = new double[d];
    double[] un = new double[d];
    double[] gn = new double[d];
    double[] s = new double[d];
    double[] y = new double[d];
    boolean converged = false;
    int iteration = 0;
    boolean first = true;
    while (iteration < MAX_ITERATIONS && evaluations < maxEvaluations) {
      if (maxAbs(g) <= GRADIENT_TOLERANCE) {
        converged = true;
        break;
      }
      iteration++;
      double slope = 0;
      for (int i = 0; i < d; i++) {
        double v = 0;
        for (int j = 0; j < d; j++) {
          v -= h[i][j] * g[j];
        }
        p[i] = v;
        slope += v * g[i];
      }
      if (!(slope < 0)) {
        h = identity(d);
        slope = 0;
        for (int i = 0; i < d; i++) {
          p[i] = -g[i];
          slope -= g[i] * g[i];
        }
      }
      double step = 1.0;
      double longest = maxAbs(p);
      if (longest * step > MAX_STEP) {
        step = MAX_STEP / longest;
      }
      double fn = Double.NaN;
      boolean accepted = false;
      for (int k = 0; k < 60 && evaluations < maxEvaluations; k++) {
        for (int i = 0; i < d; i++) {
          un[i] = u[i] + step * p[i];
        }
        fn = objective(nll, un, w, logPrior, penalty, gn);
        evaluations++;
        if (Double.isFinite(fn) && fn <= f + ARMIJO * step * slope && allFinite(gn)) {
          accepted = true;
          break;
        }
        // backtrack to the minimum of the quadratic through f, the slope and fn, kept in [0.1, 0.5]
        // of the step
        double next = 0.5 * step;
        if (Double.isFinite(fn)) {
          double curvature = fn - f - slope * step;
          if (curvature > 0) {
            next =
                Math.min(0.5 * step, Math.max(0.1 * step, -slope * step * step / (2 * curvature)));
          }
        } else {
          next = 0.1 * step;
        }
        step = next;
      }
      if (!accepted || !(fn < f)) {
        // no decrease at floating-point precision: accept only if the gradient is already tiny
        converged = maxAbs(g) <= STALL_GRADIENT;
        break;
      }
      double sy = 0;
      double yy = 0;
      for (int i = 0; i < d; i++) {
        s[i] = un[i] - u[i];
        y[i] = gn[i] - g[i];
        sy += s[i] * y[i];
        yy += y[i] * y[i];
      }
      if (sy > 1e-300 && yy > 0) {
        if (first) {
          double scale = sy / yy;
          for (int i = 0; i < d; i++) {
            h[i][i] = scale;
          }
          first = false;
        }
        update(h, s, y, sy);
      }
      System.arraycopy(un, 0, u, 0, d);
      System.arraycopy(gn, 0, g, 0, d);
      f = fn;
      if (MaxLikelihood.beyond(u, lowLog, highLog)) {
        // still descending beyond the bounds (±ln(1e6) by default): the optimum is at the edge,
        // stop here
        return MaxLikelihood.Result.stopped(nll, u, iteration);
      }
    }
    if (!converged) {
      return null;
    }
    double[] theta = new double[d];
    for (int i = 0; i < d; i++) {
      theta[i] = Math.exp(u[i]);
    }
    double value = nll.value(theta);
    double[] se = standardErrors(nll, u, w, logPrior, penalty, theta);
    MaxLikelihood.Result result = new MaxLikelihood.Result(theta, value, iteration, true, se);
    return result.finite() && result.hasStandardErrors() ? result : null;
  }

  /**
   * Standard errors as in {@link MaxLikelihood}: the Hessian of {@code W g} in u, here by central
   * differences (step 1e-4) of the analytic gradient — 2d gradient evaluations instead of the 2d² +
   * 1 values of the second differences — symmetrised, inverted with EJML, and {@code se(θ_i) = θ_i
   * √(H⁻¹)_ii}; NaN when it is not positive definite.
   */
  static double[] standardErrors(
      MaxLikelihood.DifferentiableNll nll,
      double[] u,
      double w,
      double[] logPrior,
      double penalty,
      double[] theta) {
    int d = u.length;
    double[] se = new double[d];
    java.util.Arrays.fill(se, Double.NaN);
    double h = 1e-4;
    double[][] columns = new double[d][];
    double[] p = u.clone();
    double[] up = new double[d];
    double[] down = new double[d];
    for (int j = 0; j < d; j++) {
      p[j] = u[j] + h;
      double fp = objective(nll, p, w, logPrior, penalty, up);
      p[j] = u[j] - h;
      double fm = objective(nll, p, w, logPrior, penalty, down);
      p[j] = u[j];
      if (!Double.isFinite(fp) || !Double.isFinite(fm)) {
        return se;
      }
      columns[j] = new double[d];
      for (int i = 0; i < d; i++) {
        columns[j][i] = w * (up[i] - down[i]) / (2 * h);
      }
    }
    org.ejml.data.DMatrixRMaj hess = new org.ejml.data.DMatrixRMaj(d, d);
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        double v = 0.5 * (columns[j][i] + columns[i][j]);
        if (!Double.isFinite(v)) {
          return se;
        }
        hess.set(i, j, v);
        hess.set(j, i, v);
      }
    }
    org.ejml.data.DMatrixRMaj inv = new org.ejml.data.DMatrixRMaj(d, d);
    if (!org.ejml.dense.row.CommonOps_DDRM.invert(hess, inv)) {
      return se;
    }
    for (int i = 0; i < d; i++) {
      double var = inv.get(i, i);
      if (!(var > 0) || !Double.isFinite(var)) {
        java.util.Arrays.fill(se, Double.NaN);
        return se;
      }
      se[i] = theta[i] * Math.sqrt(var);
    }
    return se;
  }

  /** The BFGS update of the inverse Hessian {@code h} with step s and gradient change y. */
  private static void update(double[][] h, double[] s, double[] y, double sy) {
    int d = s.length;
    double[] hy = new double[d];
    double yhy = 0;
    for (int i = 0; i < d; i++) {
      double v = 0;
      for (int j = 0; j < d; j++) {
        v += h[i][j] * y[j];
      }
      hy[i] = v;
      yhy += y[i] * v;
    }
    double rho = 1 / sy;
    double c = (1 + rho * yhy) * rho;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        h[i][j] += c * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
      }
    }
  }

  /**
   * g(u) and its gradient in u; +∞ outside the search box or where the likelihood is not finite.
   */
  private static double objective(
      MaxLikelihood.DifferentiableNll nll,
      double[] u,
      double w,
      double[] logPrior,
      double penalty,
      double[] gradient) {
    int d = u.length;
    double[] theta = new double[d];
    double pen = 0;
    for (int i = 0; i < d; i++) {
      if (!(Math.abs(u[i]) <= LOG_BOUND)) {
        return Double.POSITIVE_INFINITY;
      }
      theta[i] = Math.exp(u[i]);
      double dev = u[i] - logPrior[i];
      pen += dev * dev;
    }
    double[] dTheta = new double[d];
    double v = nll.valueAndGradient(theta, dTheta) / w + penalty * pen;
    for (int i = 0; i < d; i++) {
      gradient[i] = theta[i] * dTheta[i] / w + 2 * penalty * (u[i] - logPrior[i]);
    }
    return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
  }

  private static double[][] identity(int d) {
    double[][] h = new double[d][d];
    for (int i = 0; i < d; i++) {
      h[i][i] = 1;
    }
    return h;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  private static boolean allFinite(double[] v) {
    for (double x : v) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }
}
