package dev.reactivator.benchmarks.score;

import dev.reactivator.benchmarks.insight.SyntheticBase;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.core.spi.ProgressListener;
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
 * {@code score()} with the supervised layer on the {@link SyntheticBase} (three years of purchases,
 * so the layer is trained): {@link #fitLayerAndScore()} fits the purchase and spend models, refits
 * the purchase model as of the cut-off, trains and validates the layer and scores every customer;
 * {@link #scoreWithSavedModels()} scores the same base with the models of the first run, as {@code
 * analyze --model} does (no fit, the layer applied).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SupervisedBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-Xms3g"})
public class SupervisedBenchmark {
  /** Number of customers in the synthetic base. */
  @Param({"100000", "1000000"})
  public int customers;

  private CustomerBase base;
  private FittedModels models;

  /** Builds and scores the base once, keeping its models. */
  @Setup
  public void setUp() {
    base = SyntheticBase.load(customers, 20251231L);
    models = Scoring.score(base).model().orElseThrow();
    System.out.println(
        "layer: "
            + models.supervisedNote()
            + "; "
            + models.supervised().map(l -> l.validation().toString()).orElse("none"));
  }

  /** {@code base.score()}: both fits, the supervised layer and every customer's scores. */
  @Benchmark
  public ScoredBase fitLayerAndScore() {
    return Scoring.score(base);
  }

  /** Scoring with saved models: no fit, the layer applied to every customer. */
  @Benchmark
  public ScoredBase scoreWithSavedModels() {
    return Scoring.score(base, ScoringOptions.defaults(), models, ProgressListener.none());
  }
}
