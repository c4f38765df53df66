package dev.reactivator.benchmarks.score;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.ParameterEstimate;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;

/**
 * Does the BG/NBD fit recover the parameters its data were drawn from? Draws {@code n} customers
 * (default 100,000) from the BG/NBD process of {@link ScoreBenchmark} (r = 0.8, α = 60, a = 0.9, b
 * = 2.5, days), fits BG/NBD, and prints each estimate with its standard error, its 95 % interval
 * and whether the true value lies inside it, plus the wall time of the fit (one run, for
 * orientation only; the JMH figure is {@code ScoreBenchmark.fitPurchaseModel}).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.reactivator.benchmarks.score.FitRecovery [n] [seed]}.
 */
public final class FitRecovery {
  private FitRecovery() {}

  /**
   * Runs the check.
   *
   * @param args optional customer count and seed
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    double[] truth = {0.8, 60, 0.9, 2.5};
    CustomerSummary summary = ScoreBenchmark.synthetic(n, seed);
    long start = System.nanoTime();
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.BG_NBD, summary);
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "BG/NBD on %d synthetic customers (seed %d): converged=%s, %d iterations, ll=%.1f, %d ms, quality=%s%n",
        n, seed, fit.converged(), fit.iterations(), fit.logLikelihood(), ms, fit.quality());
    int i = 0;
    for (ParameterEstimate e : fit.estimates()) {
      double lo = e.lower95().orElse(Double.NaN);
      double hi = e.upper95().orElse(Double.NaN);
      double t = truth[i++];
      System.out.printf(
          "  %-5s true %7.3f  fitted %7.3f  se %.3f  95%% [%7.3f, %7.3f]  %s%n",
          e.name(),
          t,
          e.value(),
          e.standardError().orElse(Double.NaN),
          lo,
          hi,
          lo <= t && t <= hi ? "covers" : "MISSES");
    }
  }
}
