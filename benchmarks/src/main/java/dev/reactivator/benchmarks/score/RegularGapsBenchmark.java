package dev.reactivator.benchmarks.score;

import dev.reactivator.benchmarks.insight.SyntheticBase;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.Scoring;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code score()} on a base the purchase models cannot fit: the {@link SyntheticBase} of 1,000,000
 * customers with regular gaps of 10–90 days (1–6 purchases each), on which BG/NBD and MBG/NBD run
 * to the edge of the parameter space (a, b or r, α → ∞). The fit guards stop each run-away early
 * and fall back to the validated penalised fit; the setup prints the chain that was tried.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RegularGapsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-Xms3g"})
public class RegularGapsBenchmark {
  /** Number of customers in the synthetic base. */
  @Param("1000000")
  public int customers;

  private CustomerBase base;

  /** Builds the base and prints the fallback chain of one fit. */
  @Setup
  public void setUp() {
    base = SyntheticBase.load(customers, 20251231L);
    PurchaseModelFit fit = Scoring.score(base).model().orElseThrow().purchases();
    System.out.println("fit: " + fit.kind() + " " + fit.quality() + " " + fit.parameters());
    fit.attempts().forEach(a -> System.out.println("  tried " + a));
  }

  /** {@code base.score()}: the guarded fits and every customer's scores. */
  @Benchmark
  public ScoredBase score() {
    return Scoring.score(base);
  }
}
