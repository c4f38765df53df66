package dev.reactivator.core.model.evaluation;

import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModelFit;
import java.util.List;
import java.util.Objects;

/**
 * How one purchase model fitted on a calibration period predicted the holdout period.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fit the model fitted on the calibration period
 * @param customers customers whose first purchase falls in the calibration period
 * @param actualPurchases their transactions (distinct purchase days) in the holdout period
 * @param predictedPurchases the sum of their conditional expected transactions over the holdout
 *     period
 * @param meanAbsoluteError the mean over customers of |predicted − actual| holdout transactions
 * @param oneTimeBuyers customers without a repeat transaction in the calibration period
 * @param oneTimeMeanAlive the mean P(alive) the model gives them at the end of the calibration
 *     period
 * @param oneTimePredictedReturn the mean predicted P(at least one transaction in the holdout) of
 *     them
 * @param oneTimeActualReturn the share of them who did buy in the holdout
 * @param oneTimeActualPurchases their holdout transactions
 * @param oneTimePredictedPurchases their predicted holdout transactions
 * @param auc the area under the ROC curve of P(at least one transaction in the holdout) for "bought
 *     in the holdout", over all customers (ties count half)
 * @param predictedReturn the mean predicted P(at least one transaction in the holdout)
 * @param actualReturn the share of customers who bought in the holdout
 * @param calibration predicted vs actual holdout transactions by decile of the prediction
 */
public record ModelBacktest(
    PurchaseModelFit fit,
    int customers,
    long actualPurchases,
    double predictedPurchases,
    double meanAbsoluteError,
    int oneTimeBuyers,
    double oneTimeMeanAlive,
    double oneTimePredictedReturn,
    double oneTimeActualReturn,
    long oneTimeActualPurchases,
    double oneTimePredictedPurchases,
    double auc,
    double predictedReturn,
    double actualReturn,
    List<CalibrationBin> calibration) {

  /**
   * Checks for nulls and copies the list.
   *
   * @param fit the model fitted on the calibration period
   * @param customers customers whose first purchase falls in the calibration period
   * @param actualPurchases their transactions (distinct purchase days) in the holdout period
   * @param predictedPurchases the sum of their conditional expected transactions over the holdout
   *     period
   * @param meanAbsoluteError the mean over customers of |predicted − actual| holdout transactions
   * @param oneTimeBuyers customers without a repeat transaction in the calibration period
   * @param oneTimeMeanAlive the mean P(alive) the model gives them at the end of the calibration
   *     period
   * @param oneTimePredictedReturn the mean predicted P(at least one transaction in the holdout) of
   *     them
   * @param oneTimeActualReturn the share of them who did buy in the holdout
   * @param oneTimeActualPurchases their holdout transactions
   * @param oneTimePredictedPurchases their predicted holdout transactions
   * @param auc the area under the ROC curve of P(at least one transaction in the holdout) for
   *     "bought in the holdout", over all customers (ties count half)
   * @param predictedReturn the mean predicted P(at least one transaction in the holdout)
   * @param actualReturn the share of customers who bought in the holdout
   * @param calibration predicted vs actual holdout transactions by decile of the prediction
   * @throws NullPointerException if {@code fit} or {@code calibration} is null
   */
  public ModelBacktest {
    Objects.requireNonNull(fit, "fit");
    calibration = List.copyOf(calibration);
  }

  /**
   * The model kind.
   *
   * @return the kind of the fitted model
   */
  public ModelKind kind() {
    return fit.kind();
  }

  /**
   * {@code predicted / actual − 1}: the relative error of the total holdout transactions.
   *
   * @return the relative error; 0 when there were no holdout transactions
   */
  public double totalError() {
    return actualPurchases == 0 ? 0 : predictedPurchases / actualPurchases - 1;
  }
}
