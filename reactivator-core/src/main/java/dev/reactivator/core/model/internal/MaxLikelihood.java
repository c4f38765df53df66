package dev.reactivator.core.model.internal;

import java.util.Arrays;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Maximum-likelihood fitting on log-parameters with Nelder–Mead (commons-math3), restarted from the
 * best point until a restart no longer improves the objective, and standard errors from the
 * numerical Hessian inverted with EJML. Internal.
 *
 * <p>The minimised objective is {@code g(u) = nll(exp(u)) / W + λ Σ (u_i − ln θ₀_i)²} with W the
 * total customer weight (so λ does not depend on the base size). The Hessian of {@code W g} is
 * taken by central differences in u (step 1e-4); at the optimum {@code Cov(θ) = diag(θ) H⁻¹
 * diag(θ)}, so {@code se(θ_i) = θ_i √(H⁻¹)_ii}.
 */
public final class MaxLikelihood {
  private static final int MAX_RESTARTS = 6;
  private static final double RESTART_TOLERANCE = 1e-10;
  private static final double LOG_BOUND = 25.0;

  /**
   * A log-parameter beyond ±ln(10⁶) that still lowers the objective means the optimum lies at the
   * edge of the parameter space: the run stops there and {@link Result#ranAway} is set.
   */
  public static final double RUNAWAY_LOG = Math.log(1e6);

  /**
   * A negative log-likelihood over natural-scale parameters; may return NaN or infinity off the
   * domain.
   */
  @FunctionalInterface
  public interface Nll {
    /** The total negative log-likelihood at {@code theta}. */
    double value(double[] theta);
  }

  /** A negative log-likelihood that also supplies its gradient. */
  public interface DifferentiableNll extends Nll {
    /**
     * The total negative log-likelihood at {@code theta}, writing its gradient with respect to the
     * natural-scale parameters into {@code gradient}.
     */
    double valueAndGradient(double[] theta, double[] gradient);
  }

  /** The outcome of a fit. */
  public static final class Result {
    /** The estimates, natural scale. */
    public final double[] theta;

    /** The unpenalised total negative log-likelihood at {@link #theta}. */
    public final double nll;

    /** Nelder–Mead iterations over all runs. */
    public final int iterations;

    /**
     * Whether the last restart did not improve the objective and no run hit the evaluation limit.
     */
    public final boolean converged;

    /** Standard errors, natural scale; NaN when the Hessian is not positive definite. */
    public final double[] standardErrors;

    /**
     * Whether the run was stopped because a log-parameter went beyond ±{@link
     * MaxLikelihood#RUNAWAY_LOG} while still lowering the objective; {@link #theta} is then the
     * point where it stopped.
     */
    public final boolean ranAway;

    Result(double[] theta, double nll, int iterations, boolean converged, double[] standardErrors) {
      this(theta, nll, iterations, converged, standardErrors, false);
    }

    Result(
        double[] theta,
        double nll,
        int iterations,
        boolean converged,
        double[] standardErrors,
        boolean ranAway) {
      this.theta = theta;
      this.nll = nll;
      this.iterations = iterations;
      this.converged = converged;
      this.standardErrors = standardErrors;
      this.ranAway = ranAway;
    }

    /** A run stopped at {@code u} (log scale) because a parameter ran away. */
    static Result stopped(Nll nll, double[] u, int iterations) {
      return stopped(u, nll.value(thetaOf(u)), iterations);
    }

    /**
     * A run stopped at {@code u} (log scale), where the unpenalised negative log-likelihood {@code
     * nll} was already evaluated (far out on the edge an evaluation can cost many ordinary ones).
     */
    static Result stopped(double[] u, double nll, int iterations) {
      double[] se = new double[u.length];
      Arrays.fill(se, Double.NaN);
      return new Result(thetaOf(u), nll, iterations, false, se, true);
    }

    private static double[] thetaOf(double[] u) {
      double[] theta = new double[u.length];
      for (int i = 0; i < u.length; i++) {
        theta[i] = Math.exp(u[i]);
      }
      return theta;
    }

    /**
     * Whether every estimate and the log-likelihood are finite and the estimates inside the search
     * box.
     */
    public boolean finite() {
      if (!Double.isFinite(nll)) {
        return false;
      }
      for (double t : theta) {
        if (!(t > 0) || !Double.isFinite(t) || Math.abs(Math.log(t)) > LOG_BOUND - 1) {
          return false;
        }
      }
      return true;
    }

