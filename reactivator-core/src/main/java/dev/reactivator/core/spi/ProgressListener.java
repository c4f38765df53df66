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
   * Reports that {@code stage} is {@code fraction} done after {@code rows} input rows (accepted,
   * refunded or rejected), for a rate in rows per second; the reading stage calls this form. By
   * default the count is dropped and {@link #onProgress(Stage, double)} is called.
   *
   * @param stage the stage under way
   * @param fraction how much of that stage is done, from 0.0 to 1.0; each stage ends with 1.0
   * @param rows the input rows handled so far, {@code >= 0}
   */
  default void onProgress(Stage stage, double fraction, long rows) {
    onProgress(stage, fraction);
  }

  /**
   * A listener that ignores everything, the default.
   *
   * @return a listener that does nothing
   */
  static ProgressListener none() {
    return (stage, fraction) -> {};
  }
}
