package dev.reactivator.core.insight;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * An immutable list of {@code int} values (customer indices, scores) stored without boxing. It is a
 * read-only {@code List<Integer>}, so it compares equal to any list holding the same values, and it
 * offers {@link #getInt(int)}, {@link #intStream()} and {@link #toIntArray()} for primitive access.
 */
public final class IntList extends AbstractList<Integer> implements RandomAccess {
  private static final IntList EMPTY = new IntList(new int[0]);
  private final int[] values;

  private IntList(int[] values) {
    this.values = values;
  }

  /** A list holding a copy of {@code values}. */
  public static IntList of(int... values) {
    Objects.requireNonNull(values, "values");
    return values.length == 0 ? EMPTY : new IntList(values.clone());
  }

  /** A list holding a copy of {@code values[from … to-1]}. */
  public static IntList copyOf(int[] values, int from, int to) {
    Objects.requireNonNull(values, "values");
    return to == from ? EMPTY : new IntList(Arrays.copyOfRange(values, from, to));
  }

  /** The empty list. */
  public static IntList empty() {
    return EMPTY;
  }

  /** Wraps an array the caller hands over and never touches again. */
  static IntList wrap(int[] values) {
    return values.length == 0 ? EMPTY : new IntList(values);
  }

  /** The value at {@code index}, unboxed. */
  public int getInt(int index) {
    return values[Objects.checkIndex(index, values.length)];
  }

  @Override
  public Integer get(int index) {
    return getInt(index);
  }

  @Override
  public int size() {
    return values.length;
  }

  /** Whether {@code value} occurs in the list (linear scan). */
  public boolean containsInt(int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /** The values as a stream. */
  public IntStream intStream() {
    return Arrays.stream(values);
  }

  /** A copy of the values. */
  public int[] toIntArray() {
    return values.clone();
  }
}
