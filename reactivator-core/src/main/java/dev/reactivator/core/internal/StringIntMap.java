package dev.reactivator.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An open-addressing hash map from {@code String} to non-negative {@code int}, without boxing,
 * entry objects or retained {@code String}s. Each table slot is two {@code int}s in one array (8
 * bytes): the key's hash and its entry (its insertion number); the entry gives the value and the
 * key's place in an arena that holds every key's length and characters — one byte a character while
 * every key is Latin-1 (ids, phones and e-mails), else one {@code char}. A hash match is confirmed
 * against the arena: one more contiguous read, where a table of {@code String}s needs the slot, the
 * {@code String}, its bytes and a value array. Linear probing, load factor at most 3/4. Keys are
 * numbered in insertion order for {@link #key}. For interning millions of keys with a small
 * footprint and little work for the garbage collector. Not thread-safe; no removal. Internal.
 */
public final class StringIntMap {
  private static final int HEADER = 2; // length (2 units), then the characters

  private int[] table; // slot i: [2i] hash, [2i+1] entry + 1; 0 = empty
  private int mask;
  // the arena: bytes while every key is Latin-1 (header: length in 2 bytes, so < 65 536), else
  // chars (header: length in 2 chars); exactly one is non-null, and both use the same offsets
  private byte[] bytes;
  private char[] chars;
  private int used;
  private int[] entries; // arena offset of the i-th inserted key
  private int[] values; // value of the i-th inserted key
  private int size;

  /** An empty map sized for about {@code expected} keys. */
  public StringIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new int[2 * cap];
    mask = cap - 1;
    bytes = new byte[Math.max(64, expected * 16)];
    entries = new int[Math.max(16, expected)];
    values = new int[entries.length];
  }

  /** The number of keys. */
  public int size() {
    return size;
  }

  /** The hash of a key, spread over the bits a power-of-two table uses. */
  private static int hashOf(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** The value of {@code key}, or -1 when absent. */
  public int get(String key) {
    int h = hashOf(key);
    int[] t = index();
    int i = h & mask;
    int e;
    while ((e = t[2 * i + 1]) != 0) {
      if (t[2 * i] == h && matches(entries[e - 1], key)) {
        return values[e - 1];
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
    int h = hashOf(key);
    int[] t = index();
    int i = h & mask;
    int e;
    while ((e = t[2 * i + 1]) != 0) {
      if (t[2 * i] == h && matches(entries[e - 1], key)) {
        return values[e - 1];
      }
      i = (i + 1) & mask;
    }
    int off = append(key);
    if (size == entries.length) {
      // by half: less spare room held, and less copied at once, than doubling
      int grown = size + (size >> 1) + 16;
      entries = Arrays.copyOf(entries, grown);
      values = Arrays.copyOf(values, grown);
    }
    entries[size] = off;
    values[size] = valueIfAbsent;
    t[2 * i] = h;
    t[2 * i + 1] = size + 1;
    if (++size * 4L > (mask + 1) * 3L) {
      grow();
    }
    return -1 - valueIfAbsent;
  }

  /** The {@code entry}-th key inserted ({@code 0 ≤ entry < size()}), as a new {@code String}. */
  public String key(int entry) {
    int off = offset(entry);
    int n = lengthAt(off);
    return bytes != null
        ? new String(bytes, off + HEADER, n, StandardCharsets.ISO_8859_1)
        : new String(chars, off + HEADER, n);
  }

  /** The length of the {@code entry}-th key, without making it a {@code String}. */
  public int length(int entry) {
    return lengthAt(offset(entry));
  }

  /** Character {@code i} of the {@code entry}-th key ({@code 0 ≤ i < length(entry)}). */
  public char charAt(int entry, int i) {
    int off = offset(entry);
    return bytes != null ? (char) (bytes[off + HEADER + i] & 0xFF) : chars[off + HEADER + i];
  }

  /**
   * Compares the {@code a}-th and the {@code b}-th keys as {@link String#compareTo} does, without
   * making them {@code String}s.
   */
  public int compare(int a, int b) {
    int oa = offset(a);
    int ob = offset(b);
    int na = lengthAt(oa);
    int nb = lengthAt(ob);
    int n = Math.min(na, nb);
    oa += HEADER;
    ob += HEADER;
    if (bytes != null) {
      int m = Arrays.compareUnsigned(bytes, oa, oa + n, bytes, ob, ob + n);
      return m != 0 ? m : na - nb;
    }
    for (int j = 0; j < n; j++) {
      int c = chars[oa + j] - chars[ob + j];
      if (c != 0) {
        return c;
      }
    }
    return na - nb;
  }

  /**
   * Drops the hash table: the keys stay readable by entry ({@link #key}, {@link #length}, {@link
   * #charAt}, {@link #compare}) but can no longer be looked up or added. For a map whose keys are
   * only read from now on.
   */
  public void freeze() {
    table = null;
    values = null;
  }

  private int[] index() {
    if (table == null) {
      throw new IllegalStateException("frozen: keys can only be read by entry");
    }
    return table;
  }

  private int offset(int entry) {
    if (entry < 0 || entry >= size) {
      throw new IndexOutOfBoundsException(entry);
    }
    return entries[entry];
  }

  private int lengthAt(int off) {
    return bytes != null
        ? ((bytes[off] & 0xFF) << 8) | (bytes[off + 1] & 0xFF)
        : (chars[off] << 16) | chars[off + 1];
  }

  private boolean matches(int off, String key) {
    int n = key.length();
    if (lengthAt(off) != n) {
      return false;
    }
    int from = off + HEADER;
    if (bytes != null) {
      byte[] a = bytes;
      for (int j = 0; j < n; j++) {
        if ((a[from + j] & 0xFF) != key.charAt(j)) {
          return false;
        }
      }
      return true;
    }
    char[] a = chars;
    for (int j = 0; j < n; j++) {
      if (a[from + j] != key.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code key} fits the byte arena: shorter than 65 536 and Latin-1. */
  private static boolean fitsBytes(String key) {
    int n = key.length();
    if (n > 0xFFFF) {
      return false;
    }
    for (int j = 0; j < n; j++) {
      if (key.charAt(j) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /** Turns the byte arena into a char arena at the same offsets, with char headers. */
  private void inflate() {
    char[] c = new char[Math.max(64, bytes.length)];
    for (int j = 0; j < used; j++) {
      c[j] = (char) (bytes[j] & 0xFF);
    }
    for (int e = 0; e < size; e++) {
      int off = entries[e];
      int n = ((bytes[off] & 0xFF) << 8) | (bytes[off + 1] & 0xFF);
      c[off] = 0;
      c[off + 1] = (char) n;
    }
    bytes = null;
    chars = c;
  }

  private int append(String key) {
    int n = key.length();
    if (bytes != null && !fitsBytes(key)) {
      inflate();
    }
    long need = (long) used + HEADER + n;
    if (need > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("more than 2^31 characters of keys");
    }
    int capacity = bytes != null ? bytes.length : chars.length;
    if (need > capacity) {
      // by half: less spare room held, and less copied at once, than doubling
      int grown =
          (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, capacity + (capacity >> 1) + 64L));
      if (bytes != null) {
        bytes = Arrays.copyOf(bytes, grown);
      } else {
        chars = Arrays.copyOf(chars, grown);
      }
    }
    int off = used;
    if (bytes != null) {
      byte[] a = bytes;
      a[off] = (byte) (n >>> 8);
      a[off + 1] = (byte) n;
      int from = off + HEADER;
      for (int j = 0; j < n; j++) {
        a[from + j] = (byte) key.charAt(j);
      }
    } else {
      chars[off] = (char) (n >>> 16);
      chars[off + 1] = (char) n;
      key.getChars(0, n, chars, off + HEADER);
    }
    used = off + HEADER + n;
    return off;
  }

  private void grow() {
    int[] old = table;
    int cap = (mask + 1) * 2;
    int[] t = new int[2 * cap];
    mask = cap - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = old[j] & mask;
        while (t[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        t[2 * i] = old[j];
        t[2 * i + 1] = old[j + 1];
      }
    }
    table = t;
  }
}
