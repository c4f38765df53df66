package dev.reactivator.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import dev.reactivator.core.NoUsableRowsException;
import dev.reactivator.core.base.BaseBuilder;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.features.WeightedSummary;
import dev.reactivator.core.model.FitOptions;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.model.SpendModels;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.io.TypedRows;
import dev.reactivator.spark.internal.CustomerStage;
import dev.reactivator.spark.internal.Fallbacks;
import dev.reactivator.spark.internal.Identity;
import dev.reactivator.spark.internal.Population;
import dev.reactivator.spark.internal.Scorer;
import dev.reactivator.spark.internal.SparkCells;
import dev.reactivator.spark.internal.Validation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The analysis of order lines as a Spark job, inside an existing Spark application: the library's
 * row grammar and validation on every partition, identity resolution as connected components of the
 * key graph (large-star / small-star on Spark SQL), per-customer features by the library's base
 * builder on partitions of whole customers, the population's median cycle and RFM ranks computed
 * distributed, the purchase and spend models fitted on the driver with core's fitters and guards
 * (or read from a saved-models file), and core's scorer and purchase timing run distributed with
 * the parameters broadcast.
 *
 * <pre>{@code
 * Dataset<Row> lines = spark.read().parquet("s3://lake/orders");
 * SparkRun run = SparkReactivator.run(lines, SparkOptions.of(LocalDate.of(2026, 1, 31)));
 * run.scores().write().parquet("s3://lake/reactivator/scores");
 * }</pre>
 */
public final class SparkReactivator {
  /** The rejected rows shown in the failure of an input without a usable row. */
  private static final int NO_ROWS_SHOWN = 1000;

  private SparkReactivator() {}

