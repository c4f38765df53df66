package dev.reactivator.benchmarks.insight;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.segment.Analysis;
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
 * The score and segment stages end to end on the {@link SyntheticBase} of {@code customers}
 * customers (default 1,000,000, ≈ 2.5 M purchases with true dates, 40 products), built once per
 * fork: {@link #score()} is {@code base.score()} (both model fits and every customer's scores) and
 * {@link #segment()} is {@code scored.segment()} — every widget of the six dashboard tabs, the call
 * list and the retention-driver tests. {@link InsightBenchmark} breaks the base-only insights down
 * one by one.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SegmentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-Xms3g"})
public class SegmentBenchmark {
  /** Number of customers in the synthetic base. */
  @Param("1000000")
  public int customers;

  private CustomerBase base;
  private ScoredBase scored;

  /** Builds and scores the base. */
  @Setup
  public void setUp() {
    base = SyntheticBase.load(customers, 20251231L);
    scored = Scoring.score(base);
  }

  /** {@code base.score()}: fits and per-customer scores. */
  @Benchmark
  public ScoredBase score() {
    return Scoring.score(base);
  }

  /** {@code scored.segment()}: every widget of the analysis. */
  @Benchmark
  public Analysis segment() {
    return Analysis.of(scored);
  }
}
