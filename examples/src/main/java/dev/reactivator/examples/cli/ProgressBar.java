package dev.reactivator.examples.cli;

import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Progress on stderr, the stage named in the run's language. On a terminal, one line redrawn at
 * most once per percent: the stage, a bar, the percent, the input rows per second and the time left
 * (from the time the stage has taken and the fraction done). Otherwise (CI, a pipe) one line per
 * stage when it ends: the stage, its time and its rows per second.
 *
 * <p>The rate is of the input rows: counted while reading, and for a later stage the rows read
 * times the fraction done (a stage runs over the whole input, so its rate compares with reading's).
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private static final long NANOS = 1_000_000_000L;
  private final PrintWriter err;
  private final CliText text;
  private final boolean terminal;
  private final LongSupplier nanos;
  private Stage stage;
  private long stageStart;
  private int lastPercent = -1;
  private boolean ended;
  private long rowsRead;
  private long stageRows;

  /**
   * A progress display.
   *
   * @param terminal whether stderr is a terminal: a redrawn bar, else one line per stage
   * @param nanos the clock, {@link System#nanoTime} outside tests
   */
  ProgressBar(PrintWriter err, CliText text, boolean terminal, LongSupplier nanos) {
    this.err = err;
    this.text = text;
    this.terminal = terminal;
    this.nanos = nanos;
  }

  @Override
  public void onProgress(Stage stage, double fraction) {
    progress(stage, fraction, -1);
  }

  @Override
  public void onProgress(Stage stage, double fraction, long rows) {
    progress(stage, fraction, rows);
  }

  private void progress(Stage s, double fraction, long rows) {
    long now = nanos.getAsLong();
    double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    if (s != stage) {
      if (stage != null && !ended) {
        end(now);
      }
      stage = s;
      stageStart = now;
      lastPercent = -1;
      ended = false;
    }
    if (rows >= 0) {
      stageRows = rows;
      if (s == Stage.READING) {
        rowsRead = Math.max(rowsRead, rows);
      }
    } else {
      stageRows = Math.round(f * rowsRead);
    }
    int percent = (int) Math.floor(f * 100);
    if (terminal && percent != lastPercent) {
      lastPercent = percent;
      err.print("\r" + barLine(now - stageStart, f));
      err.flush();
    }
    if (f >= 1 && !ended) {
      end(now);
    }
  }

  private void end(long now) {
    ended = true;
    if (terminal) {
      err.println();
    } else {
      err.println(text.line(doneLine(now - stageStart)));
    }
    err.flush();
  }

  /** The terminal line: stage, bar, percent, rows per second and time left when known. */
  String barLine(long elapsedNanos, double fraction) {
    int percent = (int) Math.floor(fraction * 100);
    int filled = percent * WIDTH / 100;
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-10s [%s%s] %3d%%",
                text.get("stage." + stage.name()),
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                percent));
    OptionalDouble rate = rate(stageRows, elapsedNanos);
    if (rate.isPresent()) {
      b.append(" · ").append(text.get("progress.rate", Math.round(rate.getAsDouble())));
    }
    OptionalLong left = secondsLeft(elapsedNanos, fraction);
    if (left.isPresent()) {
      b.append(" · ").append(text.get("progress.eta", clock(left.getAsLong())));
    }
    // pad so a shorter line overwrites a longer one
    return String.format(Locale.ROOT, "%-78s", b);
  }

  /** The line a stage ends with off a terminal: its name, time and rows per second. */
  String doneLine(long elapsedNanos) {
    double seconds = elapsedNanos / (double) NANOS;
    OptionalDouble rate = rate(stageRows, elapsedNanos);
    return rate.isPresent()
        ? text.get(
            "progress.done.rate",
            text.get("stage." + stage.name()),
            seconds,
            Math.round(rate.getAsDouble()))
        : text.get("progress.done", text.get("stage." + stage.name()), seconds);
  }

  /**
   * Rows per second, when there are rows and time to divide by.
   *
   * @param rows the rows handled
   * @param elapsedNanos the time taken
   */
  static OptionalDouble rate(long rows, long elapsedNanos) {
    if (rows <= 0 || elapsedNanos <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rows * (double) NANOS / elapsedNanos);
  }

  /**
   * The seconds left of a stage that took {@code elapsedNanos} for {@code fraction} of its work, if
   * the rest goes at the same pace: elapsed × (1 − fraction) / fraction, rounded up; none before
   * any work is done or once it is all done.
   */
  static OptionalLong secondsLeft(long elapsedNanos, double fraction) {
    if (!(fraction > 0) || fraction >= 1 || elapsedNanos <= 0) {
      return OptionalLong.empty();
    }
    double left = elapsedNanos * (1 - fraction) / fraction / NANOS;
    return OptionalLong.of((long) Math.ceil(left));
  }

  /** Seconds as {@code m:ss}, or {@code h:mm:ss} from an hour. */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
