package dev.reactivator.core.segment.rfm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Mid-rank quintile scores: 1 + floor(5 (w + e / 2) / n), ties shared. */
class QuintilesTest {

  @Test
  void distinctValuesFillTheFiveScoresEvenly() {
    // n = 5: (w + 1/2) / 5 = 0.1, 0.3, 0.5, 0.7, 0.9 → 1 … 5
    assertArrayEquals(
        new int[] {1, 2, 3, 4, 5}, Quintiles.higherIsBetter(new double[] {1, 2, 3, 4, 5}));
    assertArrayEquals(
        new int[] {5, 4, 3, 2, 1}, Quintiles.lowerIsBetter(new double[] {1, 2, 3, 4, 5}));
    // n = 10: 5 (w + 0.5) / 10 = 0.25, 0.75, 1.25 … 4.75 → two customers per score
    assertArrayEquals(
        new int[] {1, 1, 2, 2, 3, 3, 4, 4, 5, 5},
        Quintiles.higherIsBetter(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
  }

  @Test
  void tiesShareTheirMidRank() {
    // all equal: (0 + n / 2) / n = 0.5 → 3, for any n, a single customer included
    for (int n = 1; n <= 7; n++) {
      double[] v = new double[n];
      java.util.Arrays.fill(v, 1);
      int[] three = new int[n];
      java.util.Arrays.fill(three, 3);
      assertArrayEquals(three, Quintiles.lowerIsBetter(v), "n = " + n);
      assertArrayEquals(three, Quintiles.higherIsBetter(v), "n = " + n);
    }
    // {1, 1, 1, 5}: the three ones 5 × 1.5 / 4 = 1.875 → 2; the five 5 × 3.5 / 4 = 4.375 → 5
    assertArrayEquals(new int[] {2, 2, 2, 5}, Quintiles.higherIsBetter(new double[] {1, 1, 1, 5}));
    // smaller is better (days since): the three ones have one worse value: 5 × 2.5 / 4 → 4
    assertArrayEquals(new int[] {4, 4, 4, 1}, Quintiles.lowerIsBetter(new double[] {1, 1, 1, 5}));
  }

  private static double[] values(long seed) {
    Random rnd = new Random(seed);
    int n = rnd.nextInt(60) + 1;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rnd.nextInt(rnd.nextBoolean() ? 3 : 1000);
    }
    return v;
  }

  @Property(tries = 200)
  void equalValuesGetEqualScoresAndBetterValuesNoLowerOnes(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    double[] v = values(seed);
    int[] higher = Quintiles.higherIsBetter(v);
    int[] lower = Quintiles.lowerIsBetter(v);
    for (int i = 0; i < v.length; i++) {
      assertTrue(higher[i] >= 1 && higher[i] <= 5 && lower[i] >= 1 && lower[i] <= 5);
      for (int j = 0; j < v.length; j++) {
        if (v[i] == v[j]) {
          assertEquals(higher[i], higher[j]);
          assertEquals(lower[i], lower[j]);
        } else if (v[i] < v[j]) {
          assertTrue(higher[i] <= higher[j]);
          assertTrue(lower[i] >= lower[j]);
        }
      }
    }
  }

  @Property(tries = 200)
  void scoresDoNotDependOnTheOrderOfTheCustomers(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    double[] v = values(seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed + 1));
    double[] shuffled = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      shuffled[i] = v[order.get(i)];
    }
    int[] a = Quintiles.lowerIsBetter(v);
    int[] b = Quintiles.lowerIsBetter(shuffled);
    int[] c = Quintiles.higherIsBetter(v);
    int[] d = Quintiles.higherIsBetter(shuffled);
    for (int i = 0; i < v.length; i++) {
      assertEquals(a[order.get(i)], b[i]);
      assertEquals(c[order.get(i)], d[i]);
    }
  }

  @Test
  void aScoreFromCountsIsTheMidRankQuintile() {
    // ten values, three of them equal with two strictly worse: 1 + floor(5 × (2 + 3/2) / 10)
    // = 1 + floor(1.75) = 2; the best of ten alone: 1 + floor(5 × 9.5 / 10) = 1 + 4 = 5;
    // all ten equal: 1 + floor(5 × 5 / 10) = 3
    assertEquals(2, Quintiles.score(2L, 3L, 10L));
    assertEquals(5, Quintiles.score(9L, 1L, 10L));
    assertEquals(3, Quintiles.score(0L, 10L, 10L));
    // a base of three billion customers does not overflow
    assertEquals(3, Quintiles.score(1_000_000_000L, 1_000_000_000L, 3_000_000_000L));
  }

  @Property(tries = 200)
  void countsGiveTheScoresOfTheValues(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    double[] v = values(seed);
    int[] higher = Quintiles.higherIsBetter(v);
    int[] lower = Quintiles.lowerIsBetter(v);
    for (int i = 0; i < v.length; i++) {
      long below = 0;
      long equal = 0;
      for (double w : v) {
        below += Double.compare(w, v[i]) < 0 ? 1 : 0;
        equal += Double.compare(w, v[i]) == 0 ? 1 : 0;
      }
      assertEquals(higher[i], Quintiles.score(below, equal, v.length));
      assertEquals(lower[i], Quintiles.score(v.length - below - equal, equal, v.length));
    }
  }
}
