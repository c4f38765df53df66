package dev.reactivator.spark.bench;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.ScoreStage;
import dev.reactivator.core.SegmentStage;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.spark.SparkOptions;
import dev.reactivator.spark.SparkReactivator;
import dev.reactivator.spark.SparkRun;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Single-shot benchmark, not a test: generates {@code lines} order lines (about 7 per customer,
 * phones shared by neighbouring ids so components chain), then times the single-machine library
 * (load, then score) and the Spark job in {@code local[N]} on the same file, per stage, with the
 * shuffle bytes and the task CPU time each Spark stage took, and the process CPU time of the
 * library's stages and of the whole job (on a shared machine the CPU times, not the wall times, are
 * what to compare).
 *
 * <pre>
 * java -Xmx12g $SPARK_FLAGS -cp ... dev.reactivator.spark.bench.SparkScaleBenchmark 10000000 /tmp/lines.csv 2
 * </pre>
 */
public final class SparkScaleBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  private SparkScaleBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args lines, the CSV file to write (kept when it exists), the local cores
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long lines = Long.parseLong(args[0]);
    Path csv = Path.of(args[1]);
    int cores = Integer.parseInt(args[2]);
    boolean library = args.length < 4 || !args[3].equals("spark-only");
    if (!Files.exists(csv)) {
      long t = System.nanoTime();
      generate(csv, lines, 20260131L);
      System.out.printf(Locale.ROOT, "generated %d lines in %.1f s%n", lines, secs(t));
    }
    System.out.printf(Locale.ROOT, "file %d MB%n", Files.size(csv) >> 20);
    if (library) {
      long t = System.nanoTime();
      long c = processCpu();
      ScoreStage loaded = Reactivator.load(csv).asOf(AS_OF);
      int customers = loaded.base().size();
      double load = secs(t);
      double loadCpu = (processCpu() - c) / 1e9;
      c = processCpu();
      t = System.nanoTime();
      SegmentStage scored = loaded.score(ScoringOptions.defaults().withSupervised(false));
      double score = secs(t);
      double scoreCpu = (processCpu() - c) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "library: load %.1f s (%.0f lines/s, CPU %.1f s), score %.1f s (CPU %.1f s), %d"
              + " customers, %s%n",
          load,
          lines / load,
          loadCpu,
          score,
          scoreCpu,
          customers,
          scored.scored().model().orElseThrow().purchases().parameters());
    }
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + cores + "]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Map<Integer, String> stageOf = new ConcurrentHashMap<>();
    Map<String, LongAdder> shuffle = new ConcurrentHashMap<>();
    Map<String, LongAdder> cpu = new ConcurrentHashMap<>();
    spark
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onStageSubmitted(SparkListenerStageSubmitted e) {
                String s =
                    e.properties() == null
                        ? null
                        : e.properties().getProperty(SparkReactivator.STAGE_PROPERTY);
                stageOf.put(e.stageInfo().stageId(), s == null ? "other" : s);
              }

              @Override
              public void onTaskEnd(SparkListenerTaskEnd e) {
                if (e.taskMetrics() != null) {
                  String stage = stageOf.getOrDefault(e.stageId(), "other");
                  shuffle
                      .computeIfAbsent(stage, k -> new LongAdder())
                      .add(e.taskMetrics().shuffleWriteMetrics().bytesWritten());
                  cpu.computeIfAbsent(stage, k -> new LongAdder())
                      .add(e.taskMetrics().executorCpuTime());
                }
              }
            });
    long t = System.nanoTime();
    long cpu0 = processCpu();
    SparkRun run =
        SparkReactivator.run(
            SparkReactivator.read(spark, csv.toString()), SparkOptions.of(AS_OF).withFirstLine(2));
    double total = secs(t);
    double totalCpu = (processCpu() - cpu0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "spark local[%d]: total %.1f s (%.0f lines/s), process CPU %.1f s, %d customers, %d"
            + " rounds, %s%n",
        cores,
        total,
        lines / total,
        totalCpu,
        run.customers(),
        run.identityRounds(),
        run.models().purchases().parameters());
    run.stageMillis()
        .forEach(
            (stage, ms) ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-10s %7.1f s  task CPU %7.1f s  shuffle written %6d MB%n",
                    stage,
                    ms / 1000.0,
                    cpu.getOrDefault(stage, new LongAdder()).sum() / 1e9,
                    shuffle.getOrDefault(stage, new LongAdder()).sum() >> 20));
    spark.stop();
  }

  /** The CPU time of the whole process (every thread), in nanoseconds. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /**
   * About seven lines per customer over five years; one e-mail in five shared with the previous id.
   */
  static void generate(Path csv, long lines, long seed) throws IOException {
    Random r = new Random(seed);
    DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    String[] products = {"Чай", "Кофе", "Сахар", "Молоко", "Хлеб", "Сыр", "Масло", "Мёд"};
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("customer_id;phone;email;name;product;amount;purchase_date\n");
      long written = 0;
      for (long c = 0; written < lines; c++) {
        int k = 1 + r.nextInt(13);
        String phone = String.format(Locale.ROOT, "+7 9%02d %07d", r.nextInt(100), c % 10_000_000);
        String email = "u" + (r.nextInt(5) == 0 ? c - 1 : c) + "@mail.ru";
        int start = 30 + r.nextInt(1800);
        for (int j = 0; j < k && written < lines; j++, written++) {
          LocalDate d = AS_OF.minusDays(Math.max(0, start - j * (5 + r.nextInt(120))));
          w.write("C" + c);
          w.write(';');
          w.write(r.nextInt(4) == 0 ? "" : phone);
          w.write(';');
          w.write(r.nextInt(3) == 0 ? "" : email);
          w.write(";Клиент ");
          w.write(Long.toString(c));
          w.write(';');
          w.write(products[r.nextInt(products.length)]);
          w.write(';');
          w.write(String.format(Locale.ROOT, "%d,%02d", 100 + r.nextInt(20000), r.nextInt(100)));
          w.write(';');
          w.write(d.format(date));
          w.write('\n');
        }
      }
    }
  }
}
