package dev.reactivator.core.model.evaluation;

import java.util.List;

/**
 * How the seed's rule of thumb predicted the holdout period: a customer is expected back when the
 * time since the last purchase at the end of the calibration period does not exceed the personal
 * cycle ({@code t_x / x}; for one-time buyers the median cycle of the repeat buyers), and then buys
 * {@code holdout / cycle} times; an overdue customer is expected to buy nothing. The score behind
 * {@link #auc()} is that yes/no.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customers customers whose first purchase falls in the calibration period
 * @param actualPurchases their transactions in the holdout period
 * @param predictedPurchases the rule's total
 * @param meanAbsoluteError the mean over customers of |predicted − actual| holdout transactions
 * @param auc the area under the ROC curve of "expected back" for "bought in the holdout" (ties
 *     count half)
 * @param predictedReturn the share of customers the rule expects back
 * @param actualReturn the share of customers who bought in the holdout
 * @param calibration predicted vs actual by decile of the prediction
 */
public record BaselineBacktest(
    int customers,
    long actualPurchases,
    double predictedPurchases,
    double meanAbsoluteError,
    double auc,
    double predictedReturn,
    double actualReturn,
    List<CalibrationBin> calibration) {

  /**
   * Copies the list.
   *
   * @param customers customers whose first purchase falls in the calibration period
   * @param actualPurchases their transactions in the holdout period
   * @param predictedPurchases the rule's total
   * @param meanAbsoluteError the mean over customers of |predicted − actual| holdout transactions
   * @param auc the area under the ROC curve of "expected back" for "bought in the holdout" (ties
   *     count half)
   * @param predictedReturn the share of customers the rule expects back
   * @param actualReturn the share of customers who bought in the holdout
   * @param calibration predicted vs actual by decile of the prediction
   * @throws NullPointerException if {@code calibration} is null
   */
  public BaselineBacktest {
    calibration = List.copyOf(calibration);
  }
}
