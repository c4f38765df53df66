package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BG/NBD and MBG/NBD against the published CDNOW values (README of the reference data). */
class BgNbdReferenceTest {
  static PurchaseModelFit bg;
  static PurchaseModelFit mbg;

  @BeforeAll
  static void fit() {
    CustomerSummary s = Cdnow.summary();
    bg = PurchaseModels.fit(ModelKind.BG_NBD, s);
    mbg = PurchaseModels.fit(ModelKind.MBG_NBD, s);
  }

  @Test
  void bgNbdFitReproducesFaderHardieLee2005() {
    BgNbdParameters p = bg.parameters();
    assertEquals(0.243, p.r(), 0.005);
    assertEquals(4.414, p.alpha(), 0.005);
    assertEquals(0.793, p.a(), 0.005);
    assertEquals(2.426, p.b(), 0.005);
    assertEquals(-9582.4, bg.logLikelihood(), 0.5);
    assertEquals(FitQuality.GOOD, bg.quality());
    assertTrue(bg.converged());
    assertEquals(2357, bg.customers());
    assertEquals(946, bg.repeatCustomers());
  }

  @Test
  void bgNbdStandardErrorsMatchLifetimes() {
    // lifetimes prints se r 0.012557, alpha 0.378221, a 0.185719, b 0.705345
    double[] expected = {0.012557, 0.378221, 0.185719, 0.705345};
    for (int i = 0; i < 4; i++) {
      ParameterEstimate e = bg.estimates().get(i);
      double se = e.standardError().orElseThrow();
      assertEquals(expected[i], se, expected[i] * 0.03, e.name());
      assertTrue(e.lower95().orElseThrow() < e.value() && e.value() < e.upper95().orElseThrow());
    }
  }

  @Test
  void mbgNbdFitReproducesBtydPlus() {
    BgNbdParameters p = mbg.parameters();
    assertEquals(0.525, p.r(), 0.005);
    assertEquals(6.183, p.alpha(), 0.005);
    assertEquals(0.891, p.a(), 0.005);
    assertEquals(1.614, p.b(), 0.005);
    assertEquals(FitQuality.GOOD, mbg.quality());
  }

  static PurchaseModel paper() {
    return PurchaseModel.of(
        ModelKind.BG_NBD, new BgNbdParameters(0.243, 4.414, 0.793, 2.426), PeriodUnit.WEEKS);
  }

  @Test
  void unconditionalExpectationMatchesHardieSpreadsheet() {
    PurchaseModel m = bg.model();
    double[] t = {0.1429, 1, 3, 31.8571, 32};
    double[] e = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437};
    for (int i = 0; i < t.length; i++) {
      assertEquals(e[i], m.expectedPurchases(t[i]), 0.00005, "t = " + t[i]);
    }
    // the spreadsheet's 1.8576 at t = 78 differs in the 4th decimal; the series sum Σ n P(X(78) =
    // n)
    // (no hypergeometric function involved) gives 1.85797, as does the closed form
    assertEquals(1.8576, m.expectedPurchases(78), 0.0005);
  }

  @Test
  void unconditionalExpectationEqualsTheMeanOfTheCountDistribution() {
    PurchaseModel m = bg.model();
    for (double t : new double[] {1, 32, 78}) {
      double sum = 0;
      for (int n = 1; n < 5000; n++) {
        sum += n * m.probabilityOfPurchases(n, t);
      }
      assertEquals(sum, m.expectedPurchases(t), 1e-9, "t = " + t);
    }
  }

  @Test
  void probabilityOfNPurchasesMatchesBtyd() {
    PurchaseModel m = paper();
    assertEquals(0.5737864, m.probabilityOfPurchases(0, 39), 1e-6);
    assertEquals(1.07869e-07, m.probabilityOfPurchases(10, 2), 1e-11);
    double[] e = {
      0.0019995214,
      0.0015170236,
      0.0011633150,
      0.0009003148,
      0.0007023638,
      0.0005517902,
      0.0004361913,
      0.0003467171,
      0.0002769613,
      0.0002222260
    };
    for (int n = 11; n <= 20; n++) {
      assertEquals(e[n - 11], m.probabilityOfPurchases(n, 30), 1e-8, "n = " + n);
    }
  }

  @Test
  void conditionalExpectationMatchesHardieSpreadsheet() {
    assertEquals(1.226, bg.model().expectedPurchases(39, 2, 30.43, 38.86), 0.001);
  }

  @Test
  void oneWeekRankingMatchesLifetimesQuickstart() {
    PurchaseModel m = bg.model();
    assertEquals(0.710623, m.expectedPurchases(1, 26, 30.86, 31), 1e-4);
    assertEquals(0.662396, m.expectedPurchases(1, 29, 37.71, 38.00), 1e-4);
    assertEquals(0.486526, m.expectedPurchases(1, 17, 28.43, 28.86), 1e-4);
  }

  @Test
  void probabilityAliveEdgeCases() {
    PurchaseModel m = bg.model();
    assertEquals(1.0, m.probabilityAlive(0, 1, 1));
    assertEquals(0.0, m.probabilityAlive(1000, 10, 100));
    assertEquals(0.0, m.expectedPurchases(39, 1000, 10, 100));
    double[] lifetimes = {0.726609, 0.212227, 1, 1, 1, 0.641801, 0.314918, 1, 0.784808, 1};
    CustomerSummary s = Cdnow.summary();
    for (int i = 0; i < 10; i++) {
      assertEquals(
          lifetimes[i],
          m.probabilityAlive(s.x(i), s.recency(i), s.age(i)),
          1e-4,
          "customer " + (i + 1));
    }
    PurchaseModel mb = mbg.model();
    double oneTimer = mb.probabilityAlive(0, 0, 38.86);
    assertTrue(
        oneTimer > 0 && oneTimer < 1, "MBG/NBD: a one-time buyer may be gone, was " + oneTimer);
  }

  @Test
  void returnProbabilityIsPAliveTimesPurchaseWhileAlive() {
    PurchaseModel m = paper();
    double alive = m.probabilityAlive(2, 30.43, 38.86);
    double r = 0.243 + 2;
    double expected = alive * (1 - Math.pow((4.414 + 38.86) / (4.414 + 38.86 + 39), r));
    assertEquals(expected, m.probabilityOfPurchaseWithin(39, 2, 30.43, 38.86), 1e-12);
  }
}
