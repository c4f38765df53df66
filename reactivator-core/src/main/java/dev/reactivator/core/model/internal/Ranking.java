package dev.reactivator.core.model.internal;

import dev.reactivator.core.internal.IndexSort;

/** The ranking and calibration figures of a probability against a yes/no outcome. */
public final class Ranking {
  private Ranking() {}

  /**
   * The Mann–Whitney AUC of {@code score} for {@code positive}: the probability that a random
   * positive scores above a random negative, ties counting half; 0.5 when either class is empty.
   *
   * @param score the score of each case
   * @param positive the outcome of each case
   * @return the AUC, in [0, 1]
   */
  public static double auc(double[] score, boolean[] positive) {
    int n = score.length;
    int[] order = IndexSort.order(n, (i, j) -> Double.compare(score[i], score[j]));
    double rankSumPositive = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1; // ranks are 1-based; ties share their mean rank
      for (int k = i; k <= j; k++) {
        if (positive[order[k]]) {
          rankSumPositive += midRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return 0.5;
    }
    return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /**
   * The mean log loss −[y log p + (1 − y) log(1 − p)], p kept within 10⁻¹² of 0 and 1.
   *
   * @param p the predicted probability of each case
   * @param positive the outcome of each case
   * @return the mean log loss; 0 without cases
   */
  public static double logLoss(double[] p, boolean[] positive) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double q = AliveLogistic.clamp(p[i]);
      sum -= positive[i] ? Math.log(q) : Math.log1p(-q);
    }
    return p.length == 0 ? 0 : sum / p.length;
  }

  /**
   * The calibration error: the cases sorted by prediction (ties by index) and cut into ten groups
   * of (nearly) equal size, the size-weighted mean over groups of |mean prediction − share
   * positive|.
   *
   * @param p the predicted probability of each case
   * @param positive the outcome of each case
   * @return the calibration error, in [0, 1]; 0 without cases
   */
  public static double calibrationError(double[] p, boolean[] positive) {
    int n = p.length;
    int[] order =
        IndexSort.order(
            n,
            (i, j) -> {
              int c = Double.compare(p[i], p[j]);
              return c != 0 ? c : Integer.compare(i, j);
            });
    double error = 0;
    for (int d = 0; d < 10 && n > 0; d++) {
      int from = (int) ((long) n * d / 10);
      int to = (int) ((long) n * (d + 1) / 10);
      double predicted = 0;
      double actual = 0;
      for (int k = from; k < to; k++) {
        predicted += p[order[k]];
        actual += positive[order[k]] ? 1 : 0;
      }
      error += Math.abs(predicted - actual);
    }
    return n == 0 ? 0 : error / n;
  }
}
