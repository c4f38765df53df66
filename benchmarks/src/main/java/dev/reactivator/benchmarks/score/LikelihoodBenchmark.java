package dev.reactivator.benchmarks.score;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.model.internal.PurchaseLikelihood;
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
 * One evaluation of the BG/NBD or MBG/NBD log-likelihood over 1,000,000 customers — the inner loop
 * of every Nelder–Mead step of the fit — with and without the grouping of identical (x, t_x, T).
 *
 * <p>The customers are drawn as in {@link ScoreBenchmark} (a BG/NBD process in days). With {@code
 * days = integer} the triples are whole days, as {@code CustomerSummary.fromBase} produces them,
 * and the grouping collapses the million customers into far fewer distinct rows; with {@code days =
 * continuous} t_x and T carry a random fraction of a day, every triple is distinct, and the
 * evaluation runs over all 1,000,000 rows: that is the ungrouped cost. The number of distinct rows
 * is printed at set-up.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LikelihoodBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class LikelihoodBenchmark {
  /** The number of customers. */
  @Param("1000000")
  public int customers;

  /** Whether t_x and T are whole days (groupable) or continuous (all distinct). */
  @Param({"integer", "continuous"})
  public String days;

  /** Whether the MBG/NBD variant is evaluated. */
  @Param({"false", "true"})
  public boolean modified;

  private PurchaseLikelihood likelihood;

  /** Draws the customers and groups their triples. */
  @Setup(Level.Trial)
  public void setUp() {
    CustomerSummary s = ScoreBenchmark.synthetic(customers, 42);
    int n = s.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    SplittableRandom rnd = new SplittableRandom(7);
    boolean continuous = days.equals("continuous");
    for (int i = 0; i < n; i++) {
      x[i] = s.x(i);
      double shift = continuous ? rnd.nextDouble() : 0;
      t[i] = s.age(i) + shift;
      tx[i] = x[i] == 0 ? 0 : s.recency(i) + shift;
    }
    likelihood = new PurchaseLikelihood(modified, x, tx, t);
    System.out.printf("%n%d customers -> %d distinct (x, t_x, T) rows%n", n, likelihood.x.length);
  }

  /** One log-likelihood evaluation at the parameters the data were drawn from. */
  @Benchmark
  public double logLikelihood() {
    return likelihood.logLikelihood(0.8, 60, 0.9, 2.5);
  }
}
