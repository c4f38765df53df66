package dev.reactivator.examples.cli;

import static dev.reactivator.examples.cli.ReactivatorCliTest.SAMPLE;
import static dev.reactivator.examples.cli.ReactivatorCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.examples.cli.ReactivatorCliTest.Run;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verbose} prints one line per stage with its wall time, in the run's language; memory
 * running out in any stage ends the run with one line naming the stage and the options that reduce
 * memory, exit 1, no stack trace. The stages' clock is a fake that advances 0.25 s a reading.
 */
class StagesCliTest {

  private LongSupplier realClock;

  @BeforeEach
  void fakeClock() {
    realClock = AnalyzeCommand.nanos;
    AtomicLong now = new AtomicLong();
    AnalyzeCommand.nanos = () -> now.addAndGet(250_000_000L);
  }

  @AfterEach
  void realClock() {
    AnalyzeCommand.nanos = realClock;
  }

  private static List<String> stageLines(String err, String marker) {
    return err.lines().filter(l -> l.contains(marker)).toList();
  }

  @Test
  void verbosePrintsEachStageWithItsWallTimeInRussian(@TempDir Path dir) {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.toString(),
            "--formats",
            "json,html",
            "--verbose");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        List.of(
            "reactivator: этап «чтение и объединение»: 0,25 с",
            "reactivator: этап «скоринг»: 0,25 с",
            "reactivator: этап «сегментация»: 0,25 с",
            "reactivator: этап «текст резюме»: 0,25 с",
            "reactivator: этап «отчёт json»: 0,25 с",
            "reactivator: этап «отчёт html»: 0,25 с"),
        stageLines(r.err(), "этап «"));
  }

  @Test
  void verbosePrintsEachStageInEnglishAndNothingWithoutIt(@TempDir Path dir) {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.resolve("en").toString(),
            "--formats",
            "csv",
            "--lang",
            "en",
            "--verbose");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        List.of(
            "reactivator: stage \"reading and merging\": 0.25 s",
            "reactivator: stage \"scoring\": 0.25 s",
            "reactivator: stage \"segmenting\": 0.25 s",
            "reactivator: stage \"summary text\": 0.25 s",
            "reactivator: stage \"report csv\": 0.25 s"),
        stageLines(r.err(), "stage \""));
    Run quiet =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "2026-01-31",
            "--out",
            dir.resolve("quiet").toString(),
            "--formats",
            "json");
    assertEquals(0, quiet.code(), quiet.err());
    assertEquals(List.of(), stageLines(quiet.err(), "этап «"));
  }

  @Test
  void runningOutOfMemoryNamesTheStageAndTheOptionsThatHelpAndExitsWithOne(@TempDir Path dir)
      throws Exception {
    Run r =
        withOutOfMemoryRenderer(
            () ->
                run(
                    "analyze",
                    SAMPLE.toString(),
                    "--as-of",
                    "2026-01-31",
                    "--out",
                    dir.toString(),
                    "--formats",
                    "json," + OutOfMemoryRenderer.FORMAT));
    long heapMb = Runtime.getRuntime().maxMemory() >> 20;
    assertEquals(ReactivatorCli.EXIT_BUG, r.code());
    assertEquals(
        List.of(
            "reactivator: не хватило памяти на этапе «отчёт memory-test» (предел кучи Java — "
                + heapMb
                + " МБ). Дайте Java больше памяти (java -Xmx4g -jar …), уменьшите число строк"
                + " дашборда (--dashboard-rows 200) или запишите только данные (--formats"
                + " json,csv)."),
        r.err().lines().toList());
    assertFalse(r.err().contains("OutOfMemoryError") || r.err().contains("\tat "), r.err());
    assertEquals("", r.out(), "no summary after a failed run");
  }

  /**
   * Runs {@code work} with {@link OutOfMemoryRenderer} installed: a class loader over the test
   * classes adds its {@code META-INF/services} entry (kept out of the test class path, where every
   * test that renders all installed formats would meet it), as the thread's context class loader
   * that {@code ReportRenderers.installed()} reads.
   */
  private static Run withOutOfMemoryRenderer(Supplier<Run> work) throws Exception {
    URL services = StagesCliTest.class.getResource("/oom-renderer/");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {services}, before)) {
      thread.setContextClassLoader(loader);
      return work.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void anOutOfMemoryWrappedByAWorkerIsRecognised() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    assertTrue(AnalyzeCommand.causedByOutOfMemory(new CompletionException(oom)));
    assertTrue(
        AnalyzeCommand.causedByOutOfMemory(
            new IllegalStateException(new RuntimeException("worker", oom))));
    assertFalse(
        AnalyzeCommand.causedByOutOfMemory(
            new UncheckedIOException(new java.io.IOException("disk full"))));
    assertFalse(AnalyzeCommand.causedByOutOfMemory(new IllegalStateException("no cause")));
  }

  @Test
  void dashboardRowsBelowOneIsAUsageError(@TempDir Path dir) {
    Run r = run("analyze", SAMPLE.toString(), "--out", dir.toString(), "--dashboard-rows", "0");
    assertEquals(ReactivatorCli.EXIT_INPUT, r.code());
    assertTrue(r.err().contains("--dashboard-rows: «0» — нужно целое число не меньше 1."), r.err());
  }
}
