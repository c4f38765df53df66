package dev.reactivator.core.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The NBD without dropout is the a → 0 limit of BG/NBD and MBG/NBD. */
class NbdLikelihoodTest {
  private static final int[] X = {0, 0, 1, 3, 3, 7, 2, 0};
  private static final double[] TX = {0, 0, 10, 40, 35, 80, 5, 0};
  private static final double[] T = {12, 30, 50, 90, 90, 81, 60, 30};

  @Test
  void isTheLimitOfBothModelsAsDropoutVanishes() {
    NbdLikelihood nbd = new NbdLikelihood(new PurchaseLikelihood(false, X, TX, T));
    double[] theta = {0.7, 25};
    for (boolean modified : new boolean[] {false, true}) {
      PurchaseLikelihood full = new PurchaseLikelihood(modified, X, TX, T);
      assertEquals(
          -full.logLikelihood(0.7, 25, 1e-12, 2.0), nbd.value(theta), 1e-9, "modified " + modified);
    }
  }

  @Test
  void gradientMatchesCentralDifferences() {
    NbdLikelihood nbd = new NbdLikelihood(new PurchaseLikelihood(false, X, TX, T));
    double[] theta = {0.7, 25};
    double[] g = new double[2];
    nbd.valueAndGradient(theta, g);
    for (int i = 0; i < 2; i++) {
      double h = 1e-6 * theta[i];
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[i] += h;
      down[i] -= h;
      assertEquals((nbd.value(up) - nbd.value(down)) / (2 * h), g[i], 1e-6);
    }
  }
}
