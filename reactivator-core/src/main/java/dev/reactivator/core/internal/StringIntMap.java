package dev.reactivator.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An open-addressing hash map from {@code String} to non-negative {@code int}, without boxing,
 * entry objects or retained {@code String}s. Each table slot is two {@code long}s in one array (so
 * in one cache line): a key code and the value with the key's place in an arena that holds every
 * key's length and characters — one byte a character while every key is Latin-1 (ids, phones and
 * e-mails), else one {@code char}. A key of 1 to 18 ASCII digits (a phone key) is its own code,
 * exactly, so its lookup reads the slot alone; any other key's code is its hash, and a hash match
 * is confirmed against the arena: one more contiguous read, where a table of {@code String}s needs
 * the slot, the {@code String}, its bytes and a value array. Linear probing, load factor at most
 * 3/4. Keys are numbered in insertion order for {@link #key}. For interning millions of keys with a
 * small footprint and little work for the garbage collector. Not thread-safe; no removal. Internal.
 */
public final class StringIntMap {
  private static final int HEADER = 2; // length (2 units), then the characters
  private static final long HASHED = Long.MIN_VALUE; // code of a non-digit key: HASHED | hash

  private long[] table; // slot i: [2i] code, [2i+1] value << 32 | (arena offset + 1); 0 = empty
  private int mask;
  // the arena: bytes while every key is Latin-1 (header: length in 2 bytes, so < 65 536), else
  // chars (header: length in 2 chars); exactly one is non-null, and both use the same offsets
  private byte[] bytes;
  private char[] chars;
  private int used;
  private int[] entries; // arena offset of the i-th inserted key
  private int size;

  /** An empty map sized for about {@code expected} keys. */
  public StringIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[2 * cap];
    mask = cap - 1;
    bytes = new byte[Math.max(64, expected * 16)];
    entries = new int[Math.max(16, expected)];
  }

  /** The number of keys. */
  public int size() {
    return size;
  }

  /**
   * The code of a key of 1 to 18 ASCII digits ("1" followed by the digits, as a number), else -1.
   */
  private static long digitCode(String key) {
    int n = key.length();
    if (n == 0 || n > 18) {
      return -1;
    }
    long v = 1;
    for (int j = 0; j < n; j++) {
      char c = key.charAt(j);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static int slotOf(long code) {
    if (code < 0) {
      return (int) code; // the spread hash
    }
    long x = code * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 32));
  }

  private static long codeOf(String key) {
    long code = digitCode(key);
    return code >= 0 ? code : HASHED | (spread(key.hashCode()) & 0xFFFF_FFFFL);
  }

  /** The value of {@code key}, or -1 when absent. */
  public int get(String key) {
    long code = codeOf(key);
    long[] t = index();
    int i = slotOf(code) & mask;
    long v;
    while ((v = t[2 * i + 1]) != 0) {
      if (t[2 * i] == code && (code >= 0 || matches((int) v - 1, key))) {
        return (int) (v >>> 32);
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
    long code = codeOf(key);
    long[] t = index();
    int i = slotOf(code) & mask;
    long v;
    while ((v = t[2 * i + 1]) != 0) {
      if (t[2 * i] == code && (code >= 0 || matches((int) v - 1, key))) {
        return (int) (v >>> 32);
      }
      i = (i + 1) & mask;
    }
    int off = append(key);
    t[2 * i] = code;
    t[2 * i + 1] = ((long) valueIfAbsent << 32) | (off + 1L);
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
    }
    entries[size] = off;
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
  }

  private long[] index() {
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
    long[] old = table;
    int cap = (mask + 1) * 2;
    long[] t = new long[2 * cap];
    mask = cap - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = slotOf(old[j]) & mask;
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
