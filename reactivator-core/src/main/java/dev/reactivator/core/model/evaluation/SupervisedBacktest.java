package dev.reactivator.core.model.evaluation;

import dev.reactivator.core.model.SupervisedLayer;
import java.util.Objects;

/**
 * How the supervised layer, trained inside the calibration period, and the BTYD model it sits on
 * predicted "bought in the holdout period": AUC, mean log loss and calibration error (ten equal
 * groups by prediction) of the return probability over the holdout.
 *
 * @param btyd the BTYD model's own backtest
 * @param layer the layer, with its validation inside the calibration period
 * @param btydAuc the AUC of the BTYD return probability
 * @param supervisedAuc the AUC of the supervised return probability
 * @param btydLogLoss the mean log loss of the BTYD return probability
 * @param supervisedLogLoss the mean log loss of the supervised return probability
 * @param btydCalibrationError the calibration error of the BTYD return probability
 * @param supervisedCalibrationError the calibration error of the supervised return probability
 * @param supervisedPredictedReturn the mean supervised return probability
 */
public record SupervisedBacktest(
    ModelBacktest btyd,
    SupervisedLayer layer,
    double btydAuc,
    double supervisedAuc,
    double btydLogLoss,
    double supervisedLogLoss,
    double btydCalibrationError,
    double supervisedCalibrationError,
    double supervisedPredictedReturn) {

  /**
   * Checks for nulls.
   *
   * @param btyd the BTYD model's own backtest
   * @param layer the layer, with its validation inside the calibration period
   * @param btydAuc the AUC of the BTYD return probability
   * @param supervisedAuc the AUC of the supervised return probability
   * @param btydLogLoss the mean log loss of the BTYD return probability
   * @param supervisedLogLoss the mean log loss of the supervised return probability
   * @param btydCalibrationError the calibration error of the BTYD return probability
   * @param supervisedCalibrationError the calibration error of the supervised return probability
   * @param supervisedPredictedReturn the mean supervised return probability
   * @throws NullPointerException if {@code btyd} or {@code layer} is null
   */
  public SupervisedBacktest {
    Objects.requireNonNull(btyd, "btyd");
    Objects.requireNonNull(layer, "layer");
  }
}
