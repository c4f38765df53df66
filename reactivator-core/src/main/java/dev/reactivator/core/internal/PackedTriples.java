package dev.reactivator.core.internal;

import java.util.Arrays;

/**
 * (x, t_x, T) triples of whole numbers packed into one {@code long} whose numeric order is the (x,
 * t_x, T) order, and their radix sort: the grouping of customers into distinct triples that the
 * purchase models fit on, shared by {@code WeightedSummary} and the likelihoods. Not part of the
 * API.
 */
public final class PackedTriples {
  /** The widest value a packed triple holds, in bits: x, t_x and T are each below 2^21. */
  public static final int MAX_BITS = 21;

  private static final long MAX = (1L << MAX_BITS) - 1;

  /** Below this many keys the radix sort is not worth its counting arrays. */
  private static final int RADIX_MIN = 512;

  /** The most bits of one radix digit (a counting array of 64 Ki entries). */
  private static final int MAX_DIGIT_BITS = 16;

  private PackedTriples() {}

  /**
   * {@code v} as a whole number in [0, 2^21), or −1 when it is not one (a fraction, negative, −0.0,
   * NaN or too large).
   *
   * @param v the value
   * @return the whole number, or −1
   */
  public static long whole(double v) {
    if (!(v >= 0 && v <= MAX)
        || v != Math.rint(v)
        || Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0)) {
      return -1;
    }
    return (long) v;
  }

  /**
   * The largest t_x or T when every x is in [0, 2^21) and every t_x and T is {@link #whole}; else
   * −1.
   *
   * @param xs the x of each triple
   * @param txs the t_x of each triple
   * @param ts the T of each triple
   * @return the largest time, or −1 when the triples cannot be packed
   */
  public static int maxTime(int[] xs, double[] txs, double[] ts) {
    long max = 0;
    for (int i = 0; i < xs.length; i++) {
      long t1 = whole(txs[i]);
      long t2 = whole(ts[i]);
      if (xs[i] < 0 || xs[i] > MAX || t1 < 0 || t2 < 0) {
        return -1;
      }
      max = Math.max(max, Math.max(t1, t2));
    }
    return (int) max;
  }

  /**
   * The bits needed for {@code v ≥ 0} (1 for 0).
   *
   * @param v the value
   * @return its bit width, at least 1
   */
  public static int bits(long v) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(v));
  }

  /**
   * Packs triples that {@link #maxTime} accepted as {@code x << 2b | t_x << b | T}, b the bits of
   * the largest time, and sorts them ascending (the (x, t_x, T) order).
   *
   * @param xs the x of each triple
   * @param txs the t_x of each triple
   * @param ts the T of each triple
   * @param timeBits b, {@code bits(maxTime)}
   * @return the sorted packed keys
   */
  public static long[] sorted(int[] xs, double[] txs, double[] ts, int timeBits) {
    int n = xs.length;
    int maxX = 0;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      maxX = Math.max(maxX, xs[i]);
      keys[i] = ((long) xs[i] << (2 * timeBits)) | ((long) txs[i] << timeBits) | (long) ts[i];
    }
    sort(keys, bits(maxX) + 2 * timeBits);
    return keys;
  }

  /**
   * Sorts non-negative keys below {@code 2^keyBits} ascending: an LSD radix sort in as few passes
   * of at most 16 bits as the key width needs (the order is that of {@code Arrays.sort}: keys are
   * plain longs).
   *
   * @param keys the keys, sorted in place
   * @param keyBits the bits of the largest key, 1 to 63
   */
  public static void sort(long[] keys, int keyBits) {
    int n = keys.length;
    if (n < RADIX_MIN) {
      Arrays.sort(keys);
      return;
    }
    int passes = (keyBits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
    int digit = (keyBits + passes - 1) / passes;
    int buckets = 1 << digit;
    long mask = buckets - 1;
    long[] from = keys;
    long[] to = new long[n];
    int[] count = new int[buckets];
    for (int p = 0, shift = 0; p < passes; p++, shift += digit) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) ((from[i] >>> shift) & mask)]++;
      }
      for (int b = 0, sum = 0; b < buckets; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long k = from[i];
        to[count[(int) ((k >>> shift) & mask)]++] = k;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
    }
  }
}
