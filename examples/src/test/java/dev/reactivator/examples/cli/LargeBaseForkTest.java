package dev.reactivator.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.examples.sample.SampleDataGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated base of 200 000 customers (≈ 700 000 rows, every column) renders in every default
 * format with a 256 MB heap: the CLI in a forked JVM ({@code java -Xmx256m}) exits 0 and writes
 * each default output, with one row per unique customer in {@code customers.csv} and {@code
 * call-list.csv}. Functional, not a timing; {@code docs/benchmarks.md} ("200 000 customers in 256
 * MB") says what the heap holds at each stage.
 */
class LargeBaseForkTest {
  private static final int CUSTOMERS = 200_000;

  @Test
  void twoHundredThousandCustomersRenderIn256Megabytes(@TempDir Path dir) throws Exception {
    Path base = dir.resolve("base.csv");
    SampleDataGenerator.write(base, CUSTOMERS, 20260131L, true);
    Path out = dir.resolve("out");
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                ReactivatorCli.class.getName(),
                "analyze",
                base.toString(),
                "--no-progress",
                "--out",
                out.toString())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    assertTrue(p.waitFor(20, TimeUnit.MINUTES), "the forked run ended");
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);

    String summary = Files.readString(stdout, StandardCharsets.UTF_8);
    Matcher unique = Pattern.compile("Уникальных клиентов: (\\d+)").matcher(summary);
    assertTrue(unique.find(), summary);
    int customers = Integer.parseInt(unique.group(1));
    // the generator draws 200 000 customers; a few rows are broken on purpose or merge
    assertTrue(customers > CUSTOMERS * 99 / 100 && customers <= CUSTOMERS + 1_000, summary);

    for (String file :
        List.of(
            "dashboard.html",
            "analysis.json",
            "customers.csv",
            "call-list.csv",
            "executive-report.pdf",
            "executive-report.docx",
            "segments")) {
      assertTrue(Files.exists(out.resolve(file)), file + " written");
    }
    assertTrue(Files.size(out.resolve("dashboard.html")) > 0, "dashboard.html is not empty");
    assertEquals(customers, rows(out.resolve("customers.csv")), "customers.csv rows");
    assertEquals(customers, rows(out.resolve("call-list.csv")), "call-list.csv rows");
    assertEquals(customers, jsonUniqueCustomers(out.resolve("analysis.json")), "analysis.json");
  }

  /** The lines after the header (no cell of these files holds a line break). */
  private static long rows(Path csv) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return r.lines().count() - 1;
    }
  }

  /** {@code ingestion.uniqueCustomers}, near the start of the file (which is hundreds of MB). */
  private static int jsonUniqueCustomers(Path json) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(json)) {
      head = in.readNBytes(1 << 16);
    }
    Matcher m =
        Pattern.compile("\"uniqueCustomers\"\\s*:\\s*(\\d+)")
            .matcher(new String(head, StandardCharsets.UTF_8));
    assertTrue(m.find(), "ingestion.uniqueCustomers in the first 64 KB of analysis.json");
    return Integer.parseInt(m.group(1));
  }
}