  /**
   * Reads an input as the job's {@code --input} names it: a path ending in {@code .csv} (a header
   * line, {@code ;} or {@code ,} delimited, every column as text), a path ending in {@code
   * .parquet} or a directory of Parquet files, else a table name.
   *
   * @param spark the session
   * @param input the path or table
   * @return the rows, every column as the source has it
   */
  public static Dataset<Row> read(SparkSession spark, String input) {
    Objects.requireNonNull(input, "input");
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".csv")) {
      String first = spark.read().textFile(input).first();
      String delimiter = first.chars().filter(c -> c == ';').count() > 0 ? ";" : ",";
      Dataset<Row> csv =
          spark
              .read()
              .option("header", "true")
              .option("delimiter", delimiter)
              .option("inferSchema", "false")
              .option("encoding", "UTF-8")
              .csv(input);
      String[] names = csv.columns();
      if (names.length > 0 && names[0].startsWith("\uFEFF")) {
        csv = csv.withColumnRenamed(names[0], names[0].substring(1)); // a UTF-8 byte order mark
      }
      return csv;
    }
    if (lower.endsWith(".parquet") || input.contains("/")) {
      return spark.read().parquet(input);
    }
    return spark.table(input);
  }

  /**
   * Runs the analysis on order lines with the library's field names (or mapped columns).
   *
   * @param lines the order lines, one row per line
   * @param options the analysis date, mapping, language and scoring options
   * @return the scores, rejects, models and counts
   * @throws dev.reactivator.core.InputException when required columns are missing (one message
   *     naming all of them, with a suggested mapping)
   * @throws NoUsableRowsException when no row was accepted
   */
  public static SparkRun run(Dataset<Row> lines, SparkOptions options) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(options, "options");
    SparkSession spark = lines.sparkSession();
    Map<String, Long> millis = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    spark.sparkContext().setLocalProperty(STAGE_PROPERTY, "validation");

    TypedRows rows =
        TypedRows.resolve(
            "spark",
            Arrays.asList(lines.columns()),
            kinds(lines),
            options.mapping(),
            options.locale());
    Validation validation = new Validation(rows, options.asOf(), options.locale());
    long firstLine = options.firstLine();
    JavaRDD<Row> validatedRdd =
        lines.javaRDD().zipWithIndex().mapPartitions(it -> validation.partition(it, firstLine));
    Dataset<Row> validated =
        spark
            .createDataFrame(validatedRdd, Validation.SCHEMA)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long accepted = 0;
    long refunds = 0;
    long rejected = 0;
    double refundAmount = 0;
    for (Row r :
        validated.groupBy(col("status")).agg(count("*"), sum(col("amount"))).collectAsList()) {
      switch (r.getInt(0)) {
        case Validation.ACCEPTED -> accepted = r.getLong(1);
        case Validation.REFUND -> {
          refunds = r.getLong(1);
          refundAmount = Math.abs(r.getDouble(2));
        }
        default -> rejected = r.getLong(1);
      }
    }
    long read = lines.count();
    t0 = lap(spark, millis, "validation", "identity", t0);
    Dataset<Row> rejects =
        validated
            .where(col("status").equalTo(Validation.REJECTED))
            .select("line", "column", "value", "code", "message");
    if (accepted == 0) {
      throw noRows(rejects, rows, options);
    }

    Identity.Resolved resolved =
        Identity.resolve(validated.where(col("status").equalTo(Validation.ACCEPTED)));
    Dataset<Row> labelled = resolved.rows().persist(StorageLevel.MEMORY_AND_DISK());
    labelled.count();
    t0 = lap(spark, millis, "identity", "features", t0);

    CustomerStage stage = new CustomerStage(rows.fields(), options.asOf(), options.locale());
    Dataset<Row> partitioned =
        options.partitions() > 0
            ? labelled.repartition(options.partitions(), col("customer"))
            : labelled.repartition(col("customer"));
    // one RDD for both passes over the customers' rows: the second reuses the first's shuffle
    JavaRDD<Row> partitionedRdd = partitioned.javaRDD();
    Dataset<Row> customers =
        spark
            .createDataFrame(partitionedRdd.mapPartitions(stage::partition), CustomerStage.SCHEMA)
            .orderBy(col("customer"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long n = customers.count();
    t0 = lap(spark, millis, "features", "population", t0);

    double cycle = Population.cycle(customers);
    Dataset<Row> ranked = Population.withRfm(customers, n);
    Population.SalesFigures sales = Population.sales(customers, n);
    Optional<NextPurchaseModel> savedTransitions =
        options.models().flatMap(FittedModels::nextPurchase);
    List<Row> productCounts =
        productCounts(spark, partitionedRdd.mapPartitions(stage::transitions));
    Optional<NextPurchaseModel> transitions =
        savedTransitions.isPresent() ? savedTransitions : transitions(productCounts);
    Optional<Fallbacks> fallbacks =
        Fallbacks.of(productCounts, n, rows.fields().contains(Field.PURCHASE_DATE));
    t0 = lap(spark, millis, "population", "fit", t0);

    FittedModels models = options.models().orElseGet(() -> fit(customers, options, transitions));
    t0 = lap(spark, millis, "fit", "scoring", t0);

    Broadcast<Scorer> scorer =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(
                new Scorer(
                    models,
                    options.scoring(),
                    options.asOf(),
                    cycle,
                    transitions,
                    NextBestProductOptions.defaults(),
                    sales,
                    fallbacks));
    Dataset<Row> scored =
        spark
            .createDataFrame(
                ranked.javaRDD().zipWithIndex().mapPartitions(it -> scorer.value().partition(it)),
                Scorer.SCHEMA)
            .persist(StorageLevel.MEMORY_AND_DISK());
    // the priorities read the whole first tier's expected money saved: a second pass
    Population.PriorityLevels levels = Population.priorities(scored);
    Dataset<Row> scores =
        spark
            .createDataFrame(
                scored.javaRDD().mapPartitions(it -> scorer.value().plan(it, levels)),
                Scorer.PLANNED)
            .persist(StorageLevel.MEMORY_AND_DISK());
    scores.count();
    scored.unpersist();
    lap(spark, millis, "scoring", null, t0);
    labelled.unpersist();
    ranked.unpersist();
    customers.unpersist();
    return new SparkRun(
        scores,
        rejects,
        models,
        read,
        accepted,
        refunds,
        refundAmount,
        rejected,
        n,
        resolved.rounds(),
        millis);
  }

  private static List<TypedRows.Kind> kinds(Dataset<Row> lines) {
    return SparkCells.kinds(lines.schema());
  }

  /** The library's "no usable rows" failure, with the most frequent problems of the first rows. */
  private static NoUsableRowsException noRows(
      Dataset<Row> rejects, TypedRows rows, SparkOptions o) {
    BaseBuilder builder = new BaseBuilder("spark", o.locale(), ProgressListener.none());
    builder.begin(rows.fields(), rows.details());
    for (Row r : rejects.orderBy(col("line")).limit(NO_ROWS_SHOWN).collectAsList()) {
      builder.reject(
          new RowProblem(
              r.getLong(0),
              Optional.ofNullable(r.getString(1)),
              Optional.ofNullable(r.getString(2)),
              ProblemCode.valueOf(r.getString(3)),
              r.getString(4)));
    }
    return new NoUsableRowsException(builder.problemSummary(), builder.emptyReport());
  }

  /**
   * The models fitted on the driver from grouped statistics counted on the cluster: the distinct
   * (x, t_x, T) with their customers, the (x, mean repeat spend) of the repeat buyers with a
   * positive spend, and the mean of the positive mean orders; not one row per customer.
   */
  private static FittedModels fit(
      Dataset<Row> customers, SparkOptions options, Optional<NextPurchaseModel> transitions) {
    List<Row> groups = customers.groupBy("x", "t_x", "T").count().collectAsList();
    int m = groups.size();
    int[] x = new int[m];
    double[] tx = new double[m];
    double[] age = new double[m];
    long[] weight = new long[m];
    for (int g = 0; g < m; g++) {
      Row r = groups.get(g);
      x[g] = r.getInt(0);
      tx[g] = r.getDouble(1);
      age[g] = r.getDouble(2);
      weight[g] = r.getLong(3);
    }
    // one repeat buyer a row: streamed a partition at a time into primitive arrays (12 bytes a
    // buyer on the driver), not collected as a list of rows
    int[] spendX = new int[1024];
    double[] spend = new double[1024];
    int k = 0;
    java.util.Iterator<Row> it =
        customers
            .where(col("x").geq(1).and(col("repeat_spend").gt(0)))
            .select("x", "repeat_spend")
            .toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      if (k == spendX.length) {
        spendX = Arrays.copyOf(spendX, 2 * k);
        spend = Arrays.copyOf(spend, 2 * k);
      }
      spendX[k] = r.getInt(0);
      spend[k++] = r.getDouble(1);
    }
    spendX = Arrays.copyOf(spendX, k);
    spend = Arrays.copyOf(spend, k);
    double meanOrder = 0;
    if (k == 0) {
      // the spend model's population mean, read only without a repeat buyer's spend
      Row r = customers.where(col("mean_order").gt(0)).agg(avg(col("mean_order"))).first();
      meanOrder = r.isNullAt(0) ? 0 : r.getDouble(0);
    }
    WeightedSummary summary =
        WeightedSummary.of(x, tx, age, weight, spendX, spend, meanOrder, PeriodUnit.DAYS);
    PurchaseModelFit purchases =
        PurchaseModels.fit(options.scoring().model(), summary, FitOptions.defaults());
    SpendModelFit spendFit = SpendModels.fit(summary, FitOptions.defaults());
    return new FittedModels(
        purchases, spendFit, Optional.empty(), "not trained by the Spark job", transitions);
  }

  /**
   * Every partition's product counts ({@link CustomerStage#transitions}) summed by kind and product
   * name on the cluster and collected: one row per product pair seen and per product.
   */
  private static List<Row> productCounts(SparkSession spark, JavaRDD<Row> rows) {
    return spark
        .createDataFrame(rows, CustomerStage.TRANSITIONS)
        .groupBy(col("kind"), col("from"), col("to"))
        .agg(sum(col("count")))
        .collectAsList();
  }

  /**
   * The population's product transitions from the summed counts ({@link #productCounts}): {@link
   * NextPurchaseModel#of} with the products in the library's alphabetical order. Empty without
   * purchase dates.
   */
  private static Optional<NextPurchaseModel> transitions(List<Row> counts) {
    List<Row> sums = new java.util.ArrayList<>();
    for (Row r : counts) {
      if (CustomerStage.NEXT.equals(r.getString(0))) {
        sums.add(org.apache.spark.sql.RowFactory.create(r.get(1), r.get(2), r.get(3)));
      }
    }
    java.util.TreeMap<String, Long> next = new java.util.TreeMap<>();
    for (Row r : sums) {
      if (r.isNullAt(1)) {
        next.put(r.getString(0), r.getLong(2));
      }
    }
    if (next.isEmpty()) {
      return Optional.empty();
    }
    List<String> products = List.copyOf(next.keySet());
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < products.size(); i++) {
      index.put(products.get(i), i);
    }
    List<NextPurchaseModel.Transition> pairs = new java.util.ArrayList<>();
    for (Row r : sums) {
      if (!r.isNullAt(1)) {
        pairs.add(
            new NextPurchaseModel.Transition(
                index.get(r.getString(0)),
                index.get(r.getString(1)),
                Math.toIntExact(r.getLong(2))));
      }
    }
    List<Integer> orders = next.values().stream().map(Math::toIntExact).toList();
    return Optional.of(
        NextPurchaseModel.of(products, NextPurchaseModel.DEFAULT_ALPHA, pairs, orders));
  }

  /**
   * The Spark local property naming the stage whose jobs run, for listeners that measure a run
   * (shuffle bytes per stage): {@code validation}, {@code identity}, {@code features}, {@code
   * population}, {@code fit}, {@code scoring}.
   */
  public static final String STAGE_PROPERTY = "reactivator.stage";

  private static long lap(
      SparkSession spark, Map<String, Long> millis, String stage, String next, long since) {
    long now = System.nanoTime();
    millis.put(stage, (now - since) / 1_000_000);
    spark.sparkContext().setLocalProperty(STAGE_PROPERTY, next);
    return now;
  }
}
