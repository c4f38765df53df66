package dev.reactivator.core.score;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.model.FitOptions;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.GammaGammaModel;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.model.SpendModels;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The score stage: fits the models on a base and fills the per-customer score columns. */
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
    PurchaseModelFit purchaseFit = PurchaseModels.fit(options.model(), s, FitOptions.defaults());
    progress.onProgress(Stage.SCORING, 0.2);
    SpendModelFit spendFit = SpendModels.fit(s, FitOptions.defaults());
    progress.onProgress(Stage.SCORING, 0.25);
    LOG.debug(
        "scoring {} customers: {} {} ({}), Gamma-Gamma {} ({})",
        s.size(),
        purchaseFit.kind(),
        purchaseFit.parameters(),
        purchaseFit.quality(),
        spendFit.parameters(),
        spendFit.quality());
    PurchaseModel model = purchaseFit.model();
    GammaGammaModel spend = spendFit.model();
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
      scorer.score(s, from, to, alive, ret, purchases, aov, clv);
      if (to % step == 0) {
        progress.onProgress(Stage.SCORING, 0.25 + 0.75 * to / n);
      }
    }
    ScoredBase scored =
        new ScoredBase(
            base,
            options,
            features,
            alive,
            ret,
            purchases,
            aov,
            clv,
            Optional.of(new FittedModels(purchaseFit, spendFit)));
    progress.onProgress(Stage.SCORING, 1.0);
    return scored;
  }
}