    /** Whether every standard error is available. */
    public boolean hasStandardErrors() {
      for (double s : standardErrors) {
        if (!(s > 0) || !Double.isFinite(s)) {
          return false;
        }
      }
      return true;
    }
  }

  private MaxLikelihood() {}

  /**
   * Minimises the (optionally penalised) mean negative log-likelihood.
   *
   * @param nll the total negative log-likelihood
   * @param weight the total customer weight W
   * @param start the starting point, natural scale
   * @param prior θ₀ of the penalty, natural scale
   * @param penalty λ; 0 for a plain maximum-likelihood fit
   * @param maxEvaluations the evaluation limit of one Nelder–Mead run
   */
  public static Result fit(
      Nll nll, double weight, double[] start, double[] prior, double penalty, int maxEvaluations) {
    return fit(nll, weight, start, prior, penalty, maxEvaluations, -RUNAWAY_LOG, RUNAWAY_LOG);
  }

  /**
   * Minimises the (optionally penalised) mean negative log-likelihood, stopping with {@link
   * Result#ranAway} at the first point that lowers the objective with a log-parameter outside
   * {@code [lowLog, highLog]} (instead of ±{@link #RUNAWAY_LOG}): a screen that only has to tell
   * whether the optimum is at the edge passes the plausible range, and stops before the costly
   * evaluations far out on the edge.
   *
   * @param nll the total negative log-likelihood
   * @param weight the total customer weight W
   * @param start the starting point, natural scale
   * @param prior θ₀ of the penalty, natural scale
   * @param penalty λ; 0 for a plain maximum-likelihood fit
   * @param maxEvaluations the evaluation limit of one Nelder–Mead run
   * @param lowLog the smallest log-parameter before the run counts as ran away
   * @param highLog the largest log-parameter before the run counts as ran away
   */
  public static Result fit(
      Nll nll,
      double weight,
      double[] start,
      double[] prior,
      double penalty,
      int maxEvaluations,
      double lowLog,
      double highLog) {
    int d = start.length;
    double[] logPrior = new double[d];
    double[] u0 = new double[d];
    for (int i = 0; i < d; i++) {
      logPrior[i] = Math.log(prior[i]);
      u0[i] = Math.log(start[i]);
    }
    double w = Math.max(weight, 1e-300);
    if (nll instanceof DifferentiableNll) {
      Result quick =
          QuasiNewton.fit(
              (DifferentiableNll) nll, u0, w, logPrior, penalty, maxEvaluations, lowLog, highLog);
      if (quick != null) {
        return quick;
      }
    }
    double startValue = objective(nll, u0, w, logPrior, penalty);
    ObjectiveFunction objective =
        new ObjectiveFunction(
            u -> {
              double[] raw = new double[1];
              double v = objective(nll, u, w, logPrior, penalty, raw);
              if (v < startValue && beyond(u, lowLog, highLog)) {
                throw new RunAway(u, raw[0]);
              }
              return v;
            });
    double[] best = u0;
    double bestValue = startValue;
    int iterations = 0;
    boolean converged = false;
    boolean exhausted = false;
    for (int run = 0; run < MAX_RESTARTS && !converged; run++) {
      SimplexOptimizer optimizer = new SimplexOptimizer(1e-13, 1e-13);
      try {
        PointValuePair p =
            optimizer.optimize(
                new MaxEval(maxEvaluations),
                objective,
                GoalType.MINIMIZE,
                new InitialGuess(best),
                new NelderMeadSimplex(d, run == 0 ? 1.0 : 0.1));
        iterations += optimizer.getIterations();
        double improvement = bestValue - p.getValue();
        if (p.getValue() <= bestValue) {
          best = p.getPoint();
          bestValue = p.getValue();
        }
        converged = run > 0 && improvement <= RESTART_TOLERANCE * (1 + Math.abs(bestValue));
      } catch (TooManyEvaluationsException e) {
        iterations += optimizer.getIterations();
        exhausted = true;
        break;
      } catch (RunAway e) {
        return Result.stopped(e.point, e.nll, iterations + optimizer.getIterations());
      }
    }
    double[] theta = new double[d];
    for (int i = 0; i < d; i++) {
      theta[i] = Math.exp(best[i]);
    }
    double value = nll.value(theta);
    double[] se = standardErrors(nll, best, w, logPrior, penalty, theta);
    return new Result(theta, value, iterations, converged && !exhausted, se);
  }

