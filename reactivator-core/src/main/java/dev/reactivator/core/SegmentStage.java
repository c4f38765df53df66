package dev.reactivator.core;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SegmentOptions;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import java.util.Objects;

/**
 * The third stage of {@code Reactivator.load(source).asOf(date).score().segment()}: a {@link
 * ScoredBase} ready to be segmented into the dashboard's widgets. Immutable.
 *
 * <p>Immutable and thread-safe.
 */
public final class SegmentStage {
  private final ScoredBase scored;
  private final ProgressListener progress;

  SegmentStage(ScoredBase scored, ProgressListener progress) {
    this.scored = Objects.requireNonNull(scored, "scored");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * The scored base: every customer's scores and the fitted models.
   *
   * @return the scores this stage segments
   */
  public ScoredBase scored() {
    return scored;
  }

  /**
   * The loaded base the scores belong to.
   *
   * @return the base
   */
  public CustomerBase base() {
    return scored.base();
  }

  /**
   * Segments the scored base with the default options: every widget of the dashboard's six tabs.
   *
   * @return the analysis
   */
  public Analysis segment() {
    return segment(SegmentOptions.defaults());
  }

  /**
   * Segments the scored base with {@code options}, reporting {@link Stage#SEGMENTING} progress to
   * the listener given at load time.
   *
   * @param options the widgets' options
   * @return the analysis
   */
  public Analysis segment(SegmentOptions options) {
    Objects.requireNonNull(options, "options");
    return Analysis.of(scored, options, progress);
  }

  @Override
  public String toString() {
    return "SegmentStage[" + scored + "]";
  }
}
