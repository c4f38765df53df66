package dev.reactivator.benchmarks.insight;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.segment.CustomerInsights;
import dev.reactivator.core.segment.abc.AbcOptions;
import dev.reactivator.core.segment.abc.AbcResult;
import dev.reactivator.core.segment.cohort.CohortOptions;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.cohort.RetentionFunnel;
import dev.reactivator.core.segment.finance.LtvCacCurve;
import dev.reactivator.core.segment.finance.LtvCacOptions;
import dev.reactivator.core.segment.nbp.AssociationRuleOptions;
import dev.reactivator.core.segment.nbp.AssociationRules;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.segment.nbp.NextBestProducts;
import dev.reactivator.core.segment.rfm.RfmResult;
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
 * Measures the base-only widgets of {@code dev.reactivator.core.segment} (rfm, abc, cohort, nbp,
 * finance) on a synthetic base of {@code customers} customers (default 1 000 000, ≈ 2.5 M
 * purchases, 40 products; see {@link SyntheticBase}), built once per fork in {@link #setUp()}. The
 * baseline {@link #baselineTotalSpentPass()} reads every purchase amount through the {@code
 * CustomerBase} accessors once — the floor for any insight that touches every purchase; {@link
 * #readColumns()} is the one-off extraction every widget of {@link CustomerInsights} shares.
 *
 * <p>Run (after {@code mvn -o -q -pl benchmarks -am compile}):
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat cp.txt) org.openjdk.jmh.Main InsightBenchmark
 * </pre>
 *
 * where {@code cp.txt} comes from {@code mvn -o -q -pl benchmarks dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g", "-Xms2g"})
public class InsightBenchmark {

  /** Number of customers in the synthetic base. */
  @Param({"1000000"})
  public int customers;

  private CustomerBase base;
  private CustomerInsights insights;

  /** Builds the base and reads its columns. */
  @Setup
  public void setUp() {
    base = SyntheticBase.load(customers, 20251231L);
    insights = CustomerInsights.of(base);
  }

  /** Baseline: one pass over every purchase amount through the base's accessors. */
  @Benchmark
  public double baselineTotalSpentPass() {
    double s = 0;
    for (int c = 0, n = base.size(); c < n; c++) {
      s += base.totalSpent(c);
    }
    return s;
  }

  /** Reading the primitive columns (and baskets) from the base once. */
  @Benchmark
  public CustomerInsights readColumns() {
    return CustomerInsights.of(base);
  }

  /** RFM quintile scores and both segment views. */
  @Benchmark
  public RfmResult rfm() {
    return insights.rfm();
  }

  /** ABC classes (sort by revenue). */
  @Benchmark
  public AbcResult abc() {
    return insights.abc(AbcOptions.defaults());
  }

  /** The retention funnel. */
  @Benchmark
  public RetentionFunnel retentionFunnel() {
    return insights.retentionFunnel();
  }

  /** Cohort retention by first month, M0…M12. */
  @Benchmark
  public CohortTable cohortsByFirstMonth() {
    return insights.cohortsByFirstMonth(CohortOptions.defaults());
  }

  /** Product-led retention, M0…M12. */
  @Benchmark
  public CohortTable cohortsByFirstProduct() {
    return insights.cohortsByFirstProduct(CohortOptions.defaults());
  }

  /** Cohort LTV vs CAC. */
  @Benchmark
  public LtvCacCurve ltvVsCac() {
    return insights.ltvVsCac(LtvCacOptions.defaults());
  }

  /** Pair association rules with default thresholds, including the cross-sell target lists. */
  @Benchmark
  public AssociationRules associationRules() {
    return insights.associationRules(AssociationRuleOptions.defaults());
  }

  /**
   * The next-purchase transitions alone, as the scoring stage fits them (every purchase occasion
   * read once through the {@code CustomerBase} accessors).
   */
  @Benchmark
  public NextPurchaseModel nextPurchaseModel() {
    return NextPurchaseModel.fit(base);
  }

  /**
   * The next-best-product matrix and, per customer, the next best product, the next purchase and
   * the cross-sell (transitions fitted inside).
   */
  @Benchmark
  public NextBestProducts nextBestProducts() {
    return insights.nextBestProducts(NextBestProductOptions.defaults());
  }
}
