package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.internal.ParetoLikelihood;
import dev.reactivator.core.model.internal.PurchaseLikelihood;
import org.junit.jupiter.api.Test;

/**
 * Pareto/NBD against the published CDNOW estimates (Fader, Hardie &amp; Lee 2005; lifetimes' {@code
 * test_params_out_is_close_to_Hardie_paper}) and against lifetimes' formulas for P(alive) and the
 * conditional expectation ({@code ParetoNBDFitter.conditional_probability_alive}, {@code
 * conditional_expected_number_of_purchases_up_to_time}), evaluated independently with SciPy's
 * {@code hyp2f1} at the published parameters.
 */
class ParetoNbdReferenceTest {
  static final PurchaseModel PUBLISHED =
      PurchaseModel.of(
          ModelKind.PARETO_NBD,
          new BgNbdParameters(0.553, 10.578, 0.606, 11.669),
          PeriodUnit.WEEKS);

  @Test
  void cdnowFitReproducesThePublishedEstimates() {
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.PARETO_NBD, Cdnow.summary());
    assertEquals(FitQuality.GOOD, fit.quality(), fit.reason());
    assertEquals(ModelKind.PARETO_NBD, fit.kind());
    BgNbdParameters p = fit.parameters();
    assertEquals(0.553, p.r(), 1e-3);
    assertEquals(10.578, p.alpha(), 1e-3);
    assertEquals(0.606, p.a(), 1e-3);
    assertEquals(11.669, p.b(), 2e-3);
    // SciPy's optimum of the same likelihood: r 0.5532754, α 10.57761, s 0.6062135, β 11.66791
    assertEquals(0.5532754, p.r(), 1e-5);
    assertEquals(10.57761, p.alpha(), 1e-3);
    assertEquals(0.6062135, p.a(), 1e-5);
    assertEquals(11.66791, p.b(), 1e-3);
    assertEquals(-9594.9739, fit.logLikelihood(), 1e-3);
    assertEquals("s", fit.estimates().get(2).name());
    assertEquals("beta", fit.estimates().get(3).name());
    fit.estimates().forEach(e -> assertEquals(true, e.standardError().isPresent(), e.name()));
  }

  @Test
  void logLikelihoodAtThePublishedParameters() {
    CustomerSummary s = Cdnow.summary();
    ParetoLikelihood ll =
        new ParetoLikelihood(new PurchaseLikelihood(false, s.xs(), s.txs(), s.ages()));
    assertEquals(-9594.974010040976, ll.logLikelihood(0.553, 10.578, 0.606, 11.669), 1e-6);
  }

  /** x, t_x, T; P(alive); E[purchases in the next 39 weeks], from lifetimes' formulas. */
  static final double[][] LIFETIMES = {
    {0, 0, 38.86, 0.295286604617, 0.107081468215},
    {1, 1.71, 38.86, 0.168002326724, 0.171092980554},
    {2, 30.43, 38.86, 0.869167559153, 1.45512319326},
    {5, 35, 38.86, 0.9412094025, 3.42735721046},
    {10, 37, 38.86, 0.972424589714, 6.72941497615},
    {10, 5, 38.86, 5.08188808309e-05, 0.000351679031312},
    {0, 0, 30, 0.35725274811, 0.153074514953},
    {26, 30.86, 31, 0.997918731055, 20.1170260774},
    {3, 5, 70, 0.00794185980185, 0.0120689426814},
    {50, 60, 70, 0.0889954473371, 1.92427228472},
  };

  @Test
  void probabilityAliveAndConditionalExpectationMatchLifetimes() {
    for (double[] c : LIFETIMES) {
      String at = "x = " + c[0] + ", t_x = " + c[1] + ", T = " + c[2];
      assertEquals(c[3], PUBLISHED.probabilityAlive(c[0], c[1], c[2]), 1e-9 + 1e-9 * c[3], at);
      assertEquals(c[4], PUBLISHED.expectedPurchases(39, c[0], c[1], c[2]), 1e-8 * (1 + c[4]), at);
    }
  }

  @Test
  void theWalkthroughCustomer() {
    // BTYD walkthrough: parameters (0.5534, 10.5802, 0.6061, 11.6562), x = 26, t_x = 30.86, T = 31
    PurchaseModel m =
        PurchaseModel.of(
            ModelKind.PARETO_NBD,
            new BgNbdParameters(0.5534, 10.5802, 0.6061, 11.6562),
            PeriodUnit.WEEKS);
    assertEquals(0.9979, m.probabilityAlive(26, 30.86, 31), 5e-5);
    assertEquals(0.99791777, m.probabilityAlive(26, 30.86, 31), 1e-8);
    assertEquals(25.45491351, m.expectedPurchases(52, 26, 30.86, 31), 1e-6);
  }

  @Test
  void unconditionalFormulas() {
    // E[X(t)] = rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)]
    assertEquals(1.2130028442810157, PUBLISHED.expectedPurchases(39), 1e-12);
    // P(X(39) = n): the closed form against numerical integration over the lifetime (SciPy quad)
    double[] pn = {0.5936250316023838, 0.16556294727717547, 0.08248718411631656};
    for (int n = 0; n < pn.length; n++) {
      assertEquals(pn[n], PUBLISHED.probabilityOfPurchases(n, 39), 1e-10, "n = " + n);
    }
    assertEquals(0.021484828361821022, PUBLISHED.probabilityOfPurchases(5, 39), 1e-10);
    double sum = 0;
    double mean = 0;
    for (int n = 0; n < 400; n++) {
      double p = PUBLISHED.probabilityOfPurchases(n, 39);
      sum += p;
      mean += n * p;
    }
    assertEquals(1.0, sum, 1e-9);
    assertEquals(PUBLISHED.expectedPurchases(39), mean, 1e-6);
  }

  @Test
  void returnProbabilityIntegratesTheRemainingLifetime() {
    // P(no purchase in t | alive at T) by numerical integration over the Lomax lifetime (SciPy)
    double[][] none = {
      {0, 38.86, 39, 0.7653629288595376},
      {2, 38.86, 39, 0.3189606881205174},
      {10, 20, 52, 0.05269002913168202},
      {1, 5, 100, 0.2812791071768166},
    };
    for (double[] c : none) {
      double x = c[0];
      double age = c[1];
      double tx = x == 0 ? 0 : age * 0.8;
      double alive = PUBLISHED.probabilityAlive(x, tx, age);
      assertEquals(
          alive * (1 - c[3]),
          PUBLISHED.probabilityOfPurchaseWithin(c[2], x, tx, age),
          1e-10,
          "x = " + x + ", T = " + age);
    }
  }
}
