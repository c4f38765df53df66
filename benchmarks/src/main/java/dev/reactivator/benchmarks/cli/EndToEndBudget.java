package dev.reactivator.benchmarks.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A single-shot end-to-end budget: generates a base in the CLI template format (the examples'
 * {@code SampleDataGenerator}, about 3.5 rows per customer), then runs the CLI's whole path on it
 * with every default format in a child JVM with the given heap, and prints the wall time, the
 * per-stage times of {@code --verbose}, the child's peak RSS ({@code VmHWM} of {@code
 * /proc/<pid>/status}, polled every 50 ms), the size of the outputs and the machine's load average
 * before and after (the figures are only comparable at a similar load).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.reactivator.benchmarks.cli.EndToEndBudget \
 *     examples/target/reactivator-cli.jar 300000 512m /tmp/e2e
 * </pre>
 *
 * <p>Arguments: the CLI jar, the number of customers, the child's {@code -Xmx}, a work directory
 * (the generated file is kept there and reused when it exists). Linux only ({@code /proc}).
 */
public final class EndToEndBudget {

  private EndToEndBudget() {}

  /**
   * Runs the budget.
   *
   * @param args the CLI jar, the customers, the heap ({@code 512m}), the work directory
   * @throws Exception when a child process cannot be run
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: EndToEndBudget CLI_JAR CUSTOMERS XMX WORK_DIR");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    int customers = Integer.parseInt(args[1]);
    String xmx = args[2];
    Path work = Path.of(args[3]);
    Files.createDirectories(work);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path input = work.resolve("base-" + customers + ".csv");
    if (!Files.exists(input)) {
      long t = System.nanoTime();
      run(
          List.of(
              java.toString(),
              "-cp",
              jar.toString(),
              "dev.reactivator.examples.sample.SampleDataGenerator",
              input.toString(),
              Integer.toString(customers),
              "7"),
          work.resolve("generate.log"));
      System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", input, seconds(t));
    }
    long rows;
    try (Stream<String> lines = Files.lines(input, StandardCharsets.UTF_8)) {
      rows = lines.count() - 1;
    }
    Path out = work.resolve("out-" + customers);
    deleteTree(out);
    String loadBefore = loadAverage();
    long t = System.nanoTime();
    Path log = work.resolve("run-" + customers + ".log");
    long peakKb =
        run(
            List.of(
                java.toString(),
                "-Xmx" + xmx,
                "-jar",
                jar.toString(),
                "analyze",
                input.toString(),
                "--out",
                out.toString(),
                "--verbose",
                "--no-progress"),
            log);
    double wall = seconds(t);
    String loadAfter = loadAverage();
    System.out.printf(
        Locale.ROOT,
        "%d rows, %d customers, -Xmx%s: wall %.1f s, peak RSS %d MB, outputs %d MB%n",
        rows,
        customers,
        xmx,
        wall,
        peakKb / 1024,
        size(out) >> 20);
    System.out.println("load average before: " + loadBefore + "; after: " + loadAfter);
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.contains("этап «") || line.contains("stage ")) {
        System.out.println("  " + line);
      }
    }
  }

  /**
   * Runs a child to its end, its output to {@code log}; returns its peak RSS in kB (0 if unknown).
   */
  private static long run(List<String> command, Path log) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long peak = 0;
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, highWaterMark(status).orElse(0L));
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "exit " + p.exitValue() + " from " + String.join(" ", command) + ", see " + log);
    }
    return peak;
  }

  /** {@code VmHWM} of a {@code /proc/<pid>/status}, in kB. */
  private static Optional<Long> highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process ended between two polls
    }
    return Optional.empty();
  }

  private static String loadAverage() throws IOException {
    String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
    return f[0] + " " + f[1] + " " + f[2];
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long size(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      long total = 0;
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          total += Files.size(f);
        }
      }
      return total;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.forEach(all::add);
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      Files.delete(all.get(i));
    }
  }
}
