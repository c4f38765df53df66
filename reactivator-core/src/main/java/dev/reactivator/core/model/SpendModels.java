package dev.reactivator.core.model;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.WeightedSummary;
import dev.reactivator.core.model.internal.MaxLikelihood;
import dev.reactivator.core.model.internal.SpendLikelihood;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fits the Gamma-Gamma spend model on the repeat customers (x ≥ 1, mean repeat spend &gt; 0) by
 * maximum likelihood, with the same fallbacks as {@link PurchaseModels}: plain fit with at least
 * {@link FitOptions#minRepeatCustomers()} such customers, a finite converged optimum with {@code q
 * > 1} and a positive-definite Hessian ({@link FitQuality#GOOD}); else an L2-penalised fit ({@link
 * FitQuality#REGULARISED}); else the population defaults {@code p = 6}, {@code q = 4}, {@code v =
 * 0.5 m̄} whose population mean is the observed mean m̄ ({@link FitQuality#POPULATION_DEFAULTS}).
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class SpendModels {
  /** p of the population defaults. */
  public static final double DEFAULT_P = 6.0;

  /** q of the population defaults. */
  public static final double DEFAULT_Q = 4.0;

  private SpendModels() {}

  /**
   * Fits with {@link FitOptions#defaults()}.
   *
   * @param summary the customers' sufficient statistics and mean spend
   * @return the fit; its {@link SpendModelFit#quality()} says whether it fell back to a penalised
   *     fit or to population defaults
   */
  public static SpendModelFit fit(CustomerSummary summary) {
    return fit(summary, FitOptions.defaults());
  }

  /**
   * Fits the Gamma-Gamma model on {@code summary}'s repeat customers.
   *
   * @param summary the customers' sufficient statistics and mean spend
   * @param options the fitting options
   * @return the fit; its {@link SpendModelFit#quality()} says whether it fell back to a penalised
   *     fit or to population defaults
   */
  public static SpendModelFit fit(CustomerSummary summary, FitOptions options) {
    Objects.requireNonNull(summary, "summary");
    return fit(WeightedSummary.of(summary), options);
  }

  /**
   * Fits the Gamma-Gamma model on grouped statistics' spend rows, as {@link #fit(CustomerSummary,
   * FitOptions)} does on the customers they summarise: the same fit, guards and fallbacks.
   *
   * @param summary the repeat buyers' spend rows and the mean order of the population
   * @param options the fitting options
   * @return the fit, as {@link #fit(CustomerSummary, FitOptions)}
   */
  public static SpendModelFit fit(WeightedSummary summary, FitOptions options) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
    int k = summary.spendRows();
    double[] xs = new double[k];
    double[] ms = new double[k];
    for (int i = 0; i < k; i++) {
      xs[i] = summary.spendX(i);
      ms[i] = summary.spend(i);
    }
    double observed = observedMean(summary, ms, k);
    GammaGammaParameters defaults =
        new GammaGammaParameters(
            DEFAULT_P, DEFAULT_Q, Math.max(observed, 1e-9) * (DEFAULT_Q - 1) / DEFAULT_P);
    double[] prior = {defaults.p(), defaults.q(), defaults.v()};
    if (k == 0) {
      return defaultsFit(
          defaults,
          0.0,
          0,
          observed,
          "no repeat customers with a positive spend: population defaults (mean of all orders)");
    }
    SpendLikelihood ll = new SpendLikelihood(xs, ms);
    String why;
    if (options.alwaysPenalise()) {
      why = "penalised fit requested";
    } else if (k < options.minRepeatCustomers()) {
      why =
          String.format(
              Locale.ROOT,
              "too little data for a plain fit: %d repeat customers (needs %d)",
              k,
              options.minRepeatCustomers());
    } else {
      MaxLikelihood.Result plain =
          MaxLikelihood.fit(ll, k, prior, prior, 0.0, options.maxEvaluations());
      String problem = problem(plain, true);
      if (problem.isEmpty()) {
        return result(
            plain,
            FitQuality.GOOD,
            String.format(Locale.ROOT, "maximum-likelihood fit on %d repeat customers", k),
            k);
      }
      why = "plain fit unusable (" + problem + ")";
    }
    MaxLikelihood.Result penalised =
        MaxLikelihood.fit(ll, k, prior, prior, options.penalty(), options.maxEvaluations());
    String problem = problem(penalised, false);
    if (problem.isEmpty()) {
      return result(
          penalised,
          FitQuality.REGULARISED,
          why
              + String.format(
                  Locale.ROOT,
                  "; fitted with an L2 penalty %.3g towards the population defaults",
                  options.penalty()),
          k);
    }
    double defaultLl = -ll.value(prior);
    return defaultsFit(
        defaults,
        Double.isFinite(defaultLl) ? defaultLl : Double.NEGATIVE_INFINITY,
        k,
        observed,
        why + "; penalised fit unusable (" + problem + "): population defaults");
  }

  /**
   * The mean repeat spend of repeat customers, else the mean order of all customers with one, else
   * 0.
   */
  private static double observedMean(WeightedSummary s, double[] ms, int k) {
    // summed in sorted order, so that the start point (and the fit) does not depend on the order of
    // customers
    if (k > 0) {
      double[] sorted = java.util.Arrays.copyOf(ms, k);
      java.util.Arrays.sort(sorted);
      double sum = 0;
      for (double v : sorted) {
        sum += v;
      }
      return sum / k;
    }
    return s.meanOrder();
  }

  private static String problem(MaxLikelihood.Result r, boolean needStandardErrors) {
    if (!r.finite()) {
      return "estimates at the edge of the parameter space";
    }
    if (!(r.theta[1] > 1)) {
      return "q <= 1: infinite population mean";
    }
    if (!r.converged) {
      return "optimiser did not converge";
    }
    if (needStandardErrors && !r.hasStandardErrors()) {
      return "Hessian not positive definite";
    }
    return "";
  }

  private static SpendModelFit result(MaxLikelihood.Result r, FitQuality q, String reason, int k) {
    String[] names = {"p", "q", "v"};
    List<ParameterEstimate> est = new ArrayList<>(3);
    for (int i = 0; i < 3; i++) {
      est.add(ParameterEstimate.of(names[i], r.theta[i], r.standardErrors[i]));
    }
    GammaGammaParameters p = new GammaGammaParameters(r.theta[0], r.theta[1], r.theta[2]);
    return new SpendModelFit(
        p, est, -r.nll, r.iterations, r.converged, q, reason, k, p.populationMean());
  }

  private static SpendModelFit defaultsFit(
      GammaGammaParameters p, double ll, int k, double observed, String reason) {
    List<ParameterEstimate> est =
        List.of(
            ParameterEstimate.of("p", p.p(), Double.NaN),
            ParameterEstimate.of("q", p.q(), Double.NaN),
            ParameterEstimate.of("v", p.v(), Double.NaN));
    return new SpendModelFit(
        p, est, ll, 0, false, FitQuality.POPULATION_DEFAULTS, reason, k, observed);
  }
}
