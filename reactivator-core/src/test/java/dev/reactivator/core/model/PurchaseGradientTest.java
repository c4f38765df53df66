package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.model.internal.MaxLikelihood;
import dev.reactivator.core.model.internal.PurchaseLikelihood;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The analytic gradient of the purchase likelihood and the quasi-Newton fit that uses it. */
class PurchaseGradientTest {

  private static PurchaseLikelihood cdnow(boolean modified) {
    CustomerSummary s = Cdnow.summary();
    return new PurchaseLikelihood(modified, s.xs(), s.txs(), s.ages());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void gradientMatchesCentralDifferences(boolean modified) {
    PurchaseLikelihood ll = cdnow(modified);
    double[][] points = {{0.243, 4.414, 0.793, 2.426}, {1.3, 0.8, 2.5, 0.7}, {0.05, 30, 0.3, 9}};
    for (double[] p : points) {
      double[] g = new double[4];
      double v = ll.logLikelihood(p[0], p[1], p[2], p[3], g);
      assertEquals(ll.logLikelihood(p[0], p[1], p[2], p[3]), v, 0.0);
      for (int i = 0; i < 4; i++) {
        double h = 1e-6 * p[i];
        double[] up = p.clone();
        double[] down = p.clone();
        up[i] += h;
        down[i] -= h;
        double numeric =
            (ll.logLikelihood(up[0], up[1], up[2], up[3])
                    - ll.logLikelihood(down[0], down[1], down[2], down[3]))
                / (2 * h);
        assertEquals(
            numeric,
            g[i],
            1e-5 * Math.max(1, Math.abs(numeric)),
            "d/d theta_" + i + " at " + java.util.Arrays.toString(p));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void quasiNewtonFitAgreesWithNelderMead(boolean modified) {
    PurchaseLikelihood ll = cdnow(modified);
    double[] start = {1, 30, 1, 3};
    for (double penalty : new double[] {0.0, 0.05}) {
      MaxLikelihood.Result fast =
          MaxLikelihood.fit(ll, ll.totalWeight, start, start, penalty, 20_000);
      MaxLikelihood.Nll plain = ll::value;
      MaxLikelihood.Result simplex =
          MaxLikelihood.fit(plain, ll.totalWeight, start, start, penalty, 20_000);
      assertNotNull(fast);
      assertTrue(fast.converged);
      for (int i = 0; i < 4; i++) {
        assertEquals(simplex.theta[i], fast.theta[i], 1e-4 * simplex.theta[i], "theta_" + i);
        assertEquals(
            simplex.standardErrors[i],
            fast.standardErrors[i],
            1e-3 * simplex.standardErrors[i],
            "se_" + i);
      }
      double fastObjective = objective(fast, ll.totalWeight, start, penalty);
      double simplexObjective = objective(simplex, ll.totalWeight, start, penalty);
      assertTrue(
          fastObjective <= simplexObjective + 1e-12, fastObjective + " vs " + simplexObjective);
    }
  }

  /** The minimised objective nll / W + λ Σ (ln θ − ln θ₀)². */
  private static double objective(
      MaxLikelihood.Result r, double w, double[] prior, double penalty) {
    double pen = 0;
    for (int i = 0; i < prior.length; i++) {
      double dev = Math.log(r.theta[i]) - Math.log(prior[i]);
      pen += dev * dev;
    }
    return r.nll / w + penalty * pen;
  }
}
