package dev.reactivator.core.analysis.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of customer indices backed by an {@code int[]}: boxes an element only when it is
 * read, so that groups of a million customers cost four bytes per customer. Internal.
 */
public final class IntList extends AbstractList<Integer> implements RandomAccess {
  private static final IntList EMPTY = new IntList(new int[0], 0);
  private final int[] values;
  private final int size;

  private IntList(int[] values, int size) {
    this.values = values;
    this.size = size;
  }

  /** The first {@code size} values of {@code values}, copied. */
  public static IntList of(int[] values, int size) {
    return size == 0 ? EMPTY : new IntList(Arrays.copyOf(values, size), size);
  }

  /** {@code list} itself when it is an {@code IntList}, else an immutable copy (nulls rejected). */
  public static List<Integer> copyOf(List<Integer> list) {
    if (list instanceof IntList) {
      return list;
    }
    int[] a = new int[list.size()];
    int i = 0;
    for (Integer v : list) {
      a[i++] = java.util.Objects.requireNonNull(v, "customer index");
    }
    return of(a, a.length);
  }

  @Override
  public Integer get(int index) {
    java.util.Objects.checkIndex(index, size);
    return values[index];
  }

  /** The value at {@code index}, unboxed. */
  public int getInt(int index) {
    java.util.Objects.checkIndex(index, size);
    return values[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** A growable buffer of indices. */
  public static final class Builder {
    private int[] a = new int[16];
    private int n;

    /** Appends {@code v}. */
    public void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    /** The number of values added. */
    public int size() {
      return n;
    }

    /** The values added, in order. */
    public IntList build() {
      return of(a, n);
    }

    /** The values sorted by {@code key} descending, ties by index ascending. */
    public IntList buildSortedDescending(double[] key) {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = a[i];
      }
      Arrays.sort(boxed, (x, y) -> {
        int cmp = Double.compare(key[y], key[x]);
        return cmp != 0 ? cmp : Integer.compare(x, y);
      });
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = boxed[i];
      }
      return of(out, n);
    }
  }
}
