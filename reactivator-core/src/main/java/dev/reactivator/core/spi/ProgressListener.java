package dev.reactivator.core.spi;

/**
 * Receives progress while an analysis runs, so a CLI can draw a progress bar and a server can
 * stream it. Called on the thread doing the work; implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Reports that {@code stage} is {@code fraction} done.
   *
   * @param stage the stage under way
   * @param fraction how much of that stage is done, from 0.0 to 1.0; each stage ends with 1.0
   */
  void onProgress(Stage stage, double fraction);

  /**
   * A listener that ignores everything, the default.
   *
   * @return a listener that does nothing
   */
  static ProgressListener none() {
    return (stage, fraction) -> {};
  }
}
