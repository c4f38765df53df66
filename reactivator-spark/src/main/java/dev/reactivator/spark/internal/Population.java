package dev.reactivator.spark.internal;

import static org.apache.spark.sql.functions.col;

import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.features.ExactSum;
import dev.reactivator.core.score.SupportSpike;
import dev.reactivator.core.segment.abc.AbcAnalysis;
import dev.reactivator.core.segment.abc.AbcOptions;
import dev.reactivator.core.segment.rfm.Quintiles;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.SalesCalculator;
import dev.reactivator.core.segment.sales.SalesOptions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.unsafe.types.UTF8String;
import scala.Tuple2;

/**
 * The figures of the whole population that per-customer columns need, computed distributed over the
 * customers of {@link CustomerStage#SCHEMA}: the median personal cycle (the purchase timing of a
 * one-time buyer) and the RFM quintile ranks. Both are exact: the median is read at its rank in the
 * sorted values, a rank score from the count of each distinct value and the counts of the values
 * before it; the formulas are core's ({@link CustomerFeatures#median}, {@link
 * CustomerFeatures#fallbackCycle}, {@link Quintiles#score(long, long, long)}).
 */
public final class Population {
  /** The customers with their three RFM scores. */
  public static final StructType SCHEMA =
      CustomerStage.SCHEMA
          .add("r_score", DataTypes.IntegerType, false)
          .add("f_score", DataTypes.IntegerType, false)
          .add("m_score", DataTypes.IntegerType, false);

  private Population() {}

  /**
   * The population cycle, as {@link CustomerFeatures#populationCycle()} computes it on one base:
   * the median personal cycle of the repeat buyers, or without any the fallback from the median
   * age.
   *
   * @param customers rows of {@link CustomerStage#SCHEMA}, at least one
   * @return the population cycle in days
   */
  public static double cycle(Dataset<Row> customers) {
    double median = median(customers.where(col("personal_cycle").isNotNull()), "personal_cycle");
    if (!Double.isNaN(median)) {
      return median;
    }
    return CustomerFeatures.fallbackCycle(median(customers, "age_days"));
  }

  /**
   * The exact median of a numeric column, as {@link CustomerFeatures#median} computes it: the
   * middle value of the sorted values, or the mean of the two middle ones.
   *
   * @param rows the rows, the column without nulls
   * @param column a numeric column
   * @return the median, NaN for no rows
   */
  static double median(Dataset<Row> rows, String column) {
    long n = rows.count();
    if (n == 0) {
      return Double.NaN;
    }
    long hi = n / 2;
    long lo = n % 2 == 1 ? hi : hi - 1;
    List<Double> middle = atRanks(rows, column, lo, hi);
    double a = Math.min(middle.get(0), middle.get(middle.size() - 1));
    double b = Math.max(middle.get(0), middle.get(middle.size() - 1));
    return lo == hi ? a : (a + b) / 2;
  }

  /**
   * The values at 0-based ranks {@code lo} and {@code hi} of a numeric column sorted ascending: the
   * values sorted on the cluster, the two ranks read by index.
   */
  private static List<Double> atRanks(Dataset<Row> rows, String column, long lo, long hi) {
    return rows.select(col(column).cast(DataTypes.DoubleType).as("v"))
        .orderBy(col("v"))
        .javaRDD()
        .zipWithIndex()
        .filter(t -> t._2() == lo || t._2() == hi)
        .map(t -> t._1().getDouble(0))
        .collect();
  }

