package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.model.internal.PurchaseLikelihood;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The grouping of identical (x, t_x, T) does not depend on whether the times are whole numbers. */
class PurchaseGroupingTest {

  @Property(tries = 50)
  void wholeDaysGroupLikeFractionalOnes(
      @ForAll boolean modified, @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    Random rnd = new Random(seed);
    int n = 2000;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] txHalf = new double[n];
    double[] ageHalf = new double[n];
    for (int i = 0; i < n; i++) {
      age[i] = rnd.nextInt(60);
      x[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(5);
      tx[i] = x[i] == 0 ? 0 : rnd.nextInt((int) age[i] + 1);
      // the same triples shifted by half a day: not whole, so the general (boxed) path groups them
      ageHalf[i] = age[i] + 0.5;
      txHalf[i] = tx[i] + 0.5;
    }
    PurchaseLikelihood whole = new PurchaseLikelihood(modified, x, tx, age);
    PurchaseLikelihood half = new PurchaseLikelihood(modified, x, txHalf, ageHalf);
    assertArrayEquals(half.x, whole.x);
    assertArrayEquals(half.weight, whole.weight);
    for (int i = 0; i < whole.x.length; i++) {
      assertEquals(half.tx[i] - 0.5, whole.tx[i], 0.0);
      assertEquals(half.age[i] - 0.5, whole.age[i], 0.0);
    }
    assertEquals(n, whole.totalWeight, 0.0);
  }
}
