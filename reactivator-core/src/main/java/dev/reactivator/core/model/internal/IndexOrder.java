package dev.reactivator.core.model.internal;

import java.util.Arrays;
import java.util.Comparator;

/** The order of row indices by a comparison of their rows, for the likelihoods' grouping. */
final class IndexOrder {
  private IndexOrder() {}

  /**
   * The indices {@code 0 … n − 1} sorted by {@code rows} (stable: equal rows keep their index
   * order).
   */
  static int[] of(int n, Comparator<Integer> rows) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, rows);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
