package dev.reactivator.core.model.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.internal.PackedTriples;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The grouping of (x, t_x, T) against simple references: the radix sort of the packed keys against
 * {@code Arrays.sort}, the distinct times and each row's time indices against a sorted set.
 */
class PurchaseGroupingProperties {

  @Property(tries = 60)
  void radixSortOrdersKeysAsArraysSortDoes(
      @ForAll @IntRange(min = 0, max = 5000) int n,
      @ForAll @IntRange(min = 1, max = 63) int keyBits,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] keys = new long[n];
    long bound = keyBits == 63 ? Long.MAX_VALUE : 1L << keyBits;
    // few distinct values half the time, so equal keys are common
    long distinct = rnd.nextBoolean() ? Math.min(bound, 1 + rnd.nextInt(50)) : bound;
    long[] pool = new long[(int) Math.min(distinct, 50)];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = rnd.nextLong(bound);
    }
    for (int i = 0; i < n; i++) {
      keys[i] = distinct <= 50 ? pool[rnd.nextInt(pool.length)] : rnd.nextLong(bound);
    }
    long[] expected = keys.clone();
    Arrays.sort(expected);
    PackedTriples.sort(keys, keyBits);
    assertArrayEquals(expected, keys);
  }

  @Property(tries = 40)
  void wholeDaysGroupAndIndexTheirTimes(
      @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @IntRange(min = 0, max = 2_097_151) int maxTime,
      @ForAll @IntRange(min = 0, max = 2_097_151) int maxX,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      // a handful of values or the whole range, so both equal rows and wide keys occur
      age[i] =
          rnd.nextBoolean() ? rnd.nextInt(Math.min(maxTime, 40) + 1) : rnd.nextInt(maxTime + 1);
      x[i] = rnd.nextBoolean() ? rnd.nextInt(Math.min(maxX, 4) + 1) : rnd.nextInt(maxX + 1);
      tx[i] = x[i] == 0 ? 0 : rnd.nextInt((int) age[i] + 1);
    }
    PurchaseLikelihood rows = new PurchaseLikelihood(false, x, tx, age);
    // the reference: distinct triples in (x, t_x, T) order with their counts
    TreeSet<double[]> triples =
        new TreeSet<>(
            (p, q) -> {
              int c = Double.compare(p[0], q[0]);
              c = c != 0 ? c : Double.compare(p[1], q[1]);
              return c != 0 ? c : Double.compare(p[2], q[2]);
            });
    TreeSet<Double> times = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      triples.add(new double[] {x[i], tx[i], age[i]});
      times.add(tx[i]);
      times.add(age[i]);
    }
    assertEquals(triples.size(), rows.x.length);
    int k = 0;
    double total = 0;
    for (double[] t : triples) {
      assertEquals(t[0], rows.x[k], 0.0);
      assertEquals(t[1], rows.tx[k], 0.0);
      assertEquals(t[2], rows.age[k], 0.0);
      total += rows.weight[k];
      k++;
    }
    assertEquals(n, total, 0.0);
    assertArrayEquals(times.stream().mapToDouble(Double::doubleValue).toArray(), rows.times);
    for (int i = 0; i < rows.x.length; i++) {
      assertEquals(rows.age[i], rows.times[rows.ageIndex[i]], 0.0);
      assertEquals(rows.tx[i], rows.times[rows.txIndex[i]], 0.0);
    }
  }
}
