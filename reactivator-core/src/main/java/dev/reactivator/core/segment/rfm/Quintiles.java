package dev.reactivator.core.segment.rfm;

import java.util.Arrays;

/**
 * Rank-based quintile scores with ties sharing a score: a value's score is {@code 1 + floor(5 × w /
 * n)} where {@code w} is the number of values strictly worse than it.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class Quintiles {
  private Quintiles() {}

  /**
   * Scores where larger values are better. {@code floor(5w/n) ≥ s} exactly when {@code w ≥
   * ⌈s·n/5⌉}, and w (the values strictly below v) is at least t exactly when the t-th smallest
   * value is below v; so each score takes five comparisons with the sorted values at the quintile
   * ranks instead of a binary search (the same predicates as {@link #lowerBound} and {@link
   * #upperBound}, so ties, −0.0 and NaN score as before).
   *
   * @param values one value per customer
   * @return each customer's score, 1 (worst) to 5 (best), in the order of {@code values}
   */
  public static int[] higherIsBetter(double[] values) {
    int n = values.length;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int[] score = new int[n];
    if (n == 0) {
      return score;
    }
    double[] cut = new double[5];
    for (int s = 1; s <= 5; s++) {
      cut[s - 1] = sorted[rank(s, n) - 1];
    }
    for (int i = 0; i < n; i++) {
      double v = values[i];
      int sc = 1;
      for (int s = 0; s < 5; s++) {
        if (cut[s] < v) {
          sc++;
        }
      }
      score[i] = sc;
    }
    return score;
  }

  /**
   * Scores where smaller values are better: as {@link #higherIsBetter} with w the values strictly
   * above v, which is at least t exactly when the t-th largest value is above v.
   *
   * @param values one value per customer
   * @return each customer's score, 1 (worst) to 5 (best), in the order of {@code values}
   */
  public static int[] lowerIsBetter(double[] values) {
    int n = values.length;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int[] score = new int[n];
    if (n == 0) {
      return score;
    }
    double[] cut = new double[5];
    for (int s = 1; s <= 5; s++) {
      cut[s - 1] = sorted[n - rank(s, n)];
    }
    for (int i = 0; i < n; i++) {
      double v = values[i];
      int sc = 1;
      for (int s = 0; s < 5; s++) {
        // the predicate of upperBound, so NaN counts as worse exactly as before
        if (!(cut[s] <= v)) {
          sc++;
        }
      }
      score[i] = sc;
    }
    return score;
  }

  /**
   * {@code ⌈s·n/5⌉}: the fewest worse values that give a score above s; between 1 and n for s in
   * 1..5, n ≥ 1.
   */
  private static int rank(int s, int n) {
    return (int) ((5L - 1 + (long) s * n) / 5);
  }

  /** The number of elements of {@code sorted} strictly less than {@code v}. */
  static int lowerBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The number of elements of {@code sorted} less than or equal to {@code v}. */
  static int upperBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Groups indices {@code 0…n-1} by a label in {@code 0…labels-1}, each group ascending.
   *
   * @param label each index's label, 0 to {@code labels − 1}; negative labels are left out
   * @param labels the number of labels
   * @return one ascending list of indices per label, in label order
   */
  public static int[][] groupBy(int[] label, int labels) {
    int[] size = new int[labels];
    for (int l : label) {
      if (l >= 0) {
        size[l]++;
      }
    }
    int[][] groups = new int[labels][];
    for (int l = 0; l < labels; l++) {
      groups[l] = new int[size[l]];
    }
    int[] fill = new int[labels];
    for (int i = 0; i < label.length; i++) {
      int l = label[i];
      if (l >= 0) {
        groups[l][fill[l]++] = i;
      }
    }
    return groups;
  }
}
