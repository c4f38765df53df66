package dev.reactivator.core.segment.internal;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Remembers the columns computed for a base while both are in use, so that every calculator of one
 * segmentation reads one copy: keys by identity, held weakly, values held weakly too (a value that
 * refers to its key must not keep it alive). Thread-safe. Internal.
 *
 * @param <K> the key, compared by identity (it must not override {@code equals})
 * @param <V> the value
 */
public final class Memo<K, V> {
  private final Map<K, WeakReference<V>> values = new WeakHashMap<>();

  /** The value of {@code key}, computed by {@code f} when absent or collected. */
  public V get(K key, Function<K, V> f) {
    synchronized (values) {
      WeakReference<V> ref = values.get(key);
      V v = ref == null ? null : ref.get();
      if (v != null) {
        return v;
      }
    }
    V v = f.apply(key);
    synchronized (values) {
      values.put(key, new WeakReference<>(v));
    }
    return v;
  }
}
