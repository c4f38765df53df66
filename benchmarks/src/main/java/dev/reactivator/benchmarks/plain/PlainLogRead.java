package dev.reactivator.benchmarks.plain;

import dev.reactivator.benchmarks.io.IngestionBenchmark;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.io.CsvSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The read stage of {@link PlainLogPath} alone, single-shot, split in its two halves: {@code
 * source} parses and validates the file into a sink that only counts (the CSV source's own cost, on
 * one thread), {@code base} loads it into a {@link CustomerBase} as {@code PlainLogPath} does (the
 * source and the base builder, on two threads). Prints the wall seconds, the calling thread's CPU
 * seconds and the process's CPU seconds (every thread, the JIT and the collector included).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.reactivator.benchmarks.plain.PlainLogRead source|base FILE [AS_OF]}.
 */
public final class PlainLogRead {
  private PlainLogRead() {}

  /**
   * Reads the file once.
   *
   * @param args {@code source} or {@code base}, the log file, optionally the analysis date (ISO)
   */
  public static void main(String[] args) {
    if (args.length < 2 || !(args[0].equals("source") || args[0].equals("base"))) {
      System.err.println("usage: PlainLogRead source|base FILE [AS_OF]");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : PlainLog.AS_OF;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = process();
    long u0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    String what;
    if (args[0].equals("source")) {
      IngestionBenchmark.CountingSink sink = new IngestionBenchmark.CountingSink();
      CsvSource.of(file).read(new ReadContext(asOf, Locale.ROOT), sink);
      what =
          String.format(
              Locale.ROOT,
              "rows accepted %d, refunds %d, rejected %d, amount %.2f",
              sink.accepted,
              sink.refunds,
              sink.rejected,
              sink.amount);
    } else {
      CustomerBase base = Reactivator.load(CsvSource.of(file)).asOf(asOf).base();
      what =
          String.format(
              Locale.ROOT,
              "customers %d, purchases %d, rows accepted %d",
              base.size(),
              base.purchaseCount(),
              base.report().rowsAccepted());
    }
    long t1 = System.nanoTime();
    long u1 = threads.getCurrentThreadCpuTime();
    long c1 = process();
    System.out.println(what);
    System.out.printf(
        Locale.ROOT,
        "%s: wall %.3f s, thread cpu %.3f s, process cpu %.3f s%n",
        args[0],
        (t1 - t0) / 1e9,
        (u1 - u0) / 1e9,
        (c1 - c0) / 1e9);
  }

  private static long process() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
