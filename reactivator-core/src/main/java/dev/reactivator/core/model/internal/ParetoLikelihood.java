package dev.reactivator.core.model.internal;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.concurrent.ForkJoinTask;

/**
 * The Pareto/NBD log-likelihood (Schmittlein, Morrison &amp; Colombo 1987; in the form of Fader
 * &amp; Hardie's note "A Note on Deriving the Pareto/NBD Model and Related Expressions", 2005) over
 * the grouped rows of a {@link PurchaseLikelihood}. Parameters (r, α, s, β): purchase rates λ ~
 * Gamma(r, α), dropout rates μ ~ Gamma(s, β). Per row, with {@code A₁ = lnΓ(r+x) − lnΓ(r) + r ln α
 * + s ln β}:
 *
 * <pre>
 * ll = A₁ + ln[ (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀ ]
 * A₀ = F(t_x) − F(T),  F(u) = ₂F₁(r+s+x, b′; r+s+x+1; |α−β| / (m+u)) / (m+u)^(r+s+x)
 * </pre>
 *
 * with m = max(α, β) and b′ = s+1 when α ≥ β, r+x when α &lt; β; every term in log space. ₂F₁
 * depends on x and one time only, so it is computed once per distinct (x, time) per evaluation. No
 * analytic gradient: it is fitted by Nelder–Mead. Internal.
 */
public final class ParetoLikelihood implements MaxLikelihood.Nll {
  private final double[] x;
  private final double[] age;
  private final double[] weight;
  private final double[] times;
  private final int[] txIndex;
  private final int[] ageIndex;

  /** The Pareto/NBD over the rows of {@code rows}. */
  public ParetoLikelihood(PurchaseLikelihood rows) {
    this.x = rows.x;
    this.age = rows.age;
    this.weight = rows.weight;
    // the same distinct times and indices as the rows' own
    this.times = rows.times;
    this.txIndex = rows.txIndex;
    this.ageIndex = rows.ageIndex;
  }

  @Override
  public double value(double[] theta) {
    return -logLikelihood(theta[0], theta[1], theta[2], theta[3]);
  }

  /** The total log-likelihood. */
  public double logLikelihood(double r, double alpha, double s, double beta) {
    double lnAlpha = Math.log(alpha);
    double lnBeta = Math.log(beta);
    double lgR = logGamma(r);
    double lnS = Math.log(s);
    double[] lnAlphaT = new double[times.length];
    double[] lnBetaT = new double[times.length];
    for (int k = 0; k < times.length; k++) {
      lnAlphaT[k] = Math.log(alpha + times[k]);
      lnBetaT[k] = Math.log(beta + times[k]);
    }
    Terms first = new Terms(r, alpha, s, beta, lnAlpha, lnBeta, lgR, lnS, lnAlphaT, lnBetaT);
    int split = split();
    if (split == x.length) {
      return first.sum(0, x.length);
    }
    // the rows from the split on (whole x groups) are computed in the common pool, by this thread
    // at the join if no worker took them, and added in row order: the same sum as one pass
    Terms second = new Terms(r, alpha, s, beta, lnAlpha, lnBeta, lgR, lnS, lnAlphaT, lnBetaT);
    double[] rest = new double[x.length - split];
    ForkJoinTask<?> task = ForkJoinTask.adapt(() -> second.fill(split, x.length, rest)).fork();
    double sum = first.sum(0, split);
    task.join();
    for (double v : rest) {
      sum += v;
    }
    return sum;
  }

  /**
   * The first row of the second half: the start of the x group nearest the middle row, or {@code
   * x.length} (one pass) below {@link #PARALLEL_FROM} rows or with one group only.
   */
  private int split() {
    int m = x.length;
    if (m < PARALLEL_FROM) {
      return m;
    }
    int mid = m / 2;
    int down = mid;
    while (down > 0 && x[down - 1] == x[down]) {
      down--;
    }
    int up = mid;
    while (up < m && x[up - 1] == x[up]) {
      up++;
    }
    int best = mid - down <= up - mid ? down : up;
    if (best == 0) {
      best = up;
    }
    return best;
  }

  /** From this many distinct rows on an evaluation is split in two halves. */
  private static final int PARALLEL_FROM = 4096;

