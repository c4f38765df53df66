package dev.reactivator.core.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code String} to non-negative {@code int}, without boxing or
 * entry objects: parallel arrays, linear probing, load factor at most 1/2. Each slot keeps the
 * key's hash next to its value, so a probe that lands on another key is rejected without reading
 * that key's characters (a cache miss per probe on millions of scattered strings). For interning
 * millions of keys with a small footprint. Not thread-safe; no removal. Internal.
 */
public final class StringIntMap {
  private String[] keys;
  private int[] hashes;
  private int[] values;
  private int size;
  private int mask;

  /** An empty map sized for about {@code expected} keys. */
  public StringIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new String[cap];
    hashes = new int[cap];
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
    int h = spread(key.hashCode());
    int i = h & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && k.equals(key)) {
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
    int h = spread(key.hashCode());
    int i = h & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = h;
    values[i] = valueIfAbsent;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1 - valueIfAbsent;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldValues = values;
    int cap = oldKeys.length * 2;
    keys = new String[cap];
    hashes = new int[cap];
    values = new int[cap];
    mask = cap - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      String k = oldKeys[j];
      if (k != null) {
        int h = oldHashes[j];
        int i = h & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        hashes[i] = h;
        values[i] = oldValues[j];
      }
    }
    Arrays.fill(oldKeys, null);
  }
}
