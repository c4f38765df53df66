package dev.reactivator.core.model;

import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.internal.Hyp2f1;
import dev.reactivator.core.model.internal.Log1p;
import dev.reactivator.core.model.internal.ModelArguments;
import dev.reactivator.core.model.internal.ParetoLikelihood;
import dev.reactivator.core.model.internal.PurchaseLikelihood;
import java.util.Objects;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * A BG/NBD, MBG/NBD or Pareto/NBD model with known parameters, or the empirical churn rule:
 * per-customer predictions from the sufficient statistics x (repeat purchases), t_x (time of the
 * last purchase since the first) and T (time since the first purchase), all in the model's {@link
 * #unit()}. Immutable and thread-safe; every method works in log space where overflow is possible
 * and never returns NaN for valid input. The formulas are in {@code docs/metrics.md} ("Models",
 * "Fit guards").
 *
 * <p>{@link ModelKind#EMPIRICAL} uses only the population cycle {@code c₀ = α / r} of its
 * parameters: the customer's cycle is {@code c = (t_x + k₀ c₀) / (x + k₀)} (their mean gap shrunk
 * towards c₀ with weight {@link #EMPIRICAL_PRIOR_GAPS}, at least one day), the pause in cycles
 * {@code ρ = (T − t_x) / c}, {@code P(alive) = 1 / (1 + (ρ / ρ₀)^k)} with ρ₀ = {@link
 * #EMPIRICAL_MIDPOINT} and k = {@link #EMPIRICAL_STEEPNESS}, and an alive customer buys once per
 * cycle (a Poisson process of rate 1 / c).
 *
 * <p>{@link ModelKind#PARETO_NBD} (parameters r, α, s = a, β = b): {@code P(alive) = 1 / (1 +
 * s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀)}, A₀ as in the likelihood; the expectation of a customer alive
 * at T is {@code (r+x)(β+T)/(α+T) · [1 − ((β+T)/(β+T+t))^(s−1)] / (s−1)}, and the return
 * probability integrates the Lomax-distributed remaining lifetime (formulas in {@code
 * docs/metrics.md}).
 */
public final class PurchaseModel {
  private static final double A_SINGULAR = 1e-6;

  /**
   * k₀ of the empirical rule: the population cycle counts as this many observed gaps, so a one-time
   * buyer gets the population cycle and a two-time buyer the mean of their gap and the
   * population's.
   */
  public static final double EMPIRICAL_PRIOR_GAPS = 1.0;

  /** ρ₀ of the empirical rule: the pause, in cycles, at which the churn probability is 0.5. */
  public static final double EMPIRICAL_MIDPOINT = 2.0;

  /**
   * k of the empirical rule: churn is 0.06 within one cycle, 0.24 at 1.5 cycles (the seed's "30-day
   * cycle, 45 days idle": risk zone), 0.84 at 3 cycles and above 0.999 beyond 12 cycles.
   */
  public static final double EMPIRICAL_STEEPNESS = 4.0;

  private final ModelKind kind;
  private final BgNbdParameters parameters;
  private final PeriodUnit unit;

  private PurchaseModel(ModelKind kind, BgNbdParameters parameters, PeriodUnit unit) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /**
   * A model of {@code kind} with {@code parameters} stated in {@code unit}.
   *
   * @param kind BG/NBD, MBG/NBD, Pareto/NBD or the empirical rule
   * @param parameters the fitted (or known) parameters r, α, a, b (Pareto/NBD: r, α, s, β)
   * @param unit the time unit in which the parameters are stated
   * @return the model
   * @throws NullPointerException if any argument is null
   */
  public static PurchaseModel of(ModelKind kind, BgNbdParameters parameters, PeriodUnit unit) {
    return new PurchaseModel(kind, parameters, unit);
  }

  /**
   * The model kind.
   *
   * @return BG/NBD or MBG/NBD
   */
  public ModelKind kind() {
    return kind;
  }

  /**
   * The parameters r, α, a, b of this model.
   *
   * @return the parameters, stated in {@link #unit()}
   */
  public BgNbdParameters parameters() {
    return parameters;
  }

  /**
   * The time unit of the parameters and of every time argument.
   *
   * @return the unit (days or weeks) of the parameters and of t, t_x and T
   */
  public PeriodUnit unit() {
    return unit;
  }

  private boolean modified() {
    return kind == ModelKind.MBG_NBD;
  }

  private boolean empirical() {
    return kind == ModelKind.EMPIRICAL;
  }

  private boolean pareto() {
    return kind == ModelKind.PARETO_NBD;
  }

  /** c₀ of the empirical rule, model unit. */
  private double populationCycle() {
    return parameters.alpha() / parameters.r();
  }

  /** The empirical rule's cycle of a customer, model unit. */
  private double empiricalCycle(double x, double tx) {
    double c = (tx + EMPIRICAL_PRIOR_GAPS * populationCycle()) / (x + EMPIRICAL_PRIOR_GAPS);
    return Math.max(unit.fromDays(1), c);
  }

  private double empiricalAlive(double x, double tx, double age) {
    double rho = (age - tx) / empiricalCycle(x, tx);
    if (rho <= 0) {
      return 1.0;
    }
    return logistic(EMPIRICAL_STEEPNESS * (Math.log(EMPIRICAL_MIDPOINT) - Math.log(rho)));
  }

  /**
   * P(alive at T | x, t_x, T). BG/NBD: 1 for x = 0, else {@code 1 / (1 + a/(b+x−1)
   * ((α+T)/(α+t_x))^(r+x))}; MBG/NBD: {@code 1 / (1 + a/(b+x) ((α+T)/(α+t_x))^(r+x))} for every x,
   * so a one-time buyer can already be gone.
   *
   * @param x repeat purchases (total purchases minus one), finite and {@code >= 0}
   * @param tx time of the last purchase since the first, in {@link #unit()}, {@code 0 <= tx <= age}
   * @param age time since the first purchase (T), in {@link #unit()}, finite and {@code >= tx}
   * @return the probability that the customer is still alive at T, in [0, 1]
   * @throws IllegalArgumentException unless {@code x ≥ 0} and {@code 0 ≤ t_x ≤ T}, all finite
   */
  public double probabilityAlive(double x, double tx, double age) {
    ModelArguments.check(x, tx, age);
    if (empirical()) {
      return empiricalAlive(x, tx, age);
    }
    if (pareto()) {
      return logistic(-paretoLogOddsDead(x, tx, age));
    }
    if (!modified() && x == 0) {
      return 1.0;
    }
    return logistic(-logOddsDead(x, tx, age));
  }

  private double logOddsDead(double x, double tx, double age) {
    BgNbdParameters p = parameters;
    double rx = p.r() + x;
    return Math.log(p.a())
        - Math.log(p.b() + x - (modified() ? 0 : 1))
        + rx * (Math.log(p.alpha() + age) - Math.log(p.alpha() + tx));
  }

  /**
   * Pareto/NBD: {@code ln s − ln(r+s+x) + (r+x) ln(α+T) + s ln(β+T) + ln A₀}, A₀ as in the
   * likelihood.
   */
  private double paretoLogOddsDead(double x, double tx, double age) {
    BgNbdParameters p = parameters;
    double r = p.r();
    double s = p.a();
    double beta = p.b();
    return Math.log(s)
        - Math.log(r + s + x)
        + (r + x) * Math.log(p.alpha() + age)
        + s * Math.log(beta + age)
        + ParetoLikelihood.logA0(r, p.alpha(), s, beta, x, tx, age);
  }

  /** {@code 1 / (1 + e^-z)} without overflow. */
  private static double logistic(double z) {
    if (z >= 0) {
      return 1.0 / (1.0 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1.0 + e);
  }

  /**
   * The expected number of purchases in (T, T + t] given x, t_x, T: BG/NBD {@code (a+b+x−1)/(a−1)
   * [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))] × P(alive)}; MBG/NBD {@code
   * (a+b+x)/(a−1) [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(α+T+t))] × P(alive)}.
   *
   * @param t length of the prediction window after T, in {@link #unit()}, finite and {@code >= 0}
   * @param x repeat purchases (total purchases minus one), finite and {@code >= 0}
   * @param tx time of the last purchase since the first, in {@link #unit()}, {@code 0 <= tx <= age}
   * @param age time since the first purchase (T), in {@link #unit()}, finite and {@code >= tx}
   * @return the expected number of purchases in the window, {@code >= 0} (0 when t is 0)
   * @throws IllegalArgumentException if an argument is negative, infinite or NaN, or {@code tx >
   *     age}
   */
  public double expectedPurchases(double t, double x, double tx, double age) {
    ModelArguments.check(x, tx, age);
    ModelArguments.checkTime(t);
    if (t == 0) {
      return 0.0;
    }
    double alive = probabilityAlive(x, tx, age);
    if (alive == 0.0) {
      return 0.0;
    }
    if (empirical()) {
      return expectedGivenAlive(t / empiricalCycle(x, tx), alive);
    }
    return expectedGivenAlive(aliveExpectation(t, x, age), alive);
  }

  /**
   * {@code v × P(alive)}, 0 unless finite and positive: the last step of {@link
   * #expectedPurchases(double, double, double, double)}.
   *
   * @param v the expected purchases of a customer known to be alive, see {@link
   *     #aliveExpectation(double, double, double)}
   * @param alive the probability of being alive, in [0, 1]
   * @return the product, or 0 if it is not finite and positive
   */
  public static double expectedGivenAlive(double v, double alive) {
    double e = v * alive;
    return Double.isFinite(e) && e > 0 ? e : 0.0;
  }

  /**
   * The expected purchases in (T, T + t] of a customer known to be alive at T; depends on x and T
   * but not on t_x, so batch scoring can share it between customers. Arguments are not checked. For
   * {@link ModelKind#EMPIRICAL}, whose expectation needs t_x, this is {@code t / c₀} (the
   * population cycle); {@link #expectedPurchases(double, double, double, double)} uses the
   * customer's own cycle.
   *
   * @param t length of the prediction window after T, in {@link #unit()}, finite and {@code >= 0}
   * @param x repeat purchases, {@code >= 0}
   * @param age time since the first purchase (T), in {@link #unit()}
   * @return the expected number of purchases in the window if alive at T
   */
  public double aliveExpectation(double t, double x, double age) {
    if (empirical()) {
      return t / populationCycle();
    }
    if (pareto()) {
      // (r+x)(β+T)/(α+T) · [1 − ((β+T)/(β+T+t))^(s−1)] / (s−1); ln((β+T+t)/(β+T)) when s = 1
      BgNbdParameters p = parameters;
      double betaT = p.b() + age;
      double log = Log1p.of(t / betaT);
      double k = p.a() - 1;
      double share = Math.abs(k) < 1e-9 ? log : -Math.expm1(-k * log) / k;
      return (p.r() + x) * betaT / (p.alpha() + age) * share;
    }
    double a = parameters.a();
    if (Math.abs(a - 1) < A_SINGULAR) {
      return 0.5
          * (aliveFree(t, x, age, 1 - 2 * A_SINGULAR) + aliveFree(t, x, age, 1 + 2 * A_SINGULAR));
    }
    return aliveFree(t, x, age, a);
  }

  /**
   * The bracket term times its factor, i.e. the expectation for a customer known to be alive at T.
   */
  private double aliveFree(double t, double x, double age, double a) {
    BgNbdParameters p = parameters;
    double r = p.r();
    double b = p.b();
    double z = t / (p.alpha() + age + t);
    double shift = modified() ? 1 : 0;
    double c = a + b + x - 1 + shift;
    Hyp2f1 h = new Hyp2f1().evaluate(r + x, b + x + shift, c, z);
    // G = (1 − z)^(r+x) 2F1(...), in log space
    double logG = (r + x) * Log1p.of(-z) + h.logAbs();
    double oneMinusG = h.sign() > 0 ? -Math.expm1(logG) : 1 + Math.exp(logG);
    return c / (a - 1) * oneMinusG;
  }

  /**
   * The unconditional expected number of purchases in (0, t] of a new customer: BG/NBD {@code
   * (a+b−1)/(a−1) [1 − (α/(α+t))^r 2F1(r, b; a+b−1; t/(α+t))]}; MBG/NBD {@code b/(a−1) [1 −
   * (α/(α+t))^r 2F1(r, b+1; a+b; t/(α+t))]}.
   *
   * @param t length of the window from the first purchase, in {@link #unit()}, finite and {@code >=
   *     0}
   * @return the expected number of purchases in (0, t], {@code >= 0}
   * @throws IllegalArgumentException if {@code t} is negative, infinite or NaN
   */
  public double expectedPurchases(double t) {
    return expectedPurchases(t, 0, 0, 0);
  }

  /**
   * The unconditional probability that a new customer makes exactly {@code n} purchases in (0, t].
   * With {@code NB(j) = Γ(r+j)/(Γ(r) j!) (α/(α+t))^r (t/(α+t))^j}: BG/NBD {@code B(a, b+n)/B(a,b)
   * NB(n) + 1{n>0} B(a+1, b+n−1)/B(a,b) (1 − Σ_{j<n} NB(j))}; MBG/NBD {@code B(a, b+n+1)/B(a,b)
   * NB(n) + B(a+1, b+n)/B(a,b) (1 − Σ_{j<n} NB(j))}.
   *
   * @param n the number of purchases, {@code >= 0}
   * @param t length of the window, in {@link #unit()}, finite and {@code >= 0}
   * @return the probability of exactly {@code n} purchases in (0, t], in [0, 1]
   * @throws IllegalArgumentException if {@code n < 0} or {@code t} is negative, infinite or NaN
   */
  public double probabilityOfPurchases(int n, double t) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    ModelArguments.checkTime(t);
    BgNbdParameters p = parameters;
    double r = p.r();
    double a = p.a();
    double b = p.b();
    if (t == 0) {
      return n == 0 ? 1.0 : 0.0;
    }
    if (empirical()) {
      double mu = t / populationCycle();
      return clamp01(Math.exp(n * Math.log(mu) - mu - Gamma.logGamma(n + 1.0)));
    }
    if (pareto()) {
      return paretoCount(n, t);
    }
    double logP0 = r * (Math.log(p.alpha()) - Math.log(p.alpha() + t));
    double logQ = Math.log(t) - Math.log(p.alpha() + t);
    double lgR = Gamma.logGamma(r);
    double cumulative = 0;
    double logNbJ = logP0;
    for (int j = 0; j < n; j++) {
      cumulative += Math.exp(logNbJ);
      logNbJ += Math.log(r + j) - Math.log(j + 1.0) + logQ; // NB(j+1) = NB(j) (r+j)/(j+1) t/(α+t)
    }
    double lbAB = Beta.logBeta(a, b);
    double shift = modified() ? 1 : 0;
    double alive = Math.exp(Beta.logBeta(a, b + n + shift) - lbAB + logNb(n, r, lgR, logP0, logQ));
    double dead = 0;
    if (n > 0 || modified()) {
      dead =
          Math.exp(Beta.logBeta(a + 1, b + n - 1 + shift) - lbAB) * Math.max(0.0, 1.0 - cumulative);
    }
    return clamp01(alive + dead);
  }

  /**
   * Pareto/NBD P(X(t) = n) (Fader, Hardie &amp; Lee's note "Deriving an expression for P(X(t) = x)
   * under the Pareto/NBD model", 2006): {@code NB(n) (β/(β+t))^s + α^r β^s B(r+n, s+1)/B(r, s) [B₁
   * − Σ_{i≤n} Γ(r+s+i)/(Γ(r+s) i!) t^i B₂(i)]}, with, for α ≥ β, {@code B₁ = ₂F₁(r+s, s+1; r+s+n+1;
   * (α−β)/α) / α^(r+s)} and {@code B₂(i) = ₂F₁(r+s+i, s+1; r+s+n+1; (α−β)/(α+t)) / (α+t)^(r+s+i)};
   * for α &lt; β the same with β for α and r+n for s+1.
   */
  private double paretoCount(int n, double t) {
    BgNbdParameters p = parameters;
    double r = p.r();
    double alpha = p.alpha();
    double s = p.a();
    double beta = p.b();
    double logNbTerm =
        Gamma.logGamma(r + n)
            - Gamma.logGamma(r)
            - Gamma.logGamma(n + 1.0)
            + r * (Math.log(alpha) - Math.log(alpha + t))
            + n * (Math.log(t) - Math.log(alpha + t))
            + s * (Math.log(beta) - Math.log(beta + t));
    boolean alphaFirst = alpha >= beta;
    double max = Math.max(alpha, beta);
    double second = alphaFirst ? s + 1 : r + n;
    double d = Math.abs(alpha - beta);
    double c = r + s + n + 1;
    Hyp2f1 h = new Hyp2f1();
    double logB1 = h.evaluate(r + s, second, c, d / max).logAbs() - (r + s) * Math.log(max);
    double lgRs = Gamma.logGamma(r + s);
    double ratio = 0;
    for (int i = 0; i <= n; i++) {
      double logB2 =
          h.evaluate(r + s + i, second, c, d / (max + t)).logAbs()
              - (r + s + i) * Math.log(max + t);
      double logCoef = Gamma.logGamma(r + s + i) - lgRs - Gamma.logGamma(i + 1.0) + i * Math.log(t);
      ratio += Math.exp(logCoef + logB2 - logB1);
    }
    double logPrefactor =
        r * Math.log(alpha) + s * Math.log(beta) + Beta.logBeta(r + n, s + 1) - Beta.logBeta(r, s);
    double dead = ratio >= 1 ? 0.0 : Math.exp(logPrefactor + logB1 + Log1p.of(-ratio));
    return clamp01(Math.exp(logNbTerm) + dead);
  }

  private static double logNb(int j, double r, double lgR, double logP0, double logQ) {
    return Gamma.logGamma(r + j) - lgR - Gamma.logGamma(j + 1.0) + logP0 + (j == 0 ? 0 : j * logQ);
  }

  /**
   * P(at least one purchase in (T, T + t] | x, t_x, T) = {@code P(alive) × [1 −
   * ((α+T)/(α+T+t))^(r+x)]}: a customer alive at T has λ | data ~ Gamma(r + x, α + T) and cannot
   * drop out before the next purchase, so P(no purchase in t | alive) = {@code
   * ((α+T)/(α+T+t))^(r+x)}; a customer who is gone never buys again. Equivalently {@code 1 −
   * [P(alive) × P(no purchase | alive) + (1 − P(alive))]}.
   *
   * @param t length of the prediction window after T, in {@link #unit()}, finite and {@code >= 0}
   * @param x repeat purchases (total purchases minus one), finite and {@code >= 0}
   * @param tx time of the last purchase since the first, in {@link #unit()}, {@code 0 <= tx <= age}
   * @param age time since the first purchase (T), in {@link #unit()}, finite and {@code >= tx}
   * @return the probability of at least one purchase in the window, in [0, 1]
   * @throws IllegalArgumentException if an argument is negative, infinite or NaN, or {@code tx >
   *     age}
   */
  public double probabilityOfPurchaseWithin(double t, double x, double tx, double age) {
    ModelArguments.check(x, tx, age);
    ModelArguments.checkTime(t);
    double alive = probabilityAlive(x, tx, age);
    if (empirical()) {
      return clamp01(alive * -Math.expm1(-t / empiricalCycle(x, tx)));
    }
    return purchaseWithin(t, x, age, alive);
  }

  /**
   * {@link #probabilityOfPurchaseWithin(double, double, double, double)} given P(alive); arguments
   * not checked. For {@link ModelKind#EMPIRICAL}, which needs t_x, this uses the population cycle:
   * {@code P(alive) × (1 − e^(−t / c₀))}.
   *
   * @param t length of the prediction window after T, in {@link #unit()}, finite and {@code >= 0}
   * @param x repeat purchases, {@code >= 0}
   * @param age time since the first purchase (T), in {@link #unit()}
   * @param alive the probability of being alive at T, in [0, 1]
   * @return the probability of at least one purchase in the window, in [0, 1]
   */
  public double purchaseWithin(double t, double x, double age, double alive) {
    if (empirical()) {
      return clamp01(alive * -Math.expm1(-t / populationCycle()));
    }
    if (pareto()) {
      return clamp01(alive * paretoBuy(t, x, age));
    }
    double rx = parameters.r() + x;
    double alpha = parameters.alpha();
    double buy = -Math.expm1(rx * (Math.log(alpha + age) - Math.log(alpha + age + t)));
    return clamp01(alive * buy);
  }

  /**
   * Pareto/NBD P(a purchase in (T, T+t] | alive at T): given alive, λ ~ Gamma(R = r+x, α′ = α+T)
   * and the remaining lifetime τ is Lomax(s, β′ = β+T), so P(none) = {@code (β′/(β′+t))^s
   * (α′/(α′+t))^R + s β′^s α′^R J} with {@code J = ∫₀ᵗ (α′+u)^−R (β′+u)^−(s+1) du = [a^−m ₂F₁(S′,
   * m; m+1; |α′−β′|/a) − (a+t)^−m ₂F₁(S′, m; m+1; |α′−β′|/(a+t))] / m}, m = r+x+s, a = max(α′, β′),
   * S′ = s+1 when α′ ≥ β′ else r+x.
   */
  private double paretoBuy(double t, double x, double age) {
    if (t == 0) {
      return 0.0;
    }
    BgNbdParameters p = parameters;
    double s = p.a();
    double big = r(x);
    double alphaT = p.alpha() + age;
    double betaT = p.b() + age;
    double m = big + s;
    double a = Math.max(alphaT, betaT);
    double shape = alphaT >= betaT ? s + 1 : big;
    double d = Math.abs(alphaT - betaT);
    Hyp2f1 h = new Hyp2f1();
    double p1 = h.evaluate(shape, m, m + 1, d / a).logAbs() - m * Math.log(a);
    double p2 = h.evaluate(shape, m, m + 1, d / (a + t)).logAbs() - m * Math.log(a + t);
    double logJ = ParetoLikelihood.logDifference(p1, p2) - Math.log(m);
    double survive = -s * Log1p.of(t / betaT) - big * Log1p.of(t / alphaT);
    double dieFirst = Math.log(s) + s * Math.log(betaT) + big * Math.log(alphaT) + logJ;
    double none = PurchaseLikelihood.logAddExp(survive, dieFirst);
    return none >= 0 ? 0.0 : -Math.expm1(none);
  }

  private double r(double x) {
    return parameters.r() + x;
  }

  private static double clamp01(double v) {
    return v > 1 ? 1.0 : v > 0 ? v : 0.0;
  }

  @Override
  public String toString() {
    return "PurchaseModel[" + kind + ", " + parameters + ", " + unit + "]";
  }
}
