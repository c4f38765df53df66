package dev.reactivator.benchmarks.plain;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.model.GammaGammaModel;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.model.SpendModels;
import dev.reactivator.core.score.CustomerScorer;
import dev.reactivator.io.CsvSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;

/**
 * The fastest path from a plain transaction log to scored customers, single-shot, each stage timed:
 * read the file into a {@link CustomerBase} (no options: the plain {@code customer_id,date,amount}
 * shape), the sufficient statistics (x, t_x, T, mean repeat spend, in days), the BG/NBD fit and the
 * Gamma-Gamma fit (on two cores, as the score stage does), then P(alive), the expected purchases
 * within 365 days and the 12-month CLV (monthly discount 1 %, months of 30 days) of every customer
 * on every core. The same path as {@code benchmarks/python/lifetimes_path.py} with lifetimes.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * dev.reactivator.benchmarks.plain.PlainLogPath FILE [AS_OF]} (the analysis date defaults to {@link
 * PlainLog#AS_OF}, the generator's). Prints one line a stage, wall and CPU seconds (the process's
 * CPU time over every thread: on a shared machine the figure that the other load changes least),
 * then the totals.
 */
public final class PlainLogPath {
  private PlainLogPath() {}

  /**
   * Runs the path once.
   *
   * @param args the log file and optionally the analysis date (ISO)
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: PlainLogPath FILE [AS_OF]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : PlainLog.AS_OF;

    long c0 = cpu();
    long t0 = System.nanoTime();
    CustomerBase base = Reactivator.load(CsvSource.of(file)).asOf(asOf).base();
    long t1 = System.nanoTime();
    long c1 = cpu();
    CustomerSummary s = CustomerSummary.fromBase(base);
    long t2 = System.nanoTime();
    long c2 = cpu();
    long[] spendNanos = new long[1];
    ForkJoinTask<SpendModelFit> spendTask =
        ForkJoinTask.adapt(
                () -> {
                  long a = System.nanoTime();
                  SpendModelFit f = SpendModels.fit(s);
                  spendNanos[0] = System.nanoTime() - a;
                  return f;
                })
            .fork();
    PurchaseModelFit purchases = PurchaseModels.fit(ModelKind.BG_NBD, s);
    long t3a = System.nanoTime();
    SpendModelFit spend = spendTask.join();
    long t3 = System.nanoTime();
    long c3 = cpu();
    PurchaseModel model = purchases.model();
    GammaGammaModel gg = spend.model();
    int n = s.size();
    double[] alive = new double[n];
    double[] ret = new double[n];
    double[] expected = new double[n];
    double[] aov = new double[n];
    double[] clv = new double[n];
    int chunks = Math.max(1, Runtime.getRuntime().availableProcessors() * 4);
    int step = (n + chunks - 1) / chunks;
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            k -> {
              int from = Math.min(n, k * step);
              int to = Math.min(n, from + step);
              // a scorer keeps per-call state: one for each chunk
              new CustomerScorer(model, gg, 365, 12, 30, 0.01, 1.0)
                  .score(s, from, to, alive, ret, expected, aov, clv);
            });
    long t4 = System.nanoTime();
    long c4 = cpu();

    double sumAlive = 0;
    double sumExpected = 0;
    double sumClv = 0;
    for (int i = 0; i < n; i++) {
      sumAlive += alive[i];
      sumExpected += expected[i];
      sumClv += clv[i];
    }
    System.out.printf(
        Locale.ROOT,
        "customers %d, purchases %d, rows %d%n",
        n,
        base.purchaseCount(),
        base.report().rowsAccepted());
    System.out.printf(Locale.ROOT, "%s%n", purchases.model());
    System.out.printf(Locale.ROOT, "%s%n", gg);
    System.out.printf(Locale.ROOT, "%-26s %10s %10s%n", "stage", "wall", "cpu");
    stage("read", t1 - t0, c1 - c0);
    stage("summary", t2 - t1, c2 - c1);
    stage("fit BG/NBD", t3a - t2, -1);
    stage("fit Gamma-Gamma", spendNanos[0], -1);
    stage("fits (in parallel)", t3 - t2, c3 - c2);
    stage("score", t4 - t3, c4 - c3);
    stage("models and scoring", t4 - t1, c4 - c1);
    stage("total", t4 - t0, c4 - c0);
    System.out.printf(
        Locale.ROOT,
        "mean P(alive) %.6f, mean expected purchases in 365 days %.6f, mean 12-month CLV %.4f%n",
        sumAlive / n,
        sumExpected / n,
        sumClv / n);
  }

  private static void stage(String name, long nanos, long cpuNanos) {
    System.out.printf(
        Locale.ROOT,
        "%-26s %8.3f s %s%n",
        name,
        nanos / 1e9,
        cpuNanos < 0 ? "" : String.format(Locale.ROOT, "%8.3f s", cpuNanos / 1e9));
  }

  /** The CPU time of the whole process so far (every thread, the JVM's own included). */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
