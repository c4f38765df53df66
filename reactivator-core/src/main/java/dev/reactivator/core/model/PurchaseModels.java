package dev.reactivator.core.model;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.model.internal.MaxLikelihood;
import dev.reactivator.core.model.internal.PurchaseLikelihood;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fits BG/NBD and MBG/NBD by maximum likelihood, with the documented fallbacks for small or
 * degenerate data: a plain fit when there are at least {@link FitOptions#minCustomers()} customers
 * and {@link FitOptions#minRepeatCustomers()} repeat customers and the optimum is finite, converged
 * and has a positive-definite Hessian ({@link FitQuality#GOOD}); else an L2-penalised fit towards
 * the population defaults ({@link FitQuality#REGULARISED}); else the population defaults themselves
 * ({@link FitQuality#POPULATION_DEFAULTS}). Never throws for valid summaries and never returns NaN.
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

  private PurchaseModels() {}

  /**
   * Fits {@code kind} on {@code summary} with {@link FitOptions#defaults()}.
   *
   * @param kind the purchase model to fit
   * @param summary the customers' sufficient statistics
   * @return the fit; its {@link PurchaseModelFit#quality()} says whether it fell back to a
   *     penalised fit or to population defaults
   * @throws NullPointerException if an argument is null
   */
  public static PurchaseModelFit fit(ModelKind kind, CustomerSummary summary) {
    return fit(kind, summary, FitOptions.defaults());
  }

  /**
   * Fits {@code kind} on {@code summary}.
   *
   * @param kind the purchase model to fit
   * @param summary the customers' sufficient statistics
   * @param options the fitting options
   * @return the fit; its {@link PurchaseModelFit#quality()} says whether it fell back to a
   *     penalised fit or to population defaults
   * @throws NullPointerException if an argument is null
   */
  public static PurchaseModelFit fit(ModelKind kind, CustomerSummary summary, FitOptions options) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
    int n = summary.size();
    int repeaters = summary.repeatCustomers();
    BgNbdParameters defaults = populationDefaults(summary);
    double[] prior = {defaults.r(), defaults.alpha(), defaults.a(), defaults.b()};
    if (n == 0) {
      return defaultsFit(kind, summary, defaults, 0, "no customers: population defaults");
    }
    PurchaseLikelihood ll =
        new PurchaseLikelihood(
            kind == ModelKind.MBG_NBD, summary.xs(), summary.txs(), summary.ages());
    String why;
    if (options.alwaysPenalise()) {
      why = "penalised fit requested";
    } else if (n < options.minCustomers() || repeaters < options.minRepeatCustomers()) {
      why =
          String.format(
              Locale.ROOT,
              "too little data for a plain fit: %d customers, %d with a repeat purchase (needs %d and %d)",
              n,
              repeaters,
              options.minCustomers(),
              options.minRepeatCustomers());
    } else {
      MaxLikelihood.Result plain =
          MaxLikelihood.fit(ll, ll.totalWeight, prior, prior, 0.0, options.maxEvaluations());
      String problem = problem(plain, true);
      if (problem.isEmpty()) {
        return result(
            kind,
            summary,
            plain,
            FitQuality.GOOD,
            String.format(
                Locale.ROOT,
                "maximum-likelihood fit on %d customers (%d distinct (x, t_x, T))",
                n,
                ll.x.length));
      }
      why = "plain fit unusable (" + problem + ")";
    }
    MaxLikelihood.Result penalised =
        MaxLikelihood.fit(
            ll, ll.totalWeight, prior, prior, options.penalty(), options.maxEvaluations());
    String problem = problem(penalised, false);
    if (problem.isEmpty()) {
      return result(
          kind,
          summary,
          penalised,
          FitQuality.REGULARISED,
          why
              + String.format(
                  Locale.ROOT,
                  "; fitted with an L2 penalty %.3g towards the population defaults",
                  options.penalty()));
    }
    double defaultLl = -ll.value(prior);
    return defaultsFit(
        kind,
        summary,
        defaults,
        Double.isFinite(defaultLl) ? defaultLl : Double.NEGATIVE_INFINITY,
        why + "; penalised fit unusable (" + problem + "): population defaults");
  }

  private static String problem(MaxLikelihood.Result r, boolean needStandardErrors) {
    if (!r.finite()) {
      return "estimates at the edge of the parameter space: " + Arrays.toString(r.theta);
    }
    if (!r.converged) {
      return "optimiser did not converge";
    }
    if (needStandardErrors && !r.hasStandardErrors()) {
      return "Hessian not positive definite";
    }
    return "";
  }

  private static PurchaseModelFit result(
      ModelKind kind, CustomerSummary s, MaxLikelihood.Result r, FitQuality q, String reason) {
    String[] names = {"r", "alpha", "a", "b"};
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
        s.repeatCustomers());
  }

  private static PurchaseModelFit defaultsFit(
      ModelKind kind, CustomerSummary s, BgNbdParameters p, double ll, String reason) {
    List<ParameterEstimate> est =
        List.of(
            ParameterEstimate.of("r", p.r(), Double.NaN),
                ParameterEstimate.of("alpha", p.alpha(), Double.NaN),
            ParameterEstimate.of("a", p.a(), Double.NaN),
                ParameterEstimate.of("b", p.b(), Double.NaN));
    return new PurchaseModelFit(
        kind,
        s.unit(),
        p,
        est,
        ll,
        0,
        false,
        FitQuality.POPULATION_DEFAULTS,
        reason,
        s.size(),
        s.repeatCustomers());
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
    int n = s.size();
    double[] cycles = new double[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (s.x(i) > 0) {
        cycles[k++] = s.recency(i) / s.x(i);
      }
    }
    if (k == 0) {
      for (int i = 0; i < n; i++) {
        cycles[k++] = s.age(i);
      }
    }
    double minCycle = s.unit().fromDays(MIN_DEFAULT_CYCLE_DAYS);
    double cycle = k == 0 ? minCycle : Math.max(minCycle, median(Arrays.copyOf(cycles, k)));
    return new BgNbdParameters(DEFAULT_R, cycle, DEFAULT_A, DEFAULT_B);
  }

  static double median(double[] v) {
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
  }
}
