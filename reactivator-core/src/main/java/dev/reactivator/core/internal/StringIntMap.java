package dev.reactivator.core.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code String} to non-negative {@code int}, without boxing,
 * entry objects or retained {@code String}s: the keys' characters are copied into one growing
 * {@code char[]} arena, next to their value and length, and each table slot is one {@code long}
 * (the key's hash and its place in the arena). A lookup reads one slot and, on a hash match, one
 * contiguous run of the arena: two memory accesses, where a table of {@code String}s needs the
 * slot, the {@code String}, its bytes and the value array. Linear probing, load factor at most 1/2.
 * Keys are numbered in insertion order for {@link #key}. For interning millions of keys with a
 * small footprint and little work for the garbage collector. Not thread-safe; no removal. Internal.
 */
public final class StringIntMap {
  private static final int HEADER = 4; // value (2 chars), length (2 chars), then the characters

  private long[] table; // 0 = empty, else hash << 32 | (arena offset + 1)
  private int mask;
  private char[] arena;
  private int used;
  private int[] entries; // arena offset of the i-th inserted key
  private int size;

  /** An empty map sized for about {@code expected} keys. */
  public StringIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[cap];
    mask = cap - 1;
    arena = new char[Math.max(64, expected * 16)];
    entries = new int[Math.max(16, expected)];
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
    long slot;
    while ((slot = table[i]) != 0) {
      if ((int) (slot >>> 32) == h) {
        int off = (int) slot - 1;
        if (matches(off, key)) {
          return value(off);
        }
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
    long slot;
    while ((slot = table[i]) != 0) {
      if ((int) (slot >>> 32) == h) {
        int off = (int) slot - 1;
        if (matches(off, key)) {
          return value(off);
        }
      }
      i = (i + 1) & mask;
    }
    int off = append(key, valueIfAbsent);
    table[i] = ((long) h << 32) | (off + 1L);
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
    }
    entries[size] = off;
    if (++size * 2 > table.length) {
      grow();
    }
    return -1 - valueIfAbsent;
  }

  /** The {@code entry}-th key inserted ({@code 0 ≤ entry < size()}), as a new {@code String}. */
  public String key(int entry) {
    if (entry < 0 || entry >= size) {
      throw new IndexOutOfBoundsException(entry);
    }
    int off = entries[entry];
    return new String(arena, off + HEADER, length(off));
  }

  private int value(int off) {
    return (arena[off] << 16) | arena[off + 1];
  }

  private int length(int off) {
    return (arena[off + 2] << 16) | arena[off + 3];
  }

  private boolean matches(int off, String key) {
    int n = key.length();
    if (length(off) != n) {
      return false;
    }
    char[] a = arena;
    int from = off + HEADER;
    for (int j = 0; j < n; j++) {
      if (a[from + j] != key.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private int append(String key, int value) {
    int n = key.length();
    long need = (long) used + HEADER + n;
    if (need > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("more than 2^31 characters of keys");
    }
    if (need > arena.length) {
      arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, arena.length * 2L)));
    }
    int off = used;
    arena[off] = (char) (value >>> 16);
    arena[off + 1] = (char) value;
    arena[off + 2] = (char) (n >>> 16);
    arena[off + 3] = (char) n;
    key.getChars(0, n, arena, off + HEADER);
    used = off + HEADER + n;
    return off;
  }

  private void grow() {
    long[] old = table;
    int cap = old.length * 2;
    table = new long[cap];
    mask = cap - 1;
    for (long slot : old) {
      if (slot != 0) {
        int i = (int) (slot >>> 32) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = slot;
      }
    }
  }
}
