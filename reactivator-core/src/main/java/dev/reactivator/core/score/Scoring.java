package dev.reactivator.core.score;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.FitOptions;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.GammaGammaModel;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.model.SpendModels;
import dev.reactivator.core.model.supervised.internal.History;
import dev.reactivator.core.model.supervised.internal.SupervisedTrainer;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The score stage: fits the models on a base and fills the per-customer score columns.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class Scoring {
  private static final Logger LOG = LoggerFactory.getLogger(Scoring.class);

  /** The length of a CLV month in days. */
  public static final double MONTH_DAYS = 30.0;

  private static final int PROGRESS_STEPS = 20;

  private Scoring() {}

  /**
   * Scores {@code base} with the default options, reporting no progress.
   *
   * @param base the loaded base
   * @return the scored base
   */
  public static ScoredBase score(CustomerBase base) {
    return score(base, ScoringOptions.defaults(), ProgressListener.none());
  }

  /**
   * Scores {@code base} with {@code options}, reporting no progress.
   *
   * @param base the loaded base
   * @param options the scoring options
   * @return the scored base
   */
  public static ScoredBase score(CustomerBase base, ScoringOptions options) {
    return score(base, options, ProgressListener.none());
  }

  /**
   * Fits the models on {@code base} and scores every customer.
   *
   * @param base the loaded base
   * @param options the scoring options
   * @param progress receives {@link Stage#SCORING} progress, ending with 1.0
   * @return the scored base
   */
  public static ScoredBase score(
      CustomerBase base, ScoringOptions options, ProgressListener progress) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    progress.onProgress(Stage.SCORING, 0.0);
    CustomerFeatures features = CustomerFeatures.of(base);
    CustomerSummary s = CustomerSummary.of(features);
    // the spend model needs nothing of the purchase model or the layer: fitted on a second core
    // (in the common pool; by this thread at the join if no worker took it), the same fit either
    // way
    ForkJoinTask<SpendModelFit> spendTask =
        ForkJoinTask.adapt(() -> SpendModels.fit(s, FitOptions.defaults())).fork();
    PurchaseModelFit purchaseFit = PurchaseModels.fit(options.model(), s, FitOptions.defaults());
    progress.onProgress(Stage.SCORING, 0.2);
    PurchaseModel model = purchaseFit.model();
    SupervisedTrainer.Outcome layer;
    double[] givenAlive = null;
    if (!options.supervised()) {
      layer =
          new SupervisedTrainer.Outcome(
              Optional.empty(), "not trained: switched off in the scoring options");
    } else if (base.has(Field.PURCHASE_DATE)) {
      History history = History.of(base);
      layer =
          SupervisedTrainer.train(
              history, base.asOfDay(), options.horizonDays(), purchaseFit, FitOptions.defaults());
      if (layer.layer().isPresent() && layer.layer().get().chosen()) {
        givenAlive = SupervisedTrainer.alive(layer.layer().get(), history, base.asOfDay(), model);
      }
    } else {
      layer =
          new SupervisedTrainer.Outcome(
              Optional.empty(), "not trained: the export has no purchase dates");
    }
    progress.onProgress(Stage.SCORING, 0.25);
    SpendModelFit spendFit = spendTask.join();
    LOG.debug(
        "scoring {} customers: {} {} ({}), Gamma-Gamma {} ({})",
        s.size(),
        purchaseFit.kind(),
        purchaseFit.parameters(),
        purchaseFit.quality(),
        spendFit.parameters(),
        spendFit.quality());
    progress.onProgress(Stage.SCORING, 0.3);
    return scoreWith(
        base,
        options,
        progress,
        features,
        s,
        new FittedModels(
            purchaseFit,
            spendFit,
            layer.layer(),
            layer.note(),
            base.has(Field.PURCHASE_DATE) && base.has(Field.PRODUCT)
                ? Optional.of(NextPurchaseModel.fit(base))
                : Optional.empty()),
        givenAlive);
  }

  /**
   * Scores {@code base} with models fitted before (typically read back from a saved file), without
   * refitting: for the same base and options the scores are bit for bit those of the run that
   * fitted them.
   *
   * @param base the loaded base
   * @param options the scoring options ({@link ScoringOptions#model()} is not used)
   * @param models the models to score with, in days
   * @param progress receives {@link Stage#SCORING} progress, ending with 1.0
   * @return the scored base, whose {@code model()} is {@code models}
   * @throws IllegalArgumentException if the models are not in days, or the supervised layer needs a
   *     column (purchase dates, complaints, tickets, discounted purchases) the base lacks
   */
  public static ScoredBase score(
      CustomerBase base, ScoringOptions options, FittedModels models, ProgressListener progress) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(progress, "progress");
    if (models.purchases().unit() != PeriodUnit.DAYS) {
      throw new IllegalArgumentException(
          "the purchase model must be in days, was " + models.purchases().unit());
    }
    progress.onProgress(Stage.SCORING, 0.0);
    CustomerFeatures features = CustomerFeatures.of(base);
    CustomerSummary s = CustomerSummary.of(features);
    double[] givenAlive = null;
    if (models.usesSupervised()) {
      if (!base.has(Field.PURCHASE_DATE)) {
        throw new IllegalArgumentException(
            "the supervised layer needs purchase dates, which this base lacks");
      }
      givenAlive =
          SupervisedTrainer.alive(
              models.supervised().get(),
              History.of(base),
              base.asOfDay(),
              models.purchases().model());
    }
    progress.onProgress(Stage.SCORING, 0.3);
    return scoreWith(base, options, progress, features, s, models, givenAlive);
  }

  private static ScoredBase scoreWith(
      CustomerBase base,
      ScoringOptions options,
      ProgressListener progress,
      CustomerFeatures features,
      CustomerSummary s,
      FittedModels models,
      double[] givenAlive) {
    PurchaseModel model = models.purchases().model();
    GammaGammaModel spend = models.spend().model();
    int n = s.size();
    double[] alive = new double[n];
    double[] ret = new double[n];
    double[] purchases = new double[n];
    double[] aov = new double[n];
    double[] clv = new double[n];
    CustomerScorer scorer =
        new CustomerScorer(
            model,
            spend,
            options.horizonDays(),
            options.clvMonths(),
            MONTH_DAYS,
            options.monthlyDiscountRate(),
            options.margin());
    int step = Math.max(1, n / PROGRESS_STEPS);
    for (int from = 0; from < n; from += step) {
      int to = Math.min(n, from + step);
      if (givenAlive == null) {
        scorer.score(s, from, to, alive, ret, purchases, aov, clv);
      } else {
        scorer.scoreWithAlive(s, from, to, givenAlive, alive, ret, purchases, aov, clv);
      }
      if (to % step == 0) {
        progress.onProgress(Stage.SCORING, 0.3 + 0.7 * to / n);
      }
    }
    ScoredBase scored =
        new ScoredBase(
            base, options, features, alive, ret, purchases, aov, clv, Optional.of(models));
    progress.onProgress(Stage.SCORING, 1.0);
    return scored;
  }
}