  /**
   * The population figures of the sales plan's per-customer decision ({@link SalesCalculator}): who
   * is a VIP (ABC class A), where the bottom quarter of average checks ends, and the support-spike
   * reason's reference level.
   *
   * @param vipTotal the total spent of the last customer in ABC class A (total spent descending,
   *     ties by label ascending)
   * @param vipLabel that customer's label: a customer is a VIP when its total is larger, or equal
   *     with a label not after it (in Spark's string order, the order of the customer indices)
   * @param lowCheck the {@link SalesCalculator#lowCheckRank}-th smallest average check: a check at
   *     most this is low
   * @param supportReference the SUPPORT_SPIKE reference level ({@link SupportSpike#reference}), NaN
   *     without a tickets column
   */
  public record SalesFigures(
      double vipTotal, String vipLabel, double lowCheck, double supportReference)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Whether a customer is in ABC class A.
     *
     * @param total the customer's total spent
     * @param label the customer's label
     * @return whether the customer is a VIP
     */
    public boolean vip(double total, String label) {
      return total > vipTotal
          || (total == vipTotal
              && UTF8String.fromString(label).compareTo(UTF8String.fromString(vipLabel)) <= 0);
    }
  }

  /**
   * The sales plan's population figures over every customer ({@link SalesFigures}): ABC class A as
   * core's {@link AbcAnalysis#classOf} decides it from the revenue ranked before each customer (an
   * exact sum: each sorted partition's sum, the sums of the partitions before it merged on the
   * driver), the low-check rank read from the sorted average checks, and the median of the tickets
   * per purchase.
   *
   * @param customers rows of {@link CustomerStage#SCHEMA}
   * @param n the number of customers, at least 1
   * @return the figures
   */
  public static SalesFigures sales(Dataset<Row> customers, long n) {
    SparkSession spark = customers.sparkSession();
    int iTotal = CustomerStage.SCHEMA.fieldIndex("total_spent");
    int iPurchases = CustomerStage.SCHEMA.fieldIndex("purchases");
    int iTickets = CustomerStage.SCHEMA.fieldIndex("tickets");
    StructType v = new StructType().add("v", DataTypes.DoubleType, false);
    Dataset<Row> checks =
        spark.createDataFrame(
            customers
                .javaRDD()
                .map(
                    r ->
                        RowFactory.create(
                            SalesCalculator.averageCheck(
                                r.getDouble(iTotal), r.getInt(iPurchases)))),
            v);
    long k = SalesCalculator.lowCheckRank(n) - 1;
    double lowCheck = atRanks(checks, "v", k, k).get(0);
    Dataset<Row> withTickets = customers.where(col("tickets").isNotNull());
    double reference = Double.NaN;
    if (!withTickets.isEmpty()) {
      Dataset<Row> rates =
          spark.createDataFrame(
              withTickets
                  .javaRDD()
                  .map(
                      r ->
                          RowFactory.create(
                              SupportSpike.rate(r.getInt(iTickets), r.getInt(iPurchases)))),
              v);
      reference = SupportSpike.reference(median(rates, "v"));
    }
    Row last = lastInClassA(customers);
    return new SalesFigures(last.getDouble(0), last.getString(1), lowCheck, reference);
  }

  /** The {@code (total_spent, customer)} of the last customer of ABC class A. */
  private static Row lastInClassA(Dataset<Row> customers) {
    SparkSession spark = customers.sparkSession();
    JavaRDD<Row> sorted =
        customers
            .select(col("total_spent"), col("customer"))
            .orderBy(col("total_spent").desc(), col("customer").asc())
            .javaRDD()
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Tuple2<Long, double[]>> sums =
        sorted
            .mapPartitions(
                it -> {
                  long count = 0;
                  ExactSum s = new ExactSum();
                  while (it.hasNext()) {
                    s.add(it.next().getDouble(0));
                    count++;
                  }
                  return List.of(new Tuple2<>(count, s.partials())).iterator();
                })
            .collect();
    int parts = sums.size();
    long[] position = new long[parts];
    List<double[]> partials = new ArrayList<>(parts);
    long seen = 0;
    for (int i = 0; i < parts; i++) {
      position[i] = seen;
      seen += sums.get(i)._1();
      partials.add(sums.get(i)._2());
    }
    double[][] before = before(partials);
    double total = ExactSum.of(before[parts]).doubleValue();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<long[]> positions = jsc.broadcast(position);
    Broadcast<double[][]> offsets = jsc.broadcast(before);
    List<Tuple2<Long, Row>> lasts =
        sorted
            .mapPartitionsWithIndex(
                (index, it) -> {
                  AbcOptions options = AbcOptions.defaults(); // the library's segment options
                  ExactSum s = ExactSum.of(offsets.value()[index]);
                  long at = positions.value()[index];
                  Tuple2<Long, Row> lastA = null;
                  while (it.hasNext()) {
                    Row r = it.next();
                    if (AbcAnalysis.classOf(s.doubleValue(), at == 0, total, options) != 0) {
                      break; // class A is a prefix of the order
                    }
                    lastA = new Tuple2<>(at, r);
                    s.add(r.getDouble(0));
                    at++;
                  }
                  return lastA == null
                      ? java.util.Collections.<Tuple2<Long, Row>>emptyIterator()
                      : List.of(lastA).iterator();
                },
                true)
            .collect();
    sorted.unpersist(false);
    Tuple2<Long, Row> last = lasts.get(0);
    for (Tuple2<Long, Row> t : lasts) {
      if (t._1() > last._1()) {
        last = t;
      }
    }
    return last._2();
  }

  /**
   * The exact sums before each partition of a sorted dataset, from each partition's exact sum (its
   * partials, in partition order), merged on the driver: element {@code i} is the sum of the
   * partitions before {@code i}; the extra last element is the sum of them all.
   */
  private static double[][] before(List<double[]> partitionSums) {
    int parts = partitionSums.size();
    double[][] before = new double[parts + 1][];
    ExactSum running = new ExactSum();
    for (int i = 0; i < parts; i++) {
      before[i] = running.partials();
      running.add(ExactSum.of(partitionSums.get(i)));
    }
    before[parts] = running.partials();
    return before;
  }

  /**
   * The priority levels of the first tier as float amounts of expected money saved ({@link
   * #priorities}): a first-tier customer whose amount as a float is at least {@code high} is HIGH,
   * at least {@code medium} MEDIUM, else LOW (NaN: nobody).
   *
   * @param high the smallest amount that is HIGH, NaN when none is
   * @param medium the smallest amount that is HIGH or MEDIUM, NaN when none is
   * @param largestSaved the largest expected money saved of every customer (the priority score's
   *     scale)
   */
  public record PriorityLevels(float high, float medium, double largestSaved)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A customer's priority.
     *
     * @param firstTier whether the customer is in the first tier
     * @param saved the customer's expected money saved
     * @return the priority
     */
    public Priority of(boolean firstTier, double saved) {
      float key = (float) saved;
      return !firstTier
          ? Priority.LOW
          : key >= high ? Priority.HIGH : key >= medium ? Priority.MEDIUM : Priority.LOW;
    }
  }

  /**
   * The priority levels over every scored customer, as core's {@link SalesCalculator#priorityOf}
   * gives them walking the call order: the first tier's amounts grouped by their float value (as
   * the call order compares them) with each group's exact sum, sorted descending; each sorted
   * partition's sum, the sums before it merged on the driver; then within each partition the exact
   * sum of the larger amounts decides each group's level.
   *
   * @param scores rows with {@code first_tier} and {@code money_saved}
   * @return the levels with the default shares ({@link SalesOptions#defaults()}, the library's)
   */
  public static PriorityLevels priorities(Dataset<Row> scores) {
    SparkSession spark = scores.sparkSession();
    Row largest = scores.agg(org.apache.spark.sql.functions.max(col("money_saved"))).first();
    double max = largest.isNullAt(0) ? 0 : largest.getDouble(0);
    JavaPairRDD<Float, double[]> groups =
        scores
            .where(col("first_tier"))
            .select(col("money_saved"))
            .javaRDD()
            .mapPartitions(
                it -> {
                  Map<Float, ExactSum> m = new HashMap<>();
                  while (it.hasNext()) {
                    double saved = it.next().getDouble(0);
                    m.computeIfAbsent((float) saved, x -> new ExactSum()).add(saved);
                  }
                  List<Tuple2<Float, double[]>> out = new ArrayList<>(m.size());
                  m.forEach((key, sum) -> out.add(new Tuple2<>(key, sum.partials())));
                  return out.iterator();
                })
            .mapToPair(t -> t)
            .reduceByKey((a, b) -> ExactSum.of(a).add(ExactSum.of(b)).partials())
            .sortByKey(false)
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<double[]> sums =
        groups
            .mapPartitions(
                it -> {
                  ExactSum s = new ExactSum();
                  while (it.hasNext()) {
                    s.add(ExactSum.of(it.next()._2()));
                  }
                  return List.of(s.partials()).iterator();
                })
            .collect();
    double[][] before = before(sums);
    double total = ExactSum.of(before[sums.size()]).doubleValue();
    Broadcast<double[][]> offsets =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(before);
    List<float[]> levels =
        groups
            .mapPartitionsWithIndex(
                (index, it) -> {
                  SalesOptions options = SalesOptions.defaults();
                  ExactSum s = ExactSum.of(offsets.value()[index]);
                  float high = Float.NaN;
                  float medium = Float.NaN;
                  while (it.hasNext()) {
                    Tuple2<Float, double[]> g = it.next();
                    Priority p = SalesCalculator.priorityOf(s.doubleValue(), total, options);
                    if (p == Priority.HIGH) {
                      high = g._1();
                    }
                    if (p != Priority.LOW) {
                      medium = g._1();
                    }
                    s.add(ExactSum.of(g._2()));
                  }
                  return List.of(new float[] {high, medium}).iterator();
                },
                true)
            .collect();
    groups.unpersist(false);
    float high = Float.NaN;
    float medium = Float.NaN;
    for (float[] l : levels) {
      // the smallest of each, NaN (none) ignored
      if (!Float.isNaN(l[0]) && !(l[0] >= high)) {
        high = l[0];
      }
      if (!Float.isNaN(l[1]) && !(l[1] >= medium)) {
        medium = l[1];
      }
    }
    return new PriorityLevels(high, medium, max);
  }

  /**
   * The customers with their RFM scores ({@code docs/metrics.md}, "RFM scores"): R on the recency
   * (fewer days better), F on the purchases, M on the total spent, each the mid-rank quintile over
   * every customer.
   *
   * @param customers rows of {@link CustomerStage#SCHEMA}
   * @param n the number of customers
   * @return rows of {@link #SCHEMA} in label order, persisted
   */
  public static Dataset<Row> withRfm(Dataset<Row> customers, long n) {
    List<JavaRDD<Row>> counts = new ArrayList<>();
    Dataset<Row> r = scores(customers, "recency_days", false, n, counts);
    Dataset<Row> f = scores(customers, "purchases", true, n, counts);
    Dataset<Row> m = scores(customers, "total_spent", true, n, counts);
    Dataset<Row> out =
        customers
            .join(r, customers.col("recency_days").equalTo(r.col("value")))
            .drop(r.col("value"))
            .withColumnRenamed("score", "r_score")
            .join(f, customers.col("purchases").equalTo(f.col("value")))
            .drop(f.col("value"))
            .withColumnRenamed("score", "f_score")
            .join(m, customers.col("total_spent").equalTo(m.col("value")))
            .drop(m.col("value"))
            .withColumnRenamed("score", "m_score");
    Dataset<Row> ordered =
        out.select(
                java.util.Arrays.stream(SCHEMA.fieldNames())
                    .map(org.apache.spark.sql.functions::col)
                    .toArray(org.apache.spark.sql.Column[]::new))
            .orderBy(col("customer"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    ordered.count();
    counts.forEach(c -> c.unpersist(false));
    return ordered;
  }

  /**
   * The score of every distinct value of {@code column}: the values counted by value, sorted, the
   * values before each partition summed on the driver (one number per partition), then within each
   * partition the values strictly worse and equal give core's score.
   *
   * @param customers the rows
   * @param column the scored column, without nulls
   * @param higherIsBetter whether larger values score higher
   * @param n the number of rows
   * @param persisted receives the persisted intermediate, for the caller to release
   * @return rows {@code (value, score)}, one per distinct value
   */
  static Dataset<Row> scores(
      Dataset<Row> customers,
      String column,
      boolean higherIsBetter,
      long n,
      List<JavaRDD<Row>> persisted) {
    SparkSession spark = customers.sparkSession();
    JavaRDD<Row> counts =
        customers
            .groupBy(col(column).as("value"))
            .count()
            .orderBy(col("value"))
            .javaRDD()
            .persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(counts);
    List<Long> sums =
        counts
            .mapPartitions(
                it -> {
                  long s = 0;
                  while (it.hasNext()) {
                    s += it.next().getLong(1);
                  }
                  return List.of(s).iterator();
                })
            .collect();
    long[] before = new long[sums.size()];
    for (int i = 1; i < before.length; i++) {
      before[i] = before[i - 1] + sums.get(i - 1);
    }
    Broadcast<long[]> offsets =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(before);
    JavaRDD<Row> scored =
        counts.mapPartitionsWithIndex(
            (index, it) -> scorePartition(it, offsets.value()[index], higherIsBetter, n), true);
    StructType schema =
        new StructType()
            .add("value", customers.schema().apply(column).dataType(), false)
            .add("score", DataTypes.IntegerType, false);
    return spark.createDataFrame(scored, schema);
  }

  private static Iterator<Row> scorePartition(
      Iterator<Row> values, long before, boolean higherIsBetter, long n) {
    List<Row> out = new ArrayList<>();
    long below = before;
    while (values.hasNext()) {
      Row v = values.next();
      long equal = v.getLong(1);
      long worse = higherIsBetter ? below : n - below - equal;
      out.add(RowFactory.create(v.get(0), Quintiles.score(worse, equal, n)));
      below += equal;
    }
    return out.iterator();
  }
}
