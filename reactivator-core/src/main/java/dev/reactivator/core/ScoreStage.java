package dev.reactivator.core;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.internal.Messages;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import java.util.List;
import java.util.Objects;

/**
 * The second stage of {@code Reactivator.load(source).asOf(date).score().segment()}: a loaded,
 * merged {@link CustomerBase} ready to be scored. Immutable; {@link #score()} may be called any
 * number of times, each call fitting the models anew.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoreStage {
  private final CustomerBase base;
  private final ProgressListener progress;

  ScoreStage(CustomerBase base, ProgressListener progress) {
    this.base = Objects.requireNonNull(base, "base");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * The loaded base: unique customers, their purchases and the ingestion report.
   *
   * @return the base this stage scores
   */
  public CustomerBase base() {
    return base;
  }

  /**
   * Scores the base with the default options (MBG/NBD + Gamma-Gamma).
   *
   * @return the next stage, holding the scores
   * @see #score(ScoringOptions)
   */
  public SegmentStage score() {
    return score(ScoringOptions.defaults());
  }

  /**
   * Fits the purchase and spend models and scores every customer: P(alive), churn and return
   * probability, expected purchases over the horizon, expected average order and CLV. Small or
   * degenerate bases fall back to a regularised fit or population defaults, reported by the scored
   * base's {@code model()}. Reports {@link Stage#SCORING} progress to the listener given at load
   * time. Formulas in {@code docs/metrics.md} ("Models").
   *
   * @param options how to score
   * @return the next stage, holding the scores
   */
  public SegmentStage score(ScoringOptions options) {
    Objects.requireNonNull(options, "options");
    return new SegmentStage(Scoring.score(base, options, progress), progress);
  }

  /**
   * Scores the base with models fitted before, typically read with {@link SavedModels#read}:
   * nothing is refitted, and the same data give bit-identical scores.
   *
   * @param options how to score ({@link ScoringOptions#model()} is not used)
   * @param models the models to score with
   * @return the next stage, holding the scores
   * @throws ModelFileException if the models' supervised layer needs a column this base lacks
   */
  public SegmentStage score(ScoringOptions options, FittedModels models) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(models, "models");
    if (models.usesSupervised()) {
      List<String> features = models.supervised().get().features();
      for (Field f :
          List.of(
              Field.PURCHASE_DATE, Field.COMPLAINTS, Field.TICKETS, Field.DISCOUNTED_PURCHASES)) {
        boolean needed =
            switch (f) {
              case COMPLAINTS -> features.contains("log_complaints");
              case TICKETS -> features.contains("log_tickets");
              case DISCOUNTED_PURCHASES -> features.contains("discount_share");
              default -> true;
            };
        if (needed && !base.has(f)) {
          String header =
              "en".equals(base.locale().getLanguage()) ? f.englishHeader() : f.templateHeader();
          throw new ModelFileException(Messages.get(base.locale(), "model.file.column", header));
        }
      }
    }
    return new SegmentStage(Scoring.score(base, options, models, progress), progress);
  }

  @Override
  public String toString() {
    return "ScoreStage[" + base + "]";
  }
}
