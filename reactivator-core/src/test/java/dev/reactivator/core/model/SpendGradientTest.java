package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.model.internal.MaxLikelihood;
import dev.reactivator.core.model.internal.SpendLikelihood;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The analytic gradient of the Gamma-Gamma likelihood and the quasi-Newton fit that uses it. */
class SpendGradientTest {

  private static SpendLikelihood cdnow() {
    CustomerSummary s = Cdnow.summaryWithSpend();
    int n = s.size();
    double[] x = new double[n];
    double[] m = new double[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (s.x(i) >= 1 && s.meanRepeatSpend(i) > 0) {
        x[k] = s.x(i);
        m[k] = s.meanRepeatSpend(i);
        k++;
      }
    }
    return new SpendLikelihood(Arrays.copyOf(x, k), Arrays.copyOf(m, k));
  }

  @Test
  void gradientMatchesCentralDifferences() {
    SpendLikelihood ll = cdnow();
    double[][] points = {{6.25, 3.74, 15.44}, {0.5, 12, 200}, {40, 1.5, 0.3}};
    for (double[] p : points) {
      double[] g = new double[3];
      double v = ll.logLikelihood(p[0], p[1], p[2], g);
      assertEquals(ll.logLikelihood(p[0], p[1], p[2]), v, 0.0);
      for (int i = 0; i < 3; i++) {
        double h = 1e-6 * p[i];
        double[] up = p.clone();
        double[] down = p.clone();
        up[i] += h;
        down[i] -= h;
        double numeric =
            (ll.logLikelihood(up[0], up[1], up[2]) - ll.logLikelihood(down[0], down[1], down[2]))
                / (2 * h);
        assertEquals(
            numeric,
            g[i],
            1e-5 * Math.max(1, Math.abs(numeric)),
            "d/d theta_" + i + " at " + Arrays.toString(p));
      }
    }
  }

  @Test
  void quasiNewtonFitAgreesWithNelderMead() {
    SpendLikelihood ll = cdnow();
    double[] start = {6, 4, 10};
    for (double penalty : new double[] {0.0, 0.05}) {
      MaxLikelihood.Result fast = MaxLikelihood.fit(ll, ll.size(), start, start, penalty, 20_000);
      MaxLikelihood.Nll plain = ll::value;
      MaxLikelihood.Result simplex =
          MaxLikelihood.fit(plain, ll.size(), start, start, penalty, 20_000);
      assertTrue(fast.converged);
      for (int i = 0; i < 3; i++) {
        assertEquals(simplex.theta[i], fast.theta[i], 1e-4 * simplex.theta[i], "theta_" + i);
        assertEquals(
            simplex.standardErrors[i],
            fast.standardErrors[i],
            1e-3 * simplex.standardErrors[i],
            "se_" + i);
      }
    }
  }
}
