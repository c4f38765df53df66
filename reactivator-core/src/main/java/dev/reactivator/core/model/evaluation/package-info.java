/**
 * Backtests of the purchase models: calibration/hold-out splits, the naive baseline and the
 * calibration bins they report.
 */
package dev.reactivator.core.model.evaluation;
