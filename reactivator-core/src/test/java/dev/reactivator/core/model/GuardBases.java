package dev.reactivator.core.model;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import java.util.SplittableRandom;

/** Seeded bases on which a likelihood fit sits at the edge of the parameter space. */
final class GuardBases {
  private GuardBases() {}

  /**
   * Nobody drops out: every customer buys every {@code minGap..maxGap} days (their own gap, ±
   * {@code jitter} days) from the first purchase up to the analysis date.
   */
  static CustomerSummary noDropout(int n, int minGap, int maxGap, int jitter, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      int gap = minGap + rnd.nextInt(maxGap - minGap + 1);
      int t = gap + rnd.nextInt(3 * 365);
      int now = 0;
      int k = 0;
      while (true) {
        int next =
            now + Math.max(1, gap + (jitter == 0 ? 0 : rnd.nextInt(2 * jitter + 1) - jitter));
        if (next > t) {
          break;
        }
        now = next;
        k++;
      }
      x[i] = k;
      tx[i] = now;
      age[i] = t;
    }
    return CustomerSummary.of(x, tx, age, PeriodUnit.DAYS);
  }

  /** Everyone bought once, on a day up to {@code maxAge} days before the analysis date. */
  static CustomerSummary oneTimeBuyers(int n, int maxAge, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      age[i] = rnd.nextInt(maxAge + 1);
    }
    return CustomerSummary.of(new int[n], new double[n], age, PeriodUnit.DAYS);
  }

  /**
   * The benchmark's regular base: 1–6 purchases 10–90 days apart, first purchases over three years;
   * customers stop after their last purchase.
   */
  static CustomerSummary regularGaps(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      int t = rnd.nextInt(3 * 365);
      int purchases = 1 + rnd.nextInt(6);
      int now = 0;
      int k = 0;
      for (int p = 1; p < purchases; p++) {
        int next = now + 10 + rnd.nextInt(81);
        if (next > t) {
          break;
        }
        now = next;
        k++;
      }
      x[i] = k;
      tx[i] = now;
      age[i] = t;
    }
    return CustomerSummary.of(x, tx, age, PeriodUnit.DAYS);
  }
}
