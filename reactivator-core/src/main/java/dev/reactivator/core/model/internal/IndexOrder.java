package dev.reactivator.core.model.internal;

import dev.reactivator.core.internal.IndexSort;

/** The order of row indices by a comparison of their rows, for the likelihoods' grouping. */
final class IndexOrder {
  private IndexOrder() {}

  /**
   * The indices {@code 0 … n − 1} sorted by {@code rows} (stable: equal rows keep their index
   * order).
   */
  static int[] of(int n, IndexSort.IntComparator rows) {
    return IndexSort.order(n, rows);
  }
}
