package dev.reactivator.core.model.evaluation;

/**
 * One decile of a backtest's calibration table: the customers ranked by predicted holdout
 * transactions and cut into ten groups of (nearly) equal size, lowest prediction first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decile 1 (lowest predictions) … 10 (highest)
 * @param customers customers in the decile
 * @param meanPredicted their mean predicted holdout transactions
 * @param meanActual their mean actual holdout transactions
 */
public record CalibrationBin(int decile, int customers, double meanPredicted, double meanActual) {}
