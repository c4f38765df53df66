package dev.reactivator.core.segment.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An immutable list whose elements are built on every read by a function of the index and not kept,
 * for long lists that callers read once from head to tail or only at the head (the call list of a
 * million customers): the list holds only the function, so a renderer walking all rows never keeps
 * more than the row at hand (kept rows cost about 250 bytes each with their timing, date and
 * profile objects, 50 MB at 200 000 customers). The function must be pure and never return {@code
 * null}: two reads of one index give equal objects. Safe to read from several threads when the
 * function is. Internal.
 *
 * @param <T> the element type
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final IntFunction<? extends T> element;

  /** A list of {@code size} elements, element i being {@code element.apply(i)}. */
  public LazyList(int size, IntFunction<? extends T> element) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    this.size = size;
    this.element = Objects.requireNonNull(element, "element");
  }

  @Override
  public T get(int index) {
    Objects.checkIndex(index, size);
    return Objects.requireNonNull(element.apply(index), "element");
  }

  @Override
  public int size() {
    return size;
  }
}
