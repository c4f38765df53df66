package dev.reactivator.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.spi.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress display's figures and lines, on an injected clock. */
class ProgressBarTest {
  private static final long S = 1_000_000_000L;

  @Test
  void timeLeftIsElapsedTimesWhatRemainsOverWhatIsDone() {
    // 10 s for 25 %: the other 75 % take 10 × 0.75 / 0.25 = 30 s
    assertEquals(OptionalLong.of(30), ProgressBar.secondsLeft(10 * S, 0.25));
    // 3 s for 40 %: 3 × 0.6 / 0.4 = 4.5 s, rounded up to 5
    assertEquals(OptionalLong.of(5), ProgressBar.secondsLeft(3 * S, 0.4));
    assertEquals(OptionalLong.empty(), ProgressBar.secondsLeft(3 * S, 0), "nothing done yet");
    assertEquals(OptionalLong.empty(), ProgressBar.secondsLeft(3 * S, 1), "all done");
    assertEquals(OptionalLong.empty(), ProgressBar.secondsLeft(0, 0.5), "no time passed");
  }

  @Test
  void rateIsRowsOverSeconds() {
    // 250 000 rows in 2.5 s = 100 000 rows/s
    assertEquals(100_000.0, ProgressBar.rate(250_000, 2_500_000_000L).getAsDouble(), 1e-9);
    assertEquals(OptionalDouble.empty(), ProgressBar.rate(0, S));
    assertEquals(OptionalDouble.empty(), ProgressBar.rate(10, 0));
  }

  @Test
  void clockShowsMinutesAndSecondsThenHours() {
    assertEquals("0:05", ProgressBar.clock(5));
    assertEquals("2:05", ProgressBar.clock(125));
    assertEquals("1:01:01", ProgressBar.clock(3661));
  }

  @Test
  void aTerminalGetsOneRedrawnLineWithPercentRateAndTimeLeft() {
    AtomicLong now = new AtomicLong();
    StringWriter out = new StringWriter();
    ProgressBar bar =
        new ProgressBar(
            new PrintWriter(out), new CliText(Locale.forLanguageTag("ru")), true, now::get);
    bar.onProgress(Stage.READING, 0.0, 0);
    now.set(4 * S);
    // 200 000 rows in 4 s = 50 000 rows/s; 4 s for 20 %: 4 × 0.8 / 0.2 = 16 s left
    bar.onProgress(Stage.READING, 0.2, 200_000);
    String text = out.toString();
    String last = text.substring(text.lastIndexOf('\r') + 1).strip();
    assertTrue(last.startsWith("чтение"), last);
    assertTrue(last.contains(" 20%"), last);
    // the Russian digit grouping is a (no-break) space
    assertTrue(last.replaceAll("[\\s\u00A0\u202F]", "").contains("50000строк/с"), last);
    assertTrue(last.contains("осталось 0:16"), last);
    now.set(10 * S);
    bar.onProgress(Stage.READING, 1.0, 500_000);
    assertTrue(out.toString().endsWith("\n") || out.toString().endsWith("\r\n"), out.toString());
  }

  @Test
  void offATerminalEachStageIsOneLineWhenItEnds() {
    AtomicLong now = new AtomicLong();
    StringWriter out = new StringWriter();
    ProgressBar bar =
        new ProgressBar(new PrintWriter(out), new CliText(Locale.ENGLISH), false, now::get);
    bar.onProgress(Stage.READING, 0.0, 0);
    now.set(2 * S);
    bar.onProgress(Stage.READING, 0.5, 300_000);
    assertEquals("", out.toString(), "nothing while the stage runs");
    now.set(4 * S);
    // 600 000 rows in 4 s = 150 000 rows/s
    bar.onProgress(Stage.READING, 1.0, 600_000);
    // scoring: 600 000 rows read × 100 % in 3 s = 200 000 rows/s
    bar.onProgress(Stage.SCORING, 0.0);
    now.set(7 * S);
    bar.onProgress(Stage.SCORING, 1.0);
    String[] lines = out.toString().strip().split("\\R");
    assertEquals(2, lines.length, out.toString());
    assertEquals("reactivator: stage \"reading\": 4.0 s, 150,000 rows/s", lines[0]);
    assertEquals("reactivator: stage \"scoring\": 3.0 s, 200,000 rows/s", lines[1]);
    assertFalse(out.toString().contains("\r"), "no redraw off a terminal");
  }
}
