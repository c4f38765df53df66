package dev.reactivator.core.segment.abc;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.features.ExactSum;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import dev.reactivator.core.segment.widget.IntList;
import java.util.List;
import java.util.Objects;

/**
 * ABC (Pareto) analysis: customers sorted by total spent, descending (ties by ascending index); a
 * customer is in A when the revenue of the customers ranked before it is below {@code aShare ×
 * total}, in B when below {@code abShare × total}, otherwise in C ({@link #classOf}, with the
 * revenues summed exactly). The top customer is therefore always in A. See {@code docs/metrics.md},
 * "Growth points".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class AbcAnalysis {
  private AbcAnalysis() {}

  /**
   * ABC classes with the default 80/15/5 split.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return every customer's ABC class by historical revenue
   */
  public static AbcResult compute(CustomerBase base) {
    return compute(base, AbcOptions.defaults());
  }

  /**
   * ABC classes with the given thresholds.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the class thresholds, as cumulative revenue shares
   * @return every customer's ABC class by historical revenue
   */
  public static AbcResult compute(CustomerBase base, AbcOptions options) {
    Objects.requireNonNull(options, "options");
    return compute(PurchaseColumns.of(base), options);
  }

  /**
   * ABC classes computed from precomputed purchase columns; the entry point the segment stage uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @param options the class thresholds, as cumulative revenue shares
   * @return every customer's ABC class by historical revenue
   */
  static AbcResult compute(PurchaseColumns col, AbcOptions options) {
    int n = col.n;
    double[] total = col.total;
    int[] order = sortedByRevenueDesc(total);
    ExactSum all = new ExactSum();
    for (double t : total) {
      all.add(t);
    }
    double sum = all.doubleValue();
    int[] cls = new int[n];
    ExactSum before = new ExactSum();
    int[] size = new int[3];
    double[] rev = new double[3];
    for (int i = 0; i < n; i++) {
      int c = order[i];
      int k = classOf(before.doubleValue(), i == 0, sum, options);
      cls[c] = k;
      size[k]++;
      rev[k] += total[c];
      before.add(total[c]);
    }
    int[][] members = new int[3][];
    for (int k = 0; k < 3; k++) {
      members[k] = new int[size[k]];
    }
    int[] fill = new int[3];
    for (int c = 0; c < n; c++) {
      members[cls[c]][fill[cls[c]]++] = c;
    }
    String[] keys = {"abc-a", "abc-b", "abc-c"};
    AbcGroup[] groups = new AbcGroup[3];
    for (int k = 0; k < 3; k++) {
      groups[k] =
          new AbcGroup(
              keys[k],
              IntList.of(members[k]),
              rev[k],
              sum > 0 ? rev[k] / sum : 0,
              n > 0 ? (double) size[k] / n : 0);
    }
    return new AbcResult(sum, IntList.of(order), List.of(groups));
  }

  /**
   * The class of one customer from the revenue ranked before it: A ({@code 0}) while that revenue
   * is below {@code aShare × total}, and always for the top customer; B ({@code 1}) while below
   * {@code abShare × total}; else C ({@code 2}). The revenues are exact sums rounded once ({@link
   * ExactSum}), so a sum computed by partitions gives the same class.
   *
   * @param before the revenue of the customers ranked before this one (total spent descending, ties
   *     by ascending index), an exact sum rounded once
   * @param first whether the customer is ranked first
   * @param total the whole base's revenue, an exact sum rounded once
   * @param options the class thresholds
   * @return 0 for A, 1 for B, 2 for C
   */
  public static int classOf(double before, boolean first, double total, AbcOptions options) {
    return before < options.aShare() * total || first
        ? 0
        : before < options.abShare() * total ? 1 : 2;
  }

  /** Indices sorted by value descending, ties by ascending index (stable sort on primitives). */
  static int[] sortedByRevenueDesc(double[] value) {
    int n = value.length;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    int[] tmp = new int[n];
    mergeSort(idx, tmp, 0, n, value);
    return idx;
  }

  private static void mergeSort(int[] a, int[] tmp, int from, int to, double[] v) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && v[a[j]] < v[x]) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, v);
    mergeSort(a, tmp, mid, to, v);
    if (v[a[mid - 1]] >= v[a[mid]]) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      a[k++] = v[tmp[j]] > v[tmp[i]] ? tmp[j++] : tmp[i++];
    }
    while (i < mid) {
      a[k++] = tmp[i++];
    }
    while (j < to) {
      a[k++] = tmp[j++];
    }
  }
}
