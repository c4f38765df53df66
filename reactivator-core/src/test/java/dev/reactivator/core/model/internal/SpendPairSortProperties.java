package dev.reactivator.core.model.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The Gamma-Gamma likelihood's primitive (x, m) sort against the comparison sort of boxed pairs it
 * replaces: the same sequence of values for any row count, any ties and any row order, so the
 * likelihood (sums taken in sorted order) is the same to the bit.
 */
class SpendPairSortProperties {

  @Property(tries = 300)
  void primitiveSortGivesTheComparisonSortsValues(
      @ForAll @IntRange(min = 0, max = 400) int n,
      @ForAll @IntRange(min = 1, max = 12) int distinctX,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    double[] xs = new double[n];
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = 1 + random.nextInt(distinctX);
      // coarse amounts make ties within an x; a few tiny, huge and infinite ones test the bits
      // order
      int kind = random.nextInt(20);
      ms[i] =
          kind == 0
              ? Double.MIN_VALUE
              : kind == 1
                  ? Double.POSITIVE_INFINITY
                  : kind == 2 ? 1e300 : Math.round(random.nextDouble() * 50 + 1) / 4.0;
    }
    double[][] pairs = new double[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new double[] {xs[i], ms[i]};
    }
    Arrays.sort(
        pairs, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    double[] sx = new double[n];
    double[] sm = new double[n];
    SpendLikelihood.sortPairs(xs, ms, sx, sm);
    for (int k = 0; k < n; k++) {
      assertEquals(Double.doubleToRawLongBits(pairs[k][0]), Double.doubleToRawLongBits(sx[k]));
      assertEquals(Double.doubleToRawLongBits(pairs[k][1]), Double.doubleToRawLongBits(sm[k]));
    }
  }

  @Property(tries = 100)
  void likelihoodDoesNotDependOnRowOrder(
      @ForAll @IntRange(min = 1, max = 300) int n,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    double[] xs = new double[n];
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = 1 + random.nextInt(6);
      ms[i] = 1 + random.nextInt(400) / 8.0;
    }
    double[] sx = new double[n];
    double[] sm = new double[n];
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    for (int i = 0; i < n; i++) {
      sx[i] = xs[perm[i]];
      sm[i] = ms[perm[i]];
    }
    double a = new SpendLikelihood(xs, ms).logLikelihood(6, 4, 15);
    double b = new SpendLikelihood(sx, sm).logLikelihood(6, 4, 15);
    assertArrayEquals(new double[] {a}, new double[] {b});
  }
}
