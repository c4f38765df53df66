package dev.reactivator.examples.cli;

import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportRenderer;
import dev.reactivator.report.ReportSink;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The stages of one run: which one is running (named when memory runs out) and, with {@code
 * --verbose}, one line per stage on stderr with its wall time, in the run's language. A stage is
 * {@code load}, {@code score}, {@code segment}, {@code narrate} or {@code report} with the
 * renderer's format.
 */
final class StageClock {

  private final PrintWriter err;
  private final CliText text;
  private final boolean verbose;
  private final LongSupplier nanos;
  private String current;
  private String currentKey = "start";

  StageClock(PrintWriter err, CliText text, boolean verbose, LongSupplier nanos) {
    this.err = Objects.requireNonNull(err, "err");
    this.text = Objects.requireNonNull(text, "text");
    this.verbose = verbose;
    this.nanos = Objects.requireNonNull(nanos, "nanos");
    this.current = text.get("stage.start");
  }

  /** The localised name of the stage running now (or the last one started). */
  String current() {
    return current;
  }

  /** The key of the stage running now ({@code start} before the first). */
  String currentKey() {
    return currentKey;
  }

  /**
   * Runs one stage, naming it {@code stage.<key>} (with {@code detail} as its argument) while it
   * runs; with {@code --verbose} prints its wall time when it ends.
   */
  <T> T time(String key, String detail, Supplier<T> work) {
    String name = text.get("stage." + key, detail);
    current = name;
    currentKey = key;
    long start = nanos.getAsLong();
    T result = work.get();
    if (verbose) {
      double seconds = (nanos.getAsLong() - start) / 1e9;
      err.println(text.line(text.get("verbose.stage", name, seconds)));
      err.flush();
    }
    return result;
  }

  /** {@link #time(String, String, Supplier)} for a stage without a detail. */
  <T> T time(String key, Supplier<T> work) {
    return time(key, "", work);
  }

  /** The renderer, each of its runs timed as the stage {@code report} of its format. */
  ReportRenderer timed(ReportRenderer renderer) {
    return new Timed(renderer);
  }

  /** A renderer whose runs are stages of this clock; everything else is the renderer's. */
  private final class Timed implements ReportRenderer {
    private final ReportRenderer renderer;

    Timed(ReportRenderer renderer) {
      this.renderer = renderer;
    }

    @Override
    public String format() {
      return renderer.format();
    }

    @Override
    public boolean singleFile() {
      return renderer.singleFile();
    }

    @Override
    public boolean linksExports() {
      return renderer.linksExports();
    }

    @Override
    public List<Path> render(ReportInput input, Path directory) {
      return time("report", renderer.format(), () -> renderer.render(input, directory));
    }

    @Override
    public void render(ReportInput input, OutputStream out) {
      time(
          "report",
          renderer.format(),
          () -> {
            renderer.render(input, out);
            return null;
          });
    }

    @Override
    public List<String> render(ReportInput input, ReportSink sink) {
      return time("report", renderer.format(), () -> renderer.render(input, sink));
    }
  }
}
