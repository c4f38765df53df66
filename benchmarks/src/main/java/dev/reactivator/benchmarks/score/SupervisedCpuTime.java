package dev.reactivator.benchmarks.score;

import com.sun.management.OperatingSystemMXBean;
import dev.reactivator.benchmarks.insight.SyntheticBase;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.Scoring;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of {@code Scoring.score(base)} on the {@link SyntheticBase}, the work {@link
 * SupervisedBenchmark#fitLayerAndScore()} times by the wall clock: CPU time is what the other
 * processes of a shared machine do not inflate as much. Prints, over {@code runs} runs after three
 * unmeasured ones, the median CPU time of the calling thread (the critical path when a second core
 * is free: the spend fit and half of each layer iteration's sums run in the common pool), of the
 * whole process (every thread, GC and JIT included) and the median wall time.
 *
 * <p>Run: {@code java -Xmx6g -Xms3g -cp benchmarks/target/benchmarks.jar
 * dev.reactivator.benchmarks.score.SupervisedCpuTime [customers] [runs]} (defaults 100 000 and 9).
 */
public final class SupervisedCpuTime {
  private static final int UNMEASURED = 3;

  private SupervisedCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args optional customer count and number of measured runs
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    CustomerBase base = SyntheticBase.load(n, 20251231L);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] caller = new double[runs];
    double[] process = new double[runs];
    double[] wall = new double[runs];
    double check = 0;
    for (int r = 0; r < UNMEASURED + runs; r++) {
      System.gc();
      long w0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      long p0 = os.getProcessCpuTime();
      ScoredBase scored = Scoring.score(base);
      long w1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      long p1 = os.getProcessCpuTime();
      if (r == 0) {
        for (int c = 0; c < scored.size(); c++) {
          check += scored.returnProbability(c);
        }
      }
      if (r >= UNMEASURED) {
        caller[r - UNMEASURED] = (c1 - c0) / 1e6;
        process[r - UNMEASURED] = (p1 - p0) / 1e6;
        wall[r - UNMEASURED] = (w1 - w0) / 1e6;
      }
    }
    System.out.printf(
        "score() of %d customers, median of %d runs: calling thread CPU %.0f ms, process CPU %.0f"
            + " ms, wall %.0f ms (sum of the return probabilities %.6f)%n",
        n, runs, median(caller), median(process), median(wall), check);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int k = s.length;
    return k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
  }
}
