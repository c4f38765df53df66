package dev.reactivator.core.insight.internal;

import java.util.Arrays;

/**
 * Rank-based quintile scores with ties sharing a score: a value's score is
 * {@code 1 + floor(5 × w / n)} where {@code w} is the number of values strictly worse than it.
 */
public final class Quintiles {
  private Quintiles() {}

  /** Scores where larger values are better. */
  public static int[] higherIsBetter(double[] values) {
    int n = values.length;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int[] score = new int[n];
    for (int i = 0; i < n; i++) {
      int worse = lowerBound(sorted, values[i]);
      score[i] = 1 + (int) (5L * worse / n);
    }
    return score;
  }

  /** Scores where smaller values are better. */
  public static int[] lowerIsBetter(double[] values) {
    int n = values.length;
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int[] score = new int[n];
    for (int i = 0; i < n; i++) {
      int worse = n - upperBound(sorted, values[i]);
      score[i] = 1 + (int) (5L * worse / n);
    }
    return score;
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

  /** Groups indices {@code 0…n-1} by a label in {@code 0…labels-1}, each group ascending. */
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
