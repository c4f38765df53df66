package dev.reactivator.core.segment.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The quintile scores equal the definition 1 + floor(5 w / n) computed by binary search. */
class QuintilesTest {

  @Property(tries = 200)
  void scoresEqualTheBinarySearchDefinition(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random rnd = new Random(seed);
    int n = rnd.nextInt(60) + 1;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = rnd.nextInt(10);
      v[i] =
          kind == 0
              ? Double.NaN
              : kind == 1 ? -0.0 : kind == 2 ? 0.0 : rnd.nextInt(rnd.nextBoolean() ? 3 : 1000);
    }
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    int[] higher = new int[n];
    int[] lower = new int[n];
    for (int i = 0; i < n; i++) {
      higher[i] = 1 + (int) (5L * Quintiles.lowerBound(sorted, v[i]) / n);
      lower[i] = 1 + (int) (5L * (n - Quintiles.upperBound(sorted, v[i])) / n);
    }
    assertArrayEquals(higher, Quintiles.higherIsBetter(v));
    assertArrayEquals(lower, Quintiles.lowerIsBetter(v));
  }
}
