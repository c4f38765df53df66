package dev.reactivator.core.base;

import dev.reactivator.core.internal.StringIntMap;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Texts of every customer in one column: customer {@code c} owns the values {@code first[c] …
 * first[c+1]-1}, value {@code v} is the UTF-8 bytes {@code end[v-1] … end[v]-1} of one arena. About
 * one byte a character and 8 bytes a value instead of a {@code String} (about 50 bytes) and an
 * array per customer; the {@code String}s are made when asked for. Immutable once built.
 */
final class Texts {
  private static final byte[] NO_BYTES = new byte[0];
  private static final int[] NO_INTS = new int[0];

  private final int[] first; // n + 1
  private final int[] end; // one per value
  private final byte[] utf8;

  private Texts(int[] first, int[] end, byte[] utf8) {
    this.first = first;
    this.end = end;
    this.utf8 = utf8;
  }

  /** {@code n} customers without a value. */
  static Texts none(int n) {
    return new Texts(new int[n + 1], NO_INTS, NO_BYTES);
  }

  /** The number of values of customer {@code c}. */
  int count(int c) {
    return first[c + 1] - first[c];
  }

  /** Value {@code k} of customer {@code c} ({@code 0 ≤ k < count(c)}). */
  String get(int c, int k) {
    int v = first[c] + k;
    int from = v == 0 ? 0 : end[v - 1];
    return new String(utf8, from, end[v] - from, StandardCharsets.UTF_8);
  }

  /** Every value of customer {@code c}, in order, as a new list. */
  List<String> all(int c) {
    int n = count(c);
    if (n == 0) {
      return List.of();
    }
    String[] out = new String[n];
    for (int k = 0; k < n; k++) {
      out[k] = get(c, k);
    }
    return Arrays.asList(out);
  }

  /** Builds a column customer by customer, values in the order they are added. */
  static final class Builder {
    private final int[] first;
    private int[] end;
    private byte[] utf8;
    private int values;
    private int used;
    private int customer;

    /** A builder for {@code n} customers, about {@code values} values and {@code bytes} bytes. */
    Builder(int n, int values, int bytes) {
      first = new int[n + 1];
      end = new int[Math.max(16, values)];
      utf8 = new byte[Math.max(64, bytes)];
    }

    /** Starts customer {@code c}: the customers before it that were not started have no value. */
    void customer(int c) {
      while (customer < c) {
        first[++customer] = values;
      }
    }

    /** Adds a value to the current customer. */
    void add(String s) {
      int n = s.length();
      boolean ascii = true;
      for (int j = 0; j < n && ascii; j++) {
        ascii = s.charAt(j) < 0x80;
      }
      if (ascii) {
        room(n);
        for (int j = 0; j < n; j++) {
          utf8[used + j] = (byte) s.charAt(j);
        }
        used += n;
      } else {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        room(b.length);
        System.arraycopy(b, 0, utf8, used, b.length);
        used += b.length;
      }
      close();
    }

    /** Adds the {@code entry}-th key of {@code keys} to the current customer. */
    void add(StringIntMap keys, int entry) {
      int n = keys.length(entry);
      boolean ascii = true;
      for (int j = 0; j < n && ascii; j++) {
        ascii = keys.charAt(entry, j) < 0x80;
      }
      if (!ascii) {
        add(keys.key(entry));
        return;
      }
      room(n);
      for (int j = 0; j < n; j++) {
        utf8[used + j] = (byte) keys.charAt(entry, j);
      }
      used += n;
      close();
    }

    private void close() {
      if (values == end.length) {
        end = Arrays.copyOf(end, values + (values >> 1) + 16);
      }
      end[values++] = used;
    }

    private void room(int n) {
      if ((long) used + n > utf8.length) {
        long grown = Math.max((long) used + n, utf8.length + (utf8.length >> 1) + 64L);
        if (grown > Integer.MAX_VALUE - 16) {
          throw new IllegalStateException("more than 2^31 bytes of customer texts");
        }
        utf8 = Arrays.copyOf(utf8, (int) grown);
      }
    }

    /** The column, every customer after the last started one without a value. */
    Texts build() {
      customer(first.length - 1);
      return new Texts(
          first,
          values == end.length ? end : Arrays.copyOf(end, values),
          used == utf8.length ? utf8 : Arrays.copyOf(utf8, used));
    }
  }
}
