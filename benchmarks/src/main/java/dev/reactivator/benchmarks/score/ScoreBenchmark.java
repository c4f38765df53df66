package dev.reactivator.benchmarks.score;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.Clv;
import dev.reactivator.core.model.GammaGammaModel;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.model.SpendModels;
import dev.reactivator.core.score.CustomerScorer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The score stage's model work on a synthetic base of 100,000 or 1,000,000 customers: fitting the
 * purchase model (BG/NBD or MBG/NBD, Nelder–Mead over identical (x, t_x, T) grouped), fitting
 * Gamma-Gamma, and scoring every customer (P(alive), return probability and expected purchases over
 * 365 days, expected average order, 12-month CLV) as {@code CustomerBase.score()} does.
 *
 * <p>The summaries are drawn once per trial from a BG/NBD process in days (r = 0.8, α = 60, a =
 * 0.9, b = 2.5, first purchases spread over three years, integer days), so the grouping sees
 * realistic duplicates; the mean repeat spend is drawn from a Gamma-Gamma process (p = 6, q = 4, γ
 * = 250).
 *
 * <p>Run (from the repository root; build offline first):
 *
 * <pre>
 * mvn -o -q -pl benchmarks -am package -DskipTests
 * mvn -o -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) org.openjdk.jmh.Main ScoreBenchmark
 * </pre>
 *
 * Add {@code -p customers=100000} to run one size only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class ScoreBenchmark {
  /** The number of synthetic customers. */
  @Param({"100000", "1000000"})
  public int customers;

  /** The purchase model. */
  @Param({"MBG_NBD", "BG_NBD"})
  public ModelKind model;

  private CustomerSummary summary;
  private PurchaseModel fitted;
  private GammaGammaModel spend;

  /** Draws the synthetic summaries and fits the models once, for {@link #scoreEveryCustomer()}. */
  @Setup(Level.Trial)
  public void setUp() {
    summary = synthetic(customers, 42);
    fitted = PurchaseModels.fit(model, summary).model();
    spend = SpendModels.fit(summary).model();
  }

  /**
   * Draws {@code n} customers from a BG/NBD process in days, with Gamma-distributed order values.
   */
  static CustomerSummary synthetic(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    SplittableRandom spendRnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    double r = 0.8;
    double alpha = 60;
    double a = 0.9;
    double b = 2.5;
    for (int i = 0; i < n; i++) {
      int t = 1 + rnd.nextInt(3 * 365);
      double lambda = gamma(rnd, r) / alpha;
      double p = beta(rnd, a, b);
      double now = 0;
      int k = 0;
      double last = 0;
      while (true) {
        now += -Math.log(1 - rnd.nextDouble()) / lambda;
        if (now > t) {
          break;
        }
        k++;
        last = now;
        if (rnd.nextDouble() < p) {
          break;
        }
      }
      x[i] = k;
      tx[i] = k == 0 ? 0 : Math.floor(last);
      age[i] = t;
      if (k > 0) {
        // the draw of earlier versions (a per-customer constant, which makes the Gamma-Gamma MLE
        // degenerate: p -> infinity) is kept and discarded so the purchase histories stay the same
        gamma(rnd, 4);
        spend[i] = meanSpend(spendRnd, k);
      }
    }
    return CustomerSummary.of(x, tx, age, spend, PeriodUnit.DAYS);
  }

  /**
   * The mean of {@code k} order values drawn from the Gamma-Gamma process (p = 6, q = 4, γ = 250:
   * the customer's rate ν ~ Gamma(q, γ), each order ~ Gamma(p, ν), population mean p γ / (q − 1) =
   * 500).
   */
  static double meanSpend(SplittableRandom rnd, int k) {
    double nu = gamma(rnd, 4) / 250;
    double sum = 0;
    for (int j = 0; j < k; j++) {
      sum += gamma(rnd, 6) / nu;
    }
    return sum / k;
  }

  /** Marsaglia–Tsang Gamma(shape, 1). */
  static double gamma(SplittableRandom rnd, double shape) {
    if (shape < 1) {
      return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z;
      double v;
      do {
        z = normal(rnd);
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      double u = rnd.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  static double beta(SplittableRandom rnd, double a, double b) {
    double g1 = gamma(rnd, a);
    return g1 / (g1 + gamma(rnd, b));
  }

  static double normal(SplittableRandom rnd) {
    double u1 = 1 - rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Fits the purchase model on the whole synthetic base. */
  @Benchmark
  public PurchaseModelFit fitPurchaseModel() {
    return PurchaseModels.fit(model, summary);
  }

  /** Fits Gamma-Gamma on the synthetic repeat customers. */
  @Benchmark
  public SpendModelFit fitSpendModel() {
    return SpendModels.fit(summary);
  }

  /**
   * Scores every customer with the fitted models, as the score stage does ({@code CustomerScorer}).
   */
  @Benchmark
  public double scoreEveryCustomer() {
    int n = summary.size();
    double[] alive = new double[n];
    double[] ret = new double[n];
    double[] e = new double[n];
    double[] aov = new double[n];
    double[] clv = new double[n];
    new CustomerScorer(fitted, spend, 365, 12, 30, 0.01, 1.0)
        .score(summary, 0, n, alive, ret, e, aov, clv);
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += alive[i] + ret[i] + e[i] + clv[i];
    }
    return total;
  }

  /**
   * Scores every customer one call at a time through the public per-customer methods (the score
   * stage before {@code CustomerScorer}).
   */
  @Benchmark
  public double scoreOneByOne() {
    double total = 0;
    for (int i = 0, n = summary.size(); i < n; i++) {
      double x = summary.x(i);
      double tx = summary.recency(i);
      double t = summary.age(i);
      double alive = fitted.probabilityAlive(x, tx, t);
      double ret = fitted.probabilityOfPurchaseWithin(365, x, tx, t);
      double e = fitted.expectedPurchases(365, x, tx, t);
      double aov = spend.expectedAverageOrder(x, summary.meanRepeatSpend(i));
      double clv = Clv.value(fitted, x, tx, t, aov, 12, 30, 0.01, 1.0);
      total += alive + ret + e + clv;
    }
    return total;
  }
}
