package dev.reactivator.examples.cli;

import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line text progress bar on stderr, redrawn at most once per percent, the stage named in the
 * run's language.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final CliText text;
  private Stage lastStage;
  private int lastPercent = -1;

  ProgressBar(PrintWriter err, CliText text) {
    this.err = err;
    this.text = text;
  }

  @Override
  public void onProgress(Stage stage, double fraction) {
    int percent = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    if (stage == lastStage && percent == lastPercent) {
      return;
    }
    lastStage = stage;
    lastPercent = percent;
    int filled = percent * WIDTH / 100;
    err.print(
        String.format(
            Locale.ROOT,
            "\r%-10s [%s%s] %3d%%",
            text.get("stage." + stage.name()),
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            percent));
    if (percent == 100) {
      err.println();
    }
    err.flush();
  }
}
