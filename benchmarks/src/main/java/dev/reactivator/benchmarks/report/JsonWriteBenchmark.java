package dev.reactivator.benchmarks.report;

import dev.reactivator.benchmarks.insight.SyntheticBase;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.NarrationContext;
import dev.reactivator.narrative.Narrators;
import dev.reactivator.report.json.AnalysisJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Single-shot: writes {@code analysis.json} of the {@link SyntheticBase} (seed 20251231) for each
 * customer count given on the command line (default 100 000 and 1 000 000) and prints the time and
 * the heap. Load, score, segment and the offline summary run first and are not timed.
 *
 * <p>Heap is reported twice: the live heap after a full GC just before writing (the analysis
 * itself), and the largest live heap that any garbage collection during the write left behind (the
 * collection usage of every heap pool); their difference is what the writer keeps, which must not
 * grow with the customer count. Peak used heap (garbage included) is printed too.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * dev.reactivator.benchmarks.report.JsonWriteBenchmark 100000 1000000 [file]}; with a third
 * argument the document goes to that file, otherwise to a stream that only counts bytes.
 */
public final class JsonWriteBenchmark {
  private JsonWriteBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args customer counts, optionally followed by a file to write to
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int[] sizes = {100_000, 1_000_000};
    Path file = null;
    if (args.length > 0) {
      sizes =
          new int[] {Integer.parseInt(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 0};
      file = args.length > 2 ? Path.of(args[2]) : null;
    }
    for (int customers : sizes) {
      if (customers > 0) {
        run(customers, file);
      }
    }
  }

  private static void run(int customers, Path file) throws IOException {
    Analysis analysis = Analysis.of(Scoring.score(SyntheticBase.load(customers, 20251231L)));
    ExecutiveSummary summary =
        Narrators.offline().write(analysis, NarrationContext.of(Locale.ENGLISH));
    List<MemoryPoolMXBean> pools = heapPools();
    for (int warm = 0; warm < 2; warm++) {
      write(analysis, summary, file);
    }
    System.gc();
    long before = used(pools, false);
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long[] liveMax = {0};
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                liveMax[0] = Math.max(liveMax[0], used(pools, true));
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    long bytes = write(analysis, summary, file);
    long nanos = System.nanoTime() - start;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long peak = 0;
    for (MemoryPoolMXBean p : pools) {
      peak += p.getPeakUsage().getUsed();
    }
    long liveDuring = Math.max(liveMax[0], used(pools, true));
    System.out.printf(
        Locale.ROOT,
        "customers=%d bytes=%d time=%.2f s live-before=%d MiB live-after-gc-during-write=%d MiB "
            + "writer-retained=%d MiB peak-used=%d MiB max-heap=%d MiB%n",
        customers,
        bytes,
        nanos / 1e9,
        mib(before),
        mib(liveDuring),
        mib(Math.max(0, liveDuring - before)),
        mib(peak),
        mib(Runtime.getRuntime().maxMemory()));
  }

  private static long write(Analysis analysis, ExecutiveSummary summary, Path file)
      throws IOException {
    CountingStream counter =
        new CountingStream(
            file == null
                ? OutputStream.nullOutputStream()
                : new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    try (counter) {
      AnalysisJson.write(analysis, summary, counter);
    }
    return counter.count;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  /** Used heap now, or as the last collection of each pool left it. */
  private static long used(List<MemoryPoolMXBean> pools, boolean afterGc) {
    long sum = 0;
    for (MemoryPoolMXBean p : pools) {
      MemoryUsage u = afterGc ? p.getCollectionUsage() : p.getUsage();
      sum += u == null ? 0 : u.getUsed();
    }
    return sum;
  }

  private static long mib(long bytes) {
    return bytes >> 20;
  }

  /** Counts what passes through. */
  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    private long count;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      count++;
      try {
        out.write(b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
