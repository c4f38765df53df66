package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import org.junit.jupiter.api.Test;

/** Degenerate bases never crash nor give NaN: they fall back and say so. */
class DegenerateBaseTest {

  static void assertSane(CustomerSummary s) {
    for (ModelKind kind : ModelKind.values()) {
      PurchaseModelFit fit = PurchaseModels.fit(kind, s);
      assertFalse(Double.isNaN(fit.logLikelihood()), kind + " LL");
      assertFalse(fit.reason().isBlank());
      PurchaseModel m = fit.model();
      SpendModelFit spend = SpendModels.fit(s);
      assertTrue(Double.isFinite(spend.populationMean()));
      for (int i = 0; i < s.size(); i++) {
        double x = s.x(i);
        double tx = s.recency(i);
        double t = s.age(i);
        double alive = m.probabilityAlive(x, tx, t);
        assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive);
        double e = m.expectedPurchases(365, x, tx, t);
        assertTrue(e >= 0 && Double.isFinite(e), "E " + e);
        double ret = m.probabilityOfPurchaseWithin(365, x, tx, t);
        assertTrue(ret >= 0 && ret <= 1, "return " + ret);
        double aov = spend.model().expectedAverageOrder(x, s.meanRepeatSpend(i));
        assertTrue(Double.isFinite(aov) && aov >= 0, "AOV " + aov);
        double clv = Clv.value(m, x, tx, t, aov, 12, 30, 0.01, 1);
        assertTrue(Double.isFinite(clv) && clv >= 0, "CLV " + clv);
      }
    }
  }

  @Test
  void sixCustomersWithoutRepeatsFallBack() {
    CustomerSummary s =
        CustomerSummary.of(
            new int[6],
            new double[6],
            new double[] {1, 5, 10, 40, 100, 300},
            new double[6],
            PeriodUnit.DAYS);
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.BG_NBD, s);
    assertNotEquals(FitQuality.GOOD, fit.quality());
    assertTrue(fit.reason().contains("6 customers"), fit.reason());
    SpendModelFit spend = SpendModels.fit(s);
    assertEquals(FitQuality.POPULATION_DEFAULTS, spend.quality());
    assertSane(s);
  }

  @Test
  void everyoneOnOneDayWithTZero() {
    int n = 50;
    CustomerSummary s =
        CustomerSummary.of(new int[n], new double[n], new double[n], PeriodUnit.DAYS);
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.MBG_NBD, s);
    assertNotEquals(FitQuality.GOOD, fit.quality());
    assertSane(s);
  }

  @Test
  void hugeAgesAndFrequencies() {
    CustomerSummary s =
        CustomerSummary.of(
            new int[] {0, 1, 5000, 3, 0, 200, 7},
            new double[] {0, 1e6, 9e6, 2, 0, 1e5, 40},
            new double[] {1e7, 1e7, 1e7, 5, 3, 1e7, 41},
            new double[] {0, 10, 20, 30, 0, 5, 1},
            PeriodUnit.DAYS);
    assertSane(s);
  }

  @Test
  void oneCustomer() {
    assertSane(
        CustomerSummary.of(
            new int[] {3},
            new double[] {90},
            new double[] {200},
            new double[] {50},
            PeriodUnit.DAYS));
    assertSane(
        CustomerSummary.of(
            new int[] {0}, new double[] {0}, new double[] {0}, new double[] {0}, PeriodUnit.DAYS));
  }

  @Test
  void noCustomersGivesPopulationDefaults() {
    CustomerSummary s =
        CustomerSummary.of(new int[0], new double[0], new double[0], PeriodUnit.DAYS);
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.BG_NBD, s);
    assertEquals(FitQuality.POPULATION_DEFAULTS, fit.quality());
    assertEquals(0.0, fit.logLikelihood());
  }

  @Test
  void smallButRegularBaseIsRegularisedTowardsTheDefaults() {
    int[] x = {2, 3, 1, 0, 4, 0, 2, 1};
    double[] tx = {60, 100, 30, 0, 120, 0, 50, 20};
    double[] t = {150, 160, 170, 90, 180, 40, 100, 200};
    CustomerSummary s = CustomerSummary.of(x, tx, t, PeriodUnit.DAYS);
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.BG_NBD, s);
    assertEquals(FitQuality.REGULARISED, fit.quality(), fit.reason());
    assertTrue(fit.converged());
    assertTrue(fit.reason().contains("too little data"), fit.reason());
  }

  @Test
  void invalidSummariesFailFastNamingTheValue() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                CustomerSummary.of(
                    new int[] {1}, new double[] {5}, new double[] {4}, PeriodUnit.DAYS));
    assertTrue(e.getMessage().contains("T[0]"), e.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () ->
            CustomerSummary.of(new int[] {0}, new double[] {2}, new double[] {4}, PeriodUnit.DAYS));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new BgNbdParameters(Double.NaN, 1, 1, 1));
  }
}
