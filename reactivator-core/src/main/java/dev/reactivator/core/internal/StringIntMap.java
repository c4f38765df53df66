package dev.reactivator.core.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code String} to non-negative {@code int}, without boxing or
 * entry objects: two parallel arrays, linear probing, load factor at most 1/2. For interning
 * millions of keys with a small footprint. Not thread-safe; no removal. Internal.
 */
public final class StringIntMap {
  private String[] keys;
  private int[] values;
  private int size;
  private int mask;

  /** An empty map sized for about {@code expected} keys. */
  public StringIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new String[cap];
    values = new int[cap];
    mask = cap - 1;
  }

  /** The number of keys. */
  public int size() {
    return size;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The value of {@code key}, or -1 when absent. */
  public int get(String key) {
    int i = spread(key.hashCode()) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /**
   * The value of {@code key}; when absent, stores {@code valueIfAbsent} (non-negative) and returns
   * {@code -1 - valueIfAbsent}, so the caller can tell an insertion ({@code < 0}) from a hit.
   */
  public int getOrPut(String key, int valueIfAbsent) {
    int i = spread(key.hashCode()) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = valueIfAbsent;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1 - valueIfAbsent;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldValues = values;
    int cap = oldKeys.length * 2;
    keys = new String[cap];
    values = new int[cap];
    mask = cap - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      String k = oldKeys[j];
      if (k != null) {
        int i = spread(k.hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = oldValues[j];
      }
    }
    Arrays.fill(oldKeys, null);
  }
}