  /** The row terms of one evaluation, with their own cache of ln F per (x group, time). */
  private final class Terms {
    private final double r;
    private final double alpha;
    private final double s;
    private final double beta;
    private final double lnAlpha;
    private final double lnBeta;
    private final double lgR;
    private final double lnS;
    private final double[] lnAlphaT;
    private final double[] lnBetaT;
    private final double[] logF = new double[times.length];
    private final int[] stamp = new int[times.length];
    private final Hyp2f1 h = new Hyp2f1();
    private int group;
    private double prevX = -1;
    private double a1;
    private double lnRsx;

    Terms(
        double r,
        double alpha,
        double s,
        double beta,
        double lnAlpha,
        double lnBeta,
        double lgR,
        double lnS,
        double[] lnAlphaT,
        double[] lnBetaT) {
      this.r = r;
      this.alpha = alpha;
      this.s = s;
      this.beta = beta;
      this.lnAlpha = lnAlpha;
      this.lnBeta = lnBeta;
      this.lgR = lgR;
      this.lnS = lnS;
      this.lnAlphaT = lnAlphaT;
      this.lnBetaT = lnBetaT;
    }

    /** Row {@code i}'s weighted log-likelihood; rows are visited in order. */
    double term(int i) {
      double xi = x[i];
      if (xi != prevX) {
        prevX = xi;
        group++;
        a1 = logGamma(r + xi) - lgR + r * lnAlpha + s * lnBeta;
        lnRsx = Math.log(r + s + xi);
      }
      int it = ageIndex[i];
      int ix = txIndex[i];
      double f1 = cached(logF, stamp, group, ix, h, r, alpha, s, beta, xi);
      double f2 = cached(logF, stamp, group, it, h, r, alpha, s, beta, xi);
      double logA0 = logDifference(f1, f2);
      double alive = -(r + xi) * lnAlphaT[it] - s * lnBetaT[it];
      double dead = lnS + logA0 - lnRsx;
      return weight[i] * (a1 + PurchaseLikelihood.logAddExp(alive, dead));
    }

    double sum(int from, int to) {
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += term(i);
      }
      return sum;
    }

    void fill(int from, int to, double[] out) {
      for (int i = from; i < to; i++) {
        out[i - from] = term(i);
      }
    }
  }

  private double cached(
      double[] logF,
      int[] stamp,
      int group,
      int k,
      Hyp2f1 h,
      double r,
      double alpha,
      double s,
      double beta,
      double xi) {
    if (stamp[k] != group) {
      stamp[k] = group;
      logF[k] = logF(h, r, alpha, s, beta, xi, times[k]);
    }
    return logF[k];
  }

  /**
   * {@code ln F(u)}: {@code ln ₂F₁(r+s+x, b′; r+s+x+1; |α−β|/(m+u)) − (r+s+x) ln(m+u)}, m = max(α,
   * β), b′ = s+1 when α ≥ β else r+x.
   */
  static double logF(Hyp2f1 h, double r, double alpha, double s, double beta, double x, double u) {
    double max = Math.max(alpha, beta);
    double b = alpha >= beta ? s + 1 : r + x;
    double rsx = r + s + x;
    double q = max + u;
    h.evaluate(rsx, b, rsx + 1, Math.abs(alpha - beta) / q);
    return h.logAbs() - rsx * Math.log(q);
  }

  /** {@code ln(e^p − e^q)} for p ≥ q; −∞ when they are equal (or q &gt; p by rounding). */
  public static double logDifference(double p, double q) {
    if (!(q < p)) {
      return Double.NEGATIVE_INFINITY;
    }
    return p + Math.log(-Math.expm1(q - p));
  }

  /**
   * {@code ln A₀} of one customer: {@code ln[F(t_x) − F(T)]}.
   *
   * @param r purchase-rate shape
   * @param alpha purchase-rate rate
   * @param s dropout-rate shape
   * @param beta dropout-rate rate
   * @param x repeat purchases
   * @param tx time of the last purchase
   * @param age T
   * @return {@code ln A₀}, −∞ when {@code t_x = T}
   */
  public static double logA0(
      double r, double alpha, double s, double beta, double x, double tx, double age) {
    Hyp2f1 h = new Hyp2f1();
    return logDifference(logF(h, r, alpha, s, beta, x, tx), logF(h, r, alpha, s, beta, x, age));
  }
}
