package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fit guards and the fallback chain of {@link PurchaseModels#fit}. */
class FitGuardTest {
  private static String edge(double r, double alpha, double a, double b) {
    return FitGuard.edge(ModelKind.BG_NBD, new BgNbdParameters(r, alpha, a, b));
  }

  @Test
  void theIssuesNobodyDropsOutFitIsAtTheEdge() {
    // a = 0.0019, b = 954 294: E[p] = a / (a + b) ≈ 2e-9
    String reason = edge(0.35, 40, 0.0019, 954_294);
    assertTrue(reason.startsWith("b = 9.543e+05 outside the plausible range"), reason);
    assertTrue(edge(4.7e6, 1e5, 0.8, 2.4).startsWith("r = 4.700e+06"), "r = 4.7 M");
    assertTrue(edge(0.5, 10, 1e-5, 2).startsWith("a = 1.000e-05"));
    assertTrue(edge(0.5, 10, 0.01, 50).startsWith("mean dropout probability a/(a+b) = 0.000200"));
    assertTrue(edge(0.5, 10, 5000, 1).contains("everyone would drop out"));
  }

  @Test
  void publishedCdnowEstimatesAreInside() {
    assertEquals("", edge(0.243, 4.414, 0.793, 2.426));
    assertEquals("", edge(0.525, 6.183, 0.891, 1.614));
  }

  @Test
  void aFitNoBetterThanTheNbdWithoutDropoutIsDegenerate() {
    assertTrue(FitGuard.nested(-1000.0, -1001.5).contains("no better than"));
    assertEquals("", FitGuard.nested(-1000.0, -1010.0));
    assertEquals("", FitGuard.nested(-1000.0, Double.NaN));
  }

  @Test
  void cdnowStaysGoodAtTheFirstAttempt() {
    CustomerSummary s = Cdnow.summary();
    for (ModelKind kind : List.of(ModelKind.BG_NBD, ModelKind.MBG_NBD)) {
      PurchaseModelFit fit = PurchaseModels.fit(kind, s);
      assertEquals(FitQuality.GOOD, fit.quality(), fit.reason());
      assertEquals(kind, fit.kind());
      assertEquals(1, fit.attempts().size(), fit.attempts().toString());
      assertEquals(FitQuality.GOOD, fit.attempts().get(0).quality());
    }
  }

  @Test
  void withoutDropoutEveryModelIsTriedThenThePenalisedFit() {
    CustomerSummary s = GuardBases.noDropout(2000, 10, 90, 3, 1);
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.MBG_NBD, s);
    assertEquals(FitQuality.REGULARISED, fit.quality(), fit.reason());
    List<FitAttempt> tried = fit.attempts();
    assertEquals(ModelKind.MBG_NBD, tried.get(0).kind());
    assertTrue(tried.get(0).rejected());
    assertEquals(ModelKind.BG_NBD, tried.get(1).kind());
    assertTrue(tried.get(1).rejected());
    assertEquals(ModelKind.PARETO_NBD, tried.get(2).kind());
    assertTrue(tried.get(2).rejected());
    assertTrue(tried.get(0).reason().contains("ran beyond"), tried.get(0).reason());
    // the four validation fits, then the chosen penalty refitted on everyone
    assertEquals(8, tried.size(), tried.toString());
    FitAttempt used = tried.get(7);
    assertEquals(FitQuality.REGULARISED, used.quality());
    assertTrue(used.penalty() > 0);
    assertTrue(fit.reason().contains("chosen by validation"), fit.reason());
    assertEquals("", FitGuard.edge(fit.kind(), fit.parameters()));
  }

  /** 300 customers every 30 days up to the analysis date and one with a 30-day cycle idle 373. */
  static CustomerSummary regularAndOneIdle() {
    int n = 301;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < 300; i++) {
      int first = 30 * (2 + i % 20) + i % 30;
      x[i] = first / 30;
      tx[i] = 30.0 * x[i];
      age[i] = first;
    }
    x[300] = 12;
    tx[300] = 360;
    age[300] = 733;
    return CustomerSummary.of(x, tx, age, PeriodUnit.DAYS);
  }

  @Test
  void aCustomerIdleTwelveCyclesIsNotSafe() {
    CustomerSummary s = regularAndOneIdle();
    for (ModelKind kind : List.of(ModelKind.BG_NBD, ModelKind.MBG_NBD)) {
      PurchaseModelFit fit = PurchaseModels.fit(kind, s);
      assertNotEquals(FitQuality.GOOD, fit.quality(), fit.reason());
      double churn = 1 - fit.model().probabilityAlive(12, 360, 733);
      assertTrue(churn > 0.8, kind + " churn " + churn + " with " + fit.reason());
      double due = 1 - fit.model().probabilityAlive(12, 360, 370);
      assertTrue(due < 0.5, kind + " churn within the cycle " + due);
    }
  }

  @Test
  void theEmpiricalRuleIsTheLastResort() {
    // a penalty too weak to hold the parameters back: every candidate runs away
    FitOptions weak = new FitOptions(1e-12, false, 30, 10, 20_000);
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.MBG_NBD, regularAndOneIdle(), weak);
    assertEquals(FitQuality.EMPIRICAL, fit.quality(), fit.attempts().toString());
    assertEquals(ModelKind.EMPIRICAL, fit.kind());
    FitAttempt last = fit.attempts().get(fit.attempts().size() - 1);
    assertEquals(ModelKind.EMPIRICAL, last.kind());
    assertTrue(
        fit.attempts().subList(0, fit.attempts().size() - 1).stream()
            .allMatch(FitAttempt::rejected),
        fit.attempts().toString());
    PurchaseModel m = fit.model();
    // population cycle 30 days; the idle customer's own cycle (360 + 30) / 13 = 30: 12.43 cycles
    assertEquals(30.0, fit.parameters().alpha() / fit.parameters().r(), 1e-12);
    assertEquals(
        1 / (1 + Math.pow(2 / (373 / 30.0), 4)), 1 - m.probabilityAlive(12, 360, 733), 1e-12);
    assertTrue(1 - m.probabilityAlive(12, 360, 733) > 0.999);
    assertTrue(1 - m.probabilityAlive(12, 360, 380) < 0.1);
  }

  @Test
  void empiricalRuleByHand() {
    PurchaseModel m =
        PurchaseModel.of(ModelKind.EMPIRICAL, new BgNbdParameters(1, 30, 1, 3), PeriodUnit.DAYS);
    // one-time buyer 15 days after the purchase: half a population cycle, churn 0.5^4 / (0.5^4 +
    // 2^4)
    assertEquals(1 / (1 + Math.pow(0.25, 4)), m.probabilityAlive(0, 0, 15), 1e-15);
    // 45 days idle on a 30-day cycle: 1.5 cycles, churn 0.240 (risk zone)
    assertEquals(0.2404, 1 - m.probabilityAlive(0, 0, 45), 5e-5);
    // a two-time buyer with a 10-day gap: cycle (10 + 30) / 2 = 20; idle 60 days = 3 cycles
    assertEquals(1 / (1 + Math.pow(2 / 3.0, 4)), 1 - m.probabilityAlive(1, 10, 70), 1e-15);
    double alive = m.probabilityAlive(1, 10, 70);
    assertEquals(alive * 365 / 20.0, m.expectedPurchases(365, 1, 10, 70), 1e-12);
    assertEquals(
        alive * -Math.expm1(-365 / 20.0), m.probabilityOfPurchaseWithin(365, 1, 10, 70), 1e-15);
    assertEquals(1.0, m.probabilityAlive(3, 90, 90));
    assertEquals(365 / 30.0, m.expectedPurchases(365), 1e-12);
    double sum = 0;
    for (int n = 0; n < 60; n++) {
      sum += m.probabilityOfPurchases(n, 365);
    }
    assertEquals(1.0, sum, 1e-9);
  }
}
