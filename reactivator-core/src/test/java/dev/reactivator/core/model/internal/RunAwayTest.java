package dev.reactivator.core.model.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A degenerate optimum stops the optimiser early instead of a long crawl along the edge. */
class RunAwayTest {
  @Test
  void regularGapsStopWithinAFewDozenIterations() {
    PurchaseLikelihood ll = regularGaps();
    double[] start = {1, 45, 1, 3};
    MaxLikelihood.Result r = MaxLikelihood.fit(ll, ll.totalWeight, start, start, 0.0, 20_000);
    assertTrue(r.ranAway, java.util.Arrays.toString(r.theta));
    assertTrue(r.iterations < 60, "iterations " + r.iterations);
    assertTrue(
        MaxLikelihood.beyond(new double[] {0, 0, 0, Math.log(r.theta[3])})
            || MaxLikelihood.beyond(
                new double[] {
                  Math.log(r.theta[0]), Math.log(r.theta[1]), Math.log(r.theta[2]), 0
                }));
  }

  @Test
  void narrowerBoundsStopTheSameRunAwayEarlier() {
    PurchaseLikelihood ll = regularGaps();
    double[] start = {1, 45, 1, 3};
    double low = Math.log(1e-4);
    double high = Math.log(1e5);
    // Nelder-Mead (no gradient) and BFGS (the gradient) both stop at the narrower bounds
    MaxLikelihood.Nll plain = ll::value;
    for (MaxLikelihood.Nll nll : new MaxLikelihood.Nll[] {plain, ll}) {
      MaxLikelihood.Result wide = MaxLikelihood.fit(nll, ll.totalWeight, start, start, 0.0, 20_000);
      MaxLikelihood.Result narrow =
          MaxLikelihood.fit(nll, ll.totalWeight, start, start, 0.0, 20_000, low, high);
      assertTrue(wide.ranAway && narrow.ranAway, java.util.Arrays.toString(narrow.theta));
      assertTrue(MaxLikelihood.beyond(logs(narrow.theta), low, high));
      assertTrue(!MaxLikelihood.beyond(logs(narrow.theta)), "stopped before ±ln(1e6)");
      assertTrue(
          narrow.iterations <= wide.iterations,
          narrow.iterations + " > " + wide.iterations + " iterations");
    }
  }

  private static double[] logs(double[] theta) {
    double[] u = new double[theta.length];
    for (int i = 0; i < u.length; i++) {
      u[i] = Math.log(theta[i]);
    }
    return u;
  }

  /** 1-6 purchases 10-90 days apart: no heterogeneity in dropout, BG/NBD's a and b run away. */
  private static PurchaseLikelihood regularGaps() {
    SplittableRandom rnd = new SplittableRandom(4);
    int n = 20_000;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      int t = rnd.nextInt(3 * 365);
      int purchases = 1 + rnd.nextInt(6);
      int now = 0;
      for (int p = 1; p < purchases && now + 90 <= t; p++) {
        now += 10 + rnd.nextInt(81);
        x[i]++;
      }
      tx[i] = now;
      age[i] = t;
    }
    return new PurchaseLikelihood(false, x, tx, age);
  }
}
