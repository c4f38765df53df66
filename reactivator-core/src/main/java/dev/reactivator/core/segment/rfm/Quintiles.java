package dev.reactivator.core.segment.rfm;

import java.util.Arrays;

/**
 * Rank-based quintile scores with ties sharing their mid-rank: a value's score is {@code 1 +
 * floor(5 × (w + e / 2) / n)} where {@code w} is the number of values strictly worse than it and
 * {@code e} the number equal to it (itself included), so identical customers get identical scores,
 * the scores do not depend on the order of the customers, distinct values fill the five scores
 * evenly, and a base whose values are all equal scores 3 everywhere (neither best nor worst).
 * Values are compared as {@link Double#compare} orders them.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class Quintiles {
  private Quintiles() {}

  /**
   * Scores where larger values are better: {@code w} counts the smaller values.
   *
   * @param values one value per customer
   * @return each customer's score, 1 (worst) to 5 (best), in the order of {@code values}
   */
  public static int[] higherIsBetter(double[] values) {
    return scores(values, true);
  }

  /**
   * Scores where smaller values are better: {@code w} counts the larger values.
   *
   * @param values one value per customer
   * @return each customer's score, 1 (worst) to 5 (best), in the order of {@code values}
   */
  public static int[] lowerIsBetter(double[] values) {
    return scores(values, false);
  }

  private static int[] scores(double[] values, boolean higherIsBetter) {
    int n = values.length;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int[] score = new int[n];
    for (int i = 0; i < n; i++) {
      double v = values[i];
      int below = lowerBound(sorted, v);
      int upTo = upperBound(sorted, v);
      int worse = higherIsBetter ? below : n - upTo;
      score[i] = score(worse, upTo - below, n);
    }
    return score;
  }

  /**
   * {@code 1 + floor(5 × (worse + equal / 2) / n)}, at most 5.
   *
   * @param worse the values strictly worse
   * @param equal the values equal, the scored one included (at least 1)
   * @param n all values
   */
  static int score(int worse, int equal, int n) {
    return score((long) worse, (long) equal, (long) n);
  }

  /**
   * One value's score from its counts, {@code 1 + floor(5 × (worse + equal / 2) / n)}, at most 5:
   * the formula every score of this class uses, for callers that count the values themselves (the
   * Spark job counts them distributed, one group per distinct value).
   *
   * @param worse the values strictly worse than the scored one
   * @param equal the values equal to it, the scored one included (at least 1)
   * @param n all values ({@code worse + equal ≤ n})
   * @return the score, 1 (worst) to 5 (best)
   * @throws IllegalArgumentException if {@code equal < 1}, {@code worse < 0} or {@code worse +
   *     equal > n}
   */
  public static int score(long worse, long equal, long n) {
    if (equal < 1 || worse < 0 || worse + equal > n) {
      throw new IllegalArgumentException(
          "expected 0 <= worse, 1 <= equal, worse + equal <= n; was "
              + worse
              + ", "
              + equal
              + ", "
              + n);
    }
    return 1 + (int) Math.min(4, 5 * (2 * worse + equal) / (2 * n));
  }

  /**
   * The number of elements of {@code sorted} ordered before {@code v} by {@link Double#compare}.
   */
  static int lowerBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(sorted[mid], v) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The number of elements of {@code sorted} not ordered after {@code v} by {@link Double#compare}.
   */
  static int upperBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(sorted[mid], v) <= 0) {
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