  /** Whether a log-parameter is beyond ±{@link #RUNAWAY_LOG}. */
  static boolean beyond(double[] u) {
    return beyond(u, -RUNAWAY_LOG, RUNAWAY_LOG);
  }

  /** Whether a log-parameter is outside {@code [lowLog, highLog]}. */
  static boolean beyond(double[] u, double lowLog, double highLog) {
    for (double v : u) {
      if (v < lowLog || v > highLog) {
        return true;
      }
    }
    return false;
  }

  /** Thrown by the Nelder–Mead objective at a better point beyond the runaway bound. */
  private static final class RunAway extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient double[] point;

    /** The unpenalised negative log-likelihood at {@link #point}. */
    final double nll;

    RunAway(double[] point, double nll) {
      super(null, null, false, false);
      this.point = point.clone();
      this.nll = nll;
    }
  }

  static double objective(Nll nll, double[] u, double w, double[] logPrior, double penalty) {
    return objective(nll, u, w, logPrior, penalty, null);
  }

  /**
   * The objective g(u); when {@code raw} is not null and the point is inside the search box, {@code
   * raw[0]} receives the unpenalised total negative log-likelihood.
   */
  static double objective(
      Nll nll, double[] u, double w, double[] logPrior, double penalty, double[] raw) {
    double[] theta = new double[u.length];
    double pen = 0;
    for (int i = 0; i < u.length; i++) {
      if (!(Math.abs(u[i]) <= LOG_BOUND)) {
        return Double.MAX_VALUE;
      }
      theta[i] = Math.exp(u[i]);
      double dev = u[i] - logPrior[i];
      pen += dev * dev;
    }
    double total = nll.value(theta);
    if (raw != null) {
      raw[0] = total;
    }
    double v = total / w + penalty * pen;
    return Double.isFinite(v) ? v : Double.MAX_VALUE;
  }

  static double[] standardErrors(
      Nll nll, double[] u, double w, double[] logPrior, double penalty, double[] theta) {
    int d = u.length;
    double[] se = new double[d];
    Arrays.fill(se, Double.NaN);
    double h = 1e-4;
    double f0 = w * objective(nll, u, w, logPrior, penalty);
    DMatrixRMaj hess = new DMatrixRMaj(d, d);
    double[] p = u.clone();
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        double v;
        if (i == j) {
          p[i] = u[i] + h;
          double fp = w * objective(nll, p, w, logPrior, penalty);
          p[i] = u[i] - h;
          double fm = w * objective(nll, p, w, logPrior, penalty);
          p[i] = u[i];
          v = (fp - 2 * f0 + fm) / (h * h);
        } else {
          v =
              (eval2(nll, p, u, i, j, h, h, w, logPrior, penalty)
                      - eval2(nll, p, u, i, j, h, -h, w, logPrior, penalty)
                      - eval2(nll, p, u, i, j, -h, h, w, logPrior, penalty)
                      + eval2(nll, p, u, i, j, -h, -h, w, logPrior, penalty))
                  / (4 * h * h);
        }
        if (!Double.isFinite(v)) {
          return se;
        }
        hess.set(i, j, v);
        hess.set(j, i, v);
      }
    }
    DMatrixRMaj inv = new DMatrixRMaj(d, d);
    if (!CommonOps_DDRM.invert(hess, inv)) {
      return se;
    }
    for (int i = 0; i < d; i++) {
      double var = inv.get(i, i);
      if (!(var > 0) || !Double.isFinite(var)) {
        Arrays.fill(se, Double.NaN);
        return se;
      }
      se[i] = theta[i] * Math.sqrt(var);
    }
    return se;
  }

  private static double eval2(
      Nll nll,
      double[] p,
      double[] u,
      int i,
      int j,
      double hi,
      double hj,
      double w,
      double[] logPrior,
      double penalty) {
    p[i] = u[i] + hi;
    p[j] = u[j] + hj;
    double v = w * objective(nll, p, w, logPrior, penalty);
    p[i] = u[i];
    p[j] = u[j];
    return v;
  }
}
