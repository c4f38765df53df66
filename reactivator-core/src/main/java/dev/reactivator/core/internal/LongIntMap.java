package dev.reactivator.core.internal;

import java.util.Arrays;

/** An open-addressing map from non-negative {@code long} keys to {@code int} counts. */
public final class LongIntMap {
  private long[] keys;
  private int[] values;
  private int size;

  /** An empty map. */
  public LongIntMap() {
    keys = new long[64];
    values = new int[64];
    Arrays.fill(keys, -1L);
  }

  /** Adds {@code delta} to the count of {@code key} (≥ 0). */
  public void add(long key, int delta) {
    int mask = keys.length - 1;
    int i = hash(key) & mask;
    while (keys[i] != -1L) {
      if (keys[i] == key) {
        values[i] += delta;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = delta;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  /** The count of {@code key}, 0 when absent. */
  public int get(long key) {
    int mask = keys.length - 1;
    int i = hash(key) & mask;
    while (keys[i] != -1L) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /** The number of keys. */
  public int size() {
    return size;
  }

  /** The keys, in no particular order. */
  public long[] keys() {
    long[] out = new long[size];
    int w = 0;
    for (long k : keys) {
      if (k != -1L) {
        out[w++] = k;
      }
    }
    return out;
  }

  private void grow() {
    long[] ok = keys;
    int[] ov = values;
    keys = new long[ok.length * 2];
    values = new int[ok.length * 2];
    Arrays.fill(keys, -1L);
    size = 0;
    for (int i = 0; i < ok.length; i++) {
      if (ok[i] != -1L) {
        add(ok[i], ov[i]);
      }
    }
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
