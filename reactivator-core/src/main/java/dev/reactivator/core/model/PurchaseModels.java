package dev.reactivator.core.model;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.WeightedSummary;
import dev.reactivator.core.model.internal.MaxLikelihood;
import dev.reactivator.core.model.internal.NbdLikelihood;
import dev.reactivator.core.model.internal.ParetoLikelihood;
import dev.reactivator.core.model.internal.PurchaseLikelihood;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Fits BG/NBD and MBG/NBD by maximum likelihood, guarded, with the documented fallbacks ({@code
 * docs/metrics.md}, "Fit guards"). With fewer than {@link FitOptions#minCustomers()} customers or
 * {@link FitOptions#minRepeatCustomers()} repeat customers: an L2-penalised fit towards the
 * population defaults ({@link FitQuality#REGULARISED}), else the defaults themselves ({@link
 * FitQuality#POPULATION_DEFAULTS}). With enough data, in this order, the first candidate that
 * passes every guard is used: the plain fit of the requested model, the plain fits of the other
 * models ({@link FitQuality#GOOD}), a penalised fit whose strength is chosen by validation ({@link
 * FitQuality#REGULARISED}), and the empirical churn rule ({@link FitQuality#EMPIRICAL}). A plain
 * fit is rejected ({@link FitQuality#DEGENERATE}) when a parameter runs away, the optimiser does
 * not converge, a parameter leaves the plausible range, the mean dropout probability is near 0 or
 * 1, the Hessian is not positive definite, or the likelihood is no better than the nested NBD
 * without dropout. Every candidate tried is listed in {@link PurchaseModelFit#attempts()}. Never
 * throws for valid summaries and never returns NaN.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class PurchaseModels {
  /** Default dropout shape a of the population defaults. */
  public static final double DEFAULT_A = 1.0;

  /**
   * Default dropout shape b of the population defaults (mean dropout probability a/(a+b) = 0.25).
   */
  public static final double DEFAULT_B = 3.0;

  /** Default purchase-rate shape r of the population defaults. */
  public static final double DEFAULT_R = 1.0;

  /** The smallest cycle of the population defaults, in days. */
  public static final double MIN_DEFAULT_CYCLE_DAYS = 30.0;

  /**
   * The penalty grid of the validated fit, as multiples of {@link FitOptions#penalty()}: 0.01,
   * 0.05, 0.25 and 1 with the default λ = 0.05.
   */
  private static final double[] PENALTY_GRID = {0.2, 1, 5, 20};

  /** ln of {@link FitGuard#MIN_PLAUSIBLE}: below it a screen on the sample has ran away. */
  private static final double SCREEN_LOW_LOG = Math.log(FitGuard.MIN_PLAUSIBLE);

  /** ln of {@link FitGuard#MAX_PLAUSIBLE}: beyond it a screen on the sample has ran away. */
  private static final double SCREEN_HIGH_LOG = Math.log(FitGuard.MAX_PLAUSIBLE);

  /** The most customers in each half of the penalty validation. */
  static final int VALIDATION_CUSTOMERS = 20_000;

  private PurchaseModels() {}

  /**
   * Fits {@code kind} on {@code summary} with {@link FitOptions#defaults()}.
   *
   * @param kind the purchase model to fit
   * @param summary the customers' sufficient statistics
   * @return the fit; its {@link PurchaseModelFit#quality()} says whether it fell back to a
   *     penalised fit, to population defaults or to the empirical rule
   * @throws NullPointerException if an argument is null
   */
  public static PurchaseModelFit fit(ModelKind kind, CustomerSummary summary) {
    return fit(kind, summary, FitOptions.defaults());
  }

  /**
   * Fits {@code kind} on {@code summary}, falling back as the class describes; {@link
   * ModelKind#EMPIRICAL} gives the empirical rule without fitting.
   *
   * @param kind the purchase model to fit
   * @param summary the customers' sufficient statistics
   * @param options the fitting options
   * @return the fit; its {@link PurchaseModelFit#quality()} says whether it fell back to a
   *     penalised fit, to population defaults or to the empirical rule, and {@link
   *     PurchaseModelFit#attempts()} what was tried
   * @throws NullPointerException if an argument is null
   */
  public static PurchaseModelFit fit(ModelKind kind, CustomerSummary summary, FitOptions options) {
    Objects.requireNonNull(summary, "summary");
    return fit(kind, WeightedSummary.of(summary), options);
  }

  /**
   * Fits {@code kind} on grouped statistics, as {@link #fit(ModelKind, CustomerSummary,
   * FitOptions)} does on the customers they group: the same fit, guards, fallbacks and attempts.
   * The screening sample and the validation halves take every k-th customer of the customers
   * ordered by (x, t_x, T), so they are the same on the customers and on their groups.
   *
   * @param kind the purchase model to fit
   * @param summary the customers' grouped statistics
   * @param options the fitting options
   * @return the fit, as {@link #fit(ModelKind, CustomerSummary, FitOptions)}
   * @throws NullPointerException if an argument is null
   */
  public static PurchaseModelFit fit(ModelKind kind, WeightedSummary summary, FitOptions options) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
    int n = summary.size();
    int repeaters = summary.repeatCustomers();
    BgNbdParameters defaults = populationDefaults(summary);
    double[] prior = prior(kind, defaults);
    List<FitAttempt> attempts = new ArrayList<>();
    if (kind == ModelKind.EMPIRICAL) {
      return empiricalFit(summary, defaults, attempts, "empirical rule requested");
    }
    if (n == 0) {
      return defaultsFit(
          kind, summary, parameters(prior), 0, "no customers: population defaults", attempts);
    }
    PurchaseLikelihood rows = part(summary, 1, 0);
    if (options.alwaysPenalise()
        || n < options.minCustomers()
        || repeaters < options.minRepeatCustomers()) {
      String why =
          options.alwaysPenalise()
              ? "penalised fit requested"
              : String.format(
                  Locale.ROOT,
                  "too little data for a plain fit: %d customers, %d with a repeat purchase (needs %d and %d)",
                  n,
                  repeaters,
                  options.minCustomers(),
                  options.minRepeatCustomers());
      return smallDataFit(kind, summary, rows, prior, options, why, attempts);
    }
    DoubleSupplier nested = new Nested(rows, prior, options);
    int stride = (n + VALIDATION_CUSTOMERS - 1) / VALIDATION_CUSTOMERS;
    PurchaseLikelihood sample = stride > 2 ? part(summary, stride, 0) : null;
    for (ModelKind candidate : candidates(kind)) {
      MaxLikelihood.Nll cl = likelihood(candidate, rows);
      double[] cPrior = prior(candidate, defaults);
      double[] start = cPrior;
      if (sample != null) {
        // screen on a sample first: a run-away there is not repeated on everyone
        MaxLikelihood.Nll sc = likelihood(candidate, sample);
        // the screen stops as soon as a better point leaves the plausible range: a fit that ends
        // outside it is degenerate anyway, and the evaluations far out on the edge are the costly
        // ones (Pareto/NBD's series converge slowly there)
        MaxLikelihood.Result screen =
            MaxLikelihood.fit(
                sc,
                sample.totalWeight,
                cPrior,
                cPrior,
                0.0,
                options.maxEvaluations(),
                SCREEN_LOW_LOG,
                SCREEN_HIGH_LOG);
        if (screen.ranAway) {
          attempts.add(
              new FitAttempt(
                  candidate,
                  0,
                  finiteOrMinus(-screen.nll),
                  FitQuality.DEGENERATE,
                  String.format(
                      Locale.ROOT,
                      "on a sample of %d customers: optimiser stopped: a parameter left the"
                          + " plausible range [%.0e, %.0e] (%s)",
                      (int) sample.totalWeight,
                      FitGuard.MIN_PLAUSIBLE,
                      FitGuard.MAX_PLAUSIBLE,
                      FitGuard.describe(candidate, screen.theta))));
          continue;
        }
        if (screen.finite() && screen.converged) {
          start = screen.theta;
        }
      }
      MaxLikelihood.Result plain =
          MaxLikelihood.fit(cl, rows.totalWeight, start, cPrior, 0.0, options.maxEvaluations());
      String problem = problem(candidate, plain, nested);
      if (problem.isEmpty()) {
        String reason =
            String.format(
                Locale.ROOT,
                "maximum-likelihood fit on %d customers (%d distinct (x, t_x, T))",
                n,
                rows.x.length);
        if (candidate != kind) {
          reason = label(kind) + " degenerate; " + label(candidate) + " " + reason;
        }
        attempts.add(new FitAttempt(candidate, 0, -plain.nll, FitQuality.GOOD, reason));
        return result(candidate, summary, plain, FitQuality.GOOD, reason, attempts);
      }
      attempts.add(
          new FitAttempt(candidate, 0, finiteOrMinus(-plain.nll), FitQuality.DEGENERATE, problem));
    }
    Validated validated = validatedFit(kind, rows, summary, prior, options, attempts);
    if (validated != null) {
      double lambda = validated.lambda();
      MaxLikelihood.Result penalised = validated.fit();
      String problem = problem(kind, penalised, null);
      String head = label(kind) + " and the other models degenerate";
      if (problem.isEmpty()) {
        String reason =
            String.format(
                Locale.ROOT,
                "%s; fitted with an L2 penalty %.3g towards the population defaults, chosen by"
                    + " validation",
                head,
                lambda);
        attempts.add(new FitAttempt(kind, lambda, -penalised.nll, FitQuality.REGULARISED, reason));
        return result(kind, summary, penalised, FitQuality.REGULARISED, reason, attempts);
      }
      attempts.add(
          new FitAttempt(
              kind, lambda, finiteOrMinus(-penalised.nll), FitQuality.DEGENERATE, problem));
    }
    return empiricalFit(
        summary,
        defaults,
        attempts,
        "every likelihood fit degenerate: empirical rule of the pause against the cycle");
  }

  /** The requested model first, then the other likelihood models in declaration order. */
  private static List<ModelKind> candidates(ModelKind kind) {
    List<ModelKind> out = new ArrayList<>();
    out.add(kind);
    for (ModelKind k : ModelKind.values()) {
      if (k != kind && k != ModelKind.EMPIRICAL) {
        out.add(k);
      }
    }
    return out;
  }

  /** The fit with too little data, or when a penalised fit is requested. */
  private static PurchaseModelFit smallDataFit(
      ModelKind kind,
      WeightedSummary summary,
      PurchaseLikelihood rows,
      double[] prior,
      FitOptions options,
      String why,
      List<FitAttempt> attempts) {
    MaxLikelihood.Nll ll = likelihood(kind, rows);
    MaxLikelihood.Result penalised =
        MaxLikelihood.fit(
            ll, rows.totalWeight, prior, prior, options.penalty(), options.maxEvaluations());
    String problem = problem(kind, penalised, null);
    if (problem.isEmpty()) {
      String reason =
          why
              + String.format(
                  Locale.ROOT,
                  "; fitted with an L2 penalty %.3g towards the population defaults",
                  options.penalty());
      attempts.add(
          new FitAttempt(kind, options.penalty(), -penalised.nll, FitQuality.REGULARISED, reason));
      return result(kind, summary, penalised, FitQuality.REGULARISED, reason, attempts);
    }
    attempts.add(
        new FitAttempt(
            kind,
            options.penalty(),
            finiteOrMinus(-penalised.nll),
            FitQuality.DEGENERATE,
            problem));
    double defaultLl = -ll.value(prior);
    return defaultsFit(
        kind,
        summary,
        parameters(prior),
        finiteOrMinus(defaultLl),
        why + "; penalised fit unusable (" + problem + "): population defaults",
        attempts);
  }

  /**
   * The validated penalised fit: each λ of the grid, largest first, is fitted on a training half of
   * the customers (indices {@code ≡ 0 mod 2k}) and scored by the unpenalised log-likelihood of the
   * other half (indices {@code ≡ k mod 2k}), k chosen so that each half has at most {@link
   * #VALIDATION_CUSTOMERS} customers; the best non-degenerate λ is refitted on everyone, starting
   * from its training estimates. Each grid fit is recorded in {@code attempts}; {@code null} when
   * every λ is degenerate.
   */
  private static Validated validatedFit(
      ModelKind kind,
      PurchaseLikelihood all,
      WeightedSummary s,
      double[] prior,
      FitOptions options,
      List<FitAttempt> attempts) {
    int n = s.size();
    int stride = Math.max(1, (n + 2 * VALIDATION_CUSTOMERS - 1) / (2 * VALIDATION_CUSTOMERS));
    int period = 2 * stride;
    PurchaseLikelihood trainRows = part(s, period, 0);
    PurchaseLikelihood testRows = n > stride ? part(s, period, stride) : trainRows;
    MaxLikelihood.Nll train = likelihood(kind, trainRows);
    MaxLikelihood.Nll test = likelihood(kind, testRows);
    double best = 0;
    double[] bestTheta = null;
    double bestLl = Double.NEGATIVE_INFINITY;
    for (int g = PENALTY_GRID.length - 1; g >= 0; g--) {
      double lambda = options.penalty() * PENALTY_GRID[g];
      MaxLikelihood.Result r =
          MaxLikelihood.fit(
              train, trainRows.totalWeight, prior, prior, lambda, options.maxEvaluations());
      String problem = problem(kind, r, null);
      double held = problem.isEmpty() ? -test.value(r.theta) : Double.NEGATIVE_INFINITY;
      if (problem.isEmpty() && Double.isFinite(held)) {
        attempts.add(
            new FitAttempt(
                kind,
                lambda,
                held,
                FitQuality.REGULARISED,
                String.format(
                    Locale.ROOT,
                    "validation: fitted on %d customers, held-out log-likelihood %.2f on %d",
                    (int) trainRows.totalWeight,
                    held,
                    (int) testRows.totalWeight)));
        if (held > bestLl) {
          bestLl = held;
          best = lambda;
          bestTheta = r.theta;
        }
      } else {
        attempts.add(
            new FitAttempt(
                kind,
                lambda,
                Double.NEGATIVE_INFINITY,
                FitQuality.DEGENERATE,
                "validation: " + (problem.isEmpty() ? "held-out likelihood not finite" : problem)));
      }
    }
    if (bestTheta == null) {
      return null;
    }
    MaxLikelihood.Result fit =
        MaxLikelihood.fit(
            likelihood(kind, all),
            all.totalWeight,
            bestTheta,
            prior,
            best,
            options.maxEvaluations());
    return new Validated(best, fit);
  }

  /** A penalised fit and its penalty. */
  private record Validated(double lambda, MaxLikelihood.Result fit) {}

  /**
   * The customers with index {@code ≡ offset (mod period)} in the (x, t_x, T) order, grouped: a
   * group covering the indices {@code [start, start + w)} keeps those of its customers.
   */
  private static PurchaseLikelihood part(WeightedSummary s, int period, int offset) {
    int m = s.groups();
    double[] x = new double[m];
    double[] tx = new double[m];
    double[] age = new double[m];
    double[] w = new double[m];
    long start = 0;
    for (int g = 0; g < m; g++) {
      long end = start + s.customers(g);
      x[g] = s.x(g);
      tx[g] = s.recency(g);
      age[g] = s.age(g);
      w[g] = below(end, period, offset) - below(start, period, offset);
      start = end;
    }
    return new PurchaseLikelihood(false, x, tx, age, w);
  }

  /** The indices {@code i < end} with {@code i ≡ offset (mod period)}. */
  private static long below(long end, int period, int offset) {
    return end > offset ? (end - 1 - offset) / period + 1 : 0;
  }

  /** The negative log-likelihood of {@code kind} over the grouped {@code rows}. */
  private static MaxLikelihood.Nll likelihood(ModelKind kind, PurchaseLikelihood rows) {
    return switch (kind) {
      case PARETO_NBD -> new ParetoLikelihood(rows);
      case MBG_NBD -> new PurchaseLikelihood(true, rows);
      default -> rows;
    };
  }

  /**
   * θ₀ of {@code kind}: the population defaults; for Pareto/NBD r = 1, α = the cycle, s = 1, β = 4
   * × the cycle (a mean dropout rate a quarter of the mean purchase rate, as a/(a+b) = 0.25).
   */
  static double[] prior(ModelKind kind, BgNbdParameters d) {
    if (kind == ModelKind.PARETO_NBD) {
      return new double[] {d.r(), d.alpha(), 1.0, 4 * d.alpha()};
    }
    return new double[] {d.r(), d.alpha(), d.a(), d.b()};
  }

  private static BgNbdParameters parameters(double[] theta) {
    return new BgNbdParameters(theta[0], theta[1], theta[2], theta[3]);
  }

  /**
   * The maximised log-likelihood of the nested NBD (no dropout), or NaN when it is unusable; fitted
   * on first use only, since only a fit that passes every other guard needs it.
   */
  private static final class Nested implements DoubleSupplier {
    private final PurchaseLikelihood ll;
    private final double[] prior;
    private final FitOptions options;
    private double value;
    private boolean done;

    Nested(PurchaseLikelihood ll, double[] prior, FitOptions options) {
      this.ll = ll;
      this.prior = prior;
      this.options = options;
    }

    @Override
    public double getAsDouble() {
      if (!done) {
        NbdLikelihood nbd = new NbdLikelihood(ll);
        double[] start = {prior[0], prior[1]};
        MaxLikelihood.Result r =
            MaxLikelihood.fit(nbd, ll.totalWeight, start, start, 0.0, options.maxEvaluations());
        value = r.converged && Double.isFinite(r.nll) ? -r.nll : Double.NaN;
        done = true;
      }
      return value;
    }
  }

  /**
   * The first guard a fit fails, or the empty string; {@code nested} is null for penalised fits,
   * which skip the Hessian and nested-model guards.
   */
  private static String problem(ModelKind kind, MaxLikelihood.Result r, DoubleSupplier nested) {
    if (r.ranAway) {
      return "optimiser stopped: a parameter ran beyond [1e-6, 1e6] ("
          + FitGuard.describe(kind, r.theta)
          + ")";
    }
    if (!r.finite()) {
      return "estimates at the edge of the parameter space: " + Arrays.toString(r.theta);
    }
    if (!r.converged) {
      return "optimiser did not converge";
    }
    String edge = FitGuard.edge(kind, r.theta);
    if (!edge.isEmpty()) {
      return edge;
    }
    if (nested == null) {
      return "";
    }
    if (!r.hasStandardErrors()) {
      return "Hessian not positive definite";
    }
    return FitGuard.nested(-r.nll, nested.getAsDouble());
  }

  private static double finiteOrMinus(double v) {
    return Double.isFinite(v) ? v : Double.NEGATIVE_INFINITY;
  }

  private static String label(ModelKind k) {
    return switch (k) {
      case BG_NBD -> "BG/NBD";
      case MBG_NBD -> "MBG/NBD";
      case PARETO_NBD -> "Pareto/NBD";
      case EMPIRICAL -> "empirical rule";
    };
  }

  private static PurchaseModelFit result(
      ModelKind kind,
      WeightedSummary s,
      MaxLikelihood.Result r,
      FitQuality q,
      String reason,
      List<FitAttempt> attempts) {
    String[] names = names(kind);
    List<ParameterEstimate> est = new ArrayList<>(4);
    for (int i = 0; i < 4; i++) {
      est.add(ParameterEstimate.of(names[i], r.theta[i], r.standardErrors[i]));
    }
    BgNbdParameters p = new BgNbdParameters(r.theta[0], r.theta[1], r.theta[2], r.theta[3]);
    return new PurchaseModelFit(
        kind,
        s.unit(),
        p,
        est,
        -r.nll,
        r.iterations,
        r.converged,
        q,
        reason,
        s.size(),
        s.repeatCustomers(),
        attempts);
  }

  private static PurchaseModelFit defaultsFit(
      ModelKind kind,
      WeightedSummary s,
      BgNbdParameters p,
      double ll,
      String reason,
      List<FitAttempt> attempts) {
    attempts.add(new FitAttempt(kind, 0, ll, FitQuality.POPULATION_DEFAULTS, reason));
    return new PurchaseModelFit(
        kind,
        s.unit(),
        p,
        estimatesWithoutErrors(kind, p),
        ll,
        0,
        false,
        FitQuality.POPULATION_DEFAULTS,
        reason,
        s.size(),
        s.repeatCustomers(),
        attempts);
  }

  private static List<ParameterEstimate> estimatesWithoutErrors(ModelKind kind, BgNbdParameters p) {
    String[] names = names(kind);
    return List.of(
        ParameterEstimate.of(names[0], p.r(), Double.NaN),
        ParameterEstimate.of(names[1], p.alpha(), Double.NaN),
        ParameterEstimate.of(names[2], p.a(), Double.NaN),
        ParameterEstimate.of(names[3], p.b(), Double.NaN));
  }

  /** The parameters' names: r, alpha, a, b; r, alpha, s, beta for Pareto/NBD. */
  static String[] names(ModelKind kind) {
    return kind == ModelKind.PARETO_NBD
        ? new String[] {"r", "alpha", "s", "beta"}
        : new String[] {"r", "alpha", "a", "b"};
  }

  /**
   * The empirical rule over the population defaults, whose α / r is the population cycle; it has no
   * likelihood (negative infinity).
   */
  private static PurchaseModelFit empiricalFit(
      WeightedSummary s, BgNbdParameters p, List<FitAttempt> attempts, String reason) {
    String full =
        String.format(
            Locale.ROOT,
            "%s: population cycle %.4g %s, churn 1/(1 + (%.3g cycles / pause)^%.3g)",
            reason,
            p.alpha() / p.r(),
            s.unit().name().toLowerCase(Locale.ROOT),
            PurchaseModel.EMPIRICAL_MIDPOINT,
            PurchaseModel.EMPIRICAL_STEEPNESS);
    attempts.add(
        new FitAttempt(
            ModelKind.EMPIRICAL, 0, Double.NEGATIVE_INFINITY, FitQuality.EMPIRICAL, full));
    List<ParameterEstimate> est =
        List.of(
            ParameterEstimate.of("populationCycle", p.alpha() / p.r(), Double.NaN),
            ParameterEstimate.of("priorGaps", PurchaseModel.EMPIRICAL_PRIOR_GAPS, Double.NaN),
            ParameterEstimate.of("midpoint", PurchaseModel.EMPIRICAL_MIDPOINT, Double.NaN),
            ParameterEstimate.of("steepness", PurchaseModel.EMPIRICAL_STEEPNESS, Double.NaN));
    return new PurchaseModelFit(
        ModelKind.EMPIRICAL,
        s.unit(),
        p,
        est,
        Double.NEGATIVE_INFINITY,
        0,
        false,
        FitQuality.EMPIRICAL,
        full,
        s.size(),
        s.repeatCustomers(),
        attempts);
  }

  /**
   * The population defaults: {@code r = 1}, {@code a = 1}, {@code b = 3} and {@code α} = the
   * population cycle, i.e. one purchase per cycle on average: the median {@code t_x / x} over
   * repeat customers, or, when nobody repeats, the median T; at least 30 days (in the summary's
   * unit).
   *
   * @param s the customers' sufficient statistics
   * @return the default parameters, with α in the summary's unit
   */
  public static BgNbdParameters populationDefaults(CustomerSummary s) {
    return populationDefaults(WeightedSummary.of(s));
  }

  /**
   * The population defaults of grouped statistics, as {@link #populationDefaults(CustomerSummary)}
   * of the customers they group (the medians taken over the customers, each group counted as its
   * customers).
   *
   * @param s the customers' grouped statistics
   * @return the default parameters, with α in the summary's unit
   */
  public static BgNbdParameters populationDefaults(WeightedSummary s) {
    int m = s.groups();
    double[] cycles = new double[m];
    long[] weights = new long[m];
    int k = 0;
    for (int g = 0; g < m; g++) {
      if (s.x(g) > 0) {
        cycles[k] = s.recency(g) / s.x(g);
        weights[k++] = s.customers(g);
      }
    }
    if (k == 0) {
      for (int g = 0; g < m; g++) {
        cycles[k] = s.age(g);
        weights[k++] = s.customers(g);
      }
    }
    double minCycle = s.unit().fromDays(MIN_DEFAULT_CYCLE_DAYS);
    double cycle =
        k == 0
            ? minCycle
            : Math.max(
                minCycle, weightedMedian(Arrays.copyOf(cycles, k), Arrays.copyOf(weights, k)));
    return new BgNbdParameters(DEFAULT_R, cycle, DEFAULT_A, DEFAULT_B);
  }

  /**
   * The median of the values each repeated its weight times: the middle one, or the mean of the two
   * middle ones, of the sorted expansion.
   */
  private static double weightedMedian(double[] v, long[] w) {
    int n = v.length;
    Integer[] order = new Integer[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      total += w[i];
    }
    Arrays.sort(order, (i, j) -> Double.compare(v[i], v[j]));
    long lo = (total - 1) / 2;
    long hi = total / 2;
    double low = Double.NaN;
    long seen = 0;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      long next = seen + w[i];
      if (lo >= seen && lo < next) {
        low = v[i];
      }
      if (hi >= seen && hi < next) {
        return lo == hi ? v[i] : 0.5 * (low + v[i]);
      }
      seen = next;
    }
    throw new IllegalStateException("no median of an empty sample");
  }

  static double median(double[] v) {
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
  }
}
