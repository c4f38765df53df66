package dev.reactivator.core.segment.widget;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * An immutable list of {@code int} values (customer indices, scores) stored without boxing. It is a
 * read-only {@code List<Integer>}, so it compares equal to any list holding the same values, and it
 * offers {@link #getInt(int)}, {@link #intStream()} and {@link #toIntArray()} for primitive access.
 *
 * <p>A long ascending list of non-negative values (most customer groups: customer indices in base
 * order) is held in two bytes a value instead of four: the low 16 bits of each value, and for each
 * block of 65 536 values where its entries start. The values read back are the same.
 *
 * <p>Immutable and thread-safe.
 */
public final class IntList extends AbstractList<Integer> implements RandomAccess {
  private static final IntList EMPTY = new IntList(new int[0]);

  /** From this many values an ascending list is held in the packed form. */
  static final int PACK_FROM = 256;

  /** The values, or null when packed. */
  private final int[] values;

  /** Packed: the low 16 bits of each value. */
  private final char[] low;

  /**
   * Packed: {@code blockStart[b]} is the position of the first value {@code >= b << 16}; one entry
   * per block up to the last value's, then {@code size}.
   */
  private final int[] blockStart;

  private final int size;

  private IntList(int[] values) {
    this.values = values;
    this.low = null;
    this.blockStart = null;
    this.size = values.length;
  }

  private IntList(char[] low, int[] blockStart) {
    this.values = null;
    this.low = low;
    this.blockStart = blockStart;
    this.size = low.length;
  }

  /** The list over an array nobody else holds: packed when it is long, ascending and ≥ 0. */
  private static IntList make(int[] owned) {
    int n = owned.length;
    if (n == 0) {
      return EMPTY;
    }
    if (n < PACK_FROM || owned[0] < 0) {
      return new IntList(owned);
    }
    for (int i = 1; i < n; i++) {
      if (owned[i] < owned[i - 1]) {
        return new IntList(owned);
      }
    }
    int blocks = (owned[n - 1] >>> 16) + 1;
    if (blocks > n / 4) {
      return new IntList(owned);
    }
    char[] low = new char[n];
    int[] blockStart = new int[blocks + 1];
    int b = 0;
    for (int i = 0; i < n; i++) {
      int v = owned[i];
      while (b < (v >>> 16)) {
        blockStart[++b] = i;
      }
      low[i] = (char) v;
    }
    blockStart[blocks] = n;
    return new IntList(low, blockStart);
  }

  /** Packed: the value at position {@code i}. */
  private int unpack(int i) {
    int lo = 0;
    int hi = blockStart.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (blockStart[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return (lo << 16) | low[i];
  }

  /** Every value into a new array. */
  private int[] unpackAll() {
    int[] out = new int[size];
    for (int b = 0; b + 1 < blockStart.length; b++) {
      int high = b << 16;
      for (int i = blockStart[b], e = blockStart[b + 1]; i < e; i++) {
        out[i] = high | low[i];
      }
    }
    return out;
  }

  /**
   * A list holding a copy of {@code values}.
   *
   * @param values the values to copy
   * @return a list holding a copy of {@code values}
   */
  public static IntList of(int... values) {
    Objects.requireNonNull(values, "values");
    return make(values.clone());
  }

  /**
   * A list holding a copy of {@code values[from … to-1]}.
   *
   * @param values the array to copy from
   * @param from the first position copied, inclusive
   * @param to the end position, exclusive
   * @return a list holding a copy of {@code values[from … to-1]}
   */
  public static IntList copyOf(int[] values, int from, int to) {
    Objects.requireNonNull(values, "values");
    return make(Arrays.copyOfRange(values, from, to));
  }

  /**
   * A list holding a copy of the first {@code size} values of {@code values}.
   *
   * @param values the array to copy from
   * @param size how many leading values to copy, 0 to {@code values.length}
   * @return a list holding a copy of the first {@code size} values of {@code values}
   */
  public static IntList of(int[] values, int size) {
    Objects.requireNonNull(values, "values");
    return make(Arrays.copyOf(values, size));
  }

  /**
   * {@code list} itself when it is an {@code IntList}, else an immutable copy (nulls rejected).
   *
   * @param list the values, none of them null
   * @return an immutable {@code IntList} with the same values in the same order
   */
  public static IntList copyOf(List<Integer> list) {
    if (list instanceof IntList l) {
      return l;
    }
    int[] a = new int[list.size()];
    int i = 0;
    for (Integer v : list) {
      a[i++] = Objects.requireNonNull(v, "customer index");
    }
    return wrap(a);
  }

  /**
   * The empty list.
   *
   * @return the empty list
   */
  public static IntList empty() {
    return EMPTY;
  }

  /** Wraps an array the caller hands over and never touches again (this package only). */
  static IntList wrap(int[] values) {
    return make(values);
  }

  /**
   * The value at {@code index}, unboxed.
   *
   * @param index the position, 0 to {@code size() − 1}
   * @return the value at {@code index}, unboxed
   */
  public int getInt(int index) {
    Objects.checkIndex(index, size);
    return values != null ? values[index] : unpack(index);
  }

  @Override
  public Integer get(int index) {
    return getInt(index);
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Whether {@code value} occurs in the list (linear scan).
   *
   * @param value the value to look for
   * @return whether {@code value} occurs in the list (linear scan)
   */
  public boolean containsInt(int value) {
    if (values == null) {
      int b = value >>> 16;
      if (value < 0 || b + 1 >= blockStart.length) {
        return false;
      }
      for (int i = blockStart[b], e = blockStart[b + 1]; i < e; i++) {
        if (low[i] == (char) value) {
          return true;
        }
      }
      return false;
    }
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * The values as a stream.
   *
   * @return the values as a stream
   */
  public IntStream intStream() {
    return values != null ? Arrays.stream(values) : IntStream.range(0, size).map(this::unpack);
  }

  /**
   * A copy of the values.
   *
   * @return a copy of the values
   */
  public int[] toIntArray() {
    return values != null ? values.clone() : unpackAll();
  }

  /**
   * A growable buffer of indices.
   *
   * <p>Not thread-safe: use one builder per thread; what it builds is immutable.
   */
  public static final class Builder {
    private int[] a = new int[16];
    private int n;

    /** An empty builder. */
    public Builder() {}

    /**
     * Appends {@code v}.
     *
     * @param v the value to append
     */
    public void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    /**
     * The number of values added.
     *
     * @return the number of values added
     */
    public int size() {
      return n;
    }

    /**
     * The values added, in order.
     *
     * @return the values added, in order
     */
    public IntList build() {
      return of(a, n);
    }

    /**
     * The values sorted by {@code key} descending, ties by index ascending.
     *
     * @param key the sort key of each value, indexed by the value itself (so values must be valid
     *     indices of {@code key})
     * @return the values sorted by {@code key} descending, ties by index ascending
     */
    public IntList buildSortedDescending(double[] key) {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = a[i];
      }
      Arrays.sort(
          boxed,
          (x, y) -> {
            int cmp = Double.compare(key[y], key[x]);
            return cmp != 0 ? cmp : Integer.compare(x, y);
          });
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = boxed[i];
      }
      return wrap(out);
    }
  }
}
