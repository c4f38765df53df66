package dev.reactivator.core.segment.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An immutable list whose elements are built on first read by a function of the index and then
 * kept, for long lists of which callers usually read only the head (the call list of a million
 * customers). The function must be pure and never return {@code null}. Safe to read from several
 * threads: elements must be immutable, and one built twice by a race is an equal object. Internal.
 *
 * @param <T> the element type
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final IntFunction<? extends T> element;
  private final Object[] built;

  /** A list of {@code size} elements, element i being {@code element.apply(i)}. */
  public LazyList(int size, IntFunction<? extends T> element) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    this.size = size;
    this.element = Objects.requireNonNull(element, "element");
    this.built = new Object[size];
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, size);
    Object v = built[index];
    if (v == null) {
      v = Objects.requireNonNull(element.apply(index), "element");
      built[index] = v;
    }
    return (T) v;
  }

  @Override
  public int size() {
    return size;
  }
}
