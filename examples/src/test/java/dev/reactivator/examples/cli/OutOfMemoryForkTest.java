package dev.reactivator.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.examples.sample.SampleDataGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@link OutOfMemoryError}: the CLI in a forked JVM with a 48 MB heap on a generated base of
 * 100 000 customers (which needs several times that) ends with exit 1 and one line naming the stage
 * and the options that reduce memory, no stack trace. Functional, not a timing.
 */
class OutOfMemoryForkTest {

  @Test
  void aTinyHeapEndsTheRunWithOneLineAndExitOne(@TempDir Path dir) throws Exception {
    Path base = dir.resolve("base.csv");
    SampleDataGenerator.write(base, 100_000, 20260131L, false);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                ReactivatorCli.class.getName(),
                "analyze",
                base.toString(),
                "--as-of",
                "2026-01-31",
                "--out",
                dir.resolve("out").toString(),
                "--formats",
                "json")
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the forked run ended");
    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
    assertEquals(ReactivatorCli.EXIT_BUG, p.exitValue(), String.join("\n", lines));
    assertEquals(1, lines.size(), String.join("\n", lines));
    String line = lines.get(0);
    assertTrue(line.startsWith("reactivator: не хватило памяти на этапе «"), line);
    assertTrue(
        // the JVM reports a little less than -Xmx under some collectors (a survivor space)
        line.matches(".*\\(предел кучи Java — 4\\d МБ\\).*") && line.contains("-Xmx4g"), line);
    // the report options are offered only while reports are written: before, the base is in memory
    boolean reporting = line.contains("на этапе «отчёт");
    assertEquals(reporting, line.contains("--dashboard-rows 200"), line);
    assertEquals(!reporting, line.contains("опции отчётов не помогут"), line);
    assertFalse(line.contains("OutOfMemoryError"), line);
    assertEquals(0, Files.size(dir.resolve("out.txt")), "no summary after a failed run");
  }
}
