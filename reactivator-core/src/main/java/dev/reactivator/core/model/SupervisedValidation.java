package dev.reactivator.core.model;

/**
 * How the supervised layer and the BTYD model alone predicted "bought in the window" for the
 * validation customers (a fixed quarter of the customers, never used to fit the layer's weights),
 * and which of the two the return probability rests on; definitions in {@code docs/metrics.md}
 * ("Supervised layer").
 *
 * @param cutoffDay the epoch day the covariates are taken at: the analysis date minus the window
 * @param windowDays the label window after the cut-off, days
 * @param trainingCustomers customers the weights were fitted on while validating
 * @param validationCustomers customers the figures below are measured on
 * @param penalty the L2 penalty per training customer chosen by the validation log loss
 * @param btydLogLoss the mean log loss of the BTYD return probability
 * @param supervisedLogLoss the mean log loss of the supervised return probability
 * @param btydAuc the AUC of the BTYD return probability
 * @param supervisedAuc the AUC of the supervised return probability
 * @param btydCalibrationError the calibration error (mean |predicted − actual| over ten equal
 *     groups by prediction, weighted by size) of the BTYD return probability
 * @param supervisedCalibrationError the same of the supervised return probability
 * @param supervisedChosen whether the supervised log loss is the lower, so that P(alive), churn,
 *     the return probability and everything downstream rest on the supervised layer
 */
public record SupervisedValidation(
    int cutoffDay,
    int windowDays,
    int trainingCustomers,
    int validationCustomers,
    double penalty,
    double btydLogLoss,
    double supervisedLogLoss,
    double btydAuc,
    double supervisedAuc,
    double btydCalibrationError,
    double supervisedCalibrationError,
    boolean supervisedChosen) {

  /**
   * Checks the figures.
   *
   * @param cutoffDay the epoch day the covariates are taken at
   * @param windowDays the label window after the cut-off, days, {@code >= 1}
   * @param trainingCustomers customers the weights were fitted on while validating, {@code >= 0}
   * @param validationCustomers customers the figures are measured on, {@code >= 0}
   * @param penalty the L2 penalty per training customer, finite and {@code >= 0}
   * @param btydLogLoss the mean log loss of the BTYD return probability
   * @param supervisedLogLoss the mean log loss of the supervised return probability
   * @param btydAuc the AUC of the BTYD return probability
   * @param supervisedAuc the AUC of the supervised return probability
   * @param btydCalibrationError the calibration error of the BTYD return probability
   * @param supervisedCalibrationError the calibration error of the supervised return probability
   * @param supervisedChosen whether the supervised layer is used
   * @throws IllegalArgumentException if a count or the window is out of range or a figure is not
   *     finite and non-negative
   */
  public SupervisedValidation {
    if (windowDays < 1 || trainingCustomers < 0 || validationCustomers < 0) {
      throw new IllegalArgumentException(
          "window and customer counts must be positive, were "
              + windowDays
              + ", "
              + trainingCustomers
              + ", "
              + validationCustomers);
    }
    for (double v :
        new double[] {
          penalty,
          btydLogLoss,
          supervisedLogLoss,
          btydAuc,
          supervisedAuc,
          btydCalibrationError,
          supervisedCalibrationError
        }) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("validation figures must be finite and >= 0, was " + v);
      }
    }
  }
}
