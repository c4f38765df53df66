package dev.reactivator.spark.internal;

import static org.apache.spark.sql.functions.col;

import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.segment.rfm.Quintiles;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
    List<Double> middle =
        rows.select(col(column).cast(DataTypes.DoubleType).as("v"))
            .orderBy(col("v"))
            .javaRDD()
            .zipWithIndex()
            .filter(t -> t._2() == lo || t._2() == hi)
            .map(t -> t._1().getDouble(0))
            .collect();
    double a = Math.min(middle.get(0), middle.get(middle.size() - 1));
    double b = Math.max(middle.get(0), middle.get(middle.size() - 1));
    return lo == hi ? a : (a + b) / 2;
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
