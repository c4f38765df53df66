package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma and CLV against the published CDNOW values (README of the reference data). */
class GammaGammaReferenceTest {
  static CustomerSummary summary;
  static SpendModelFit spend;
  static PurchaseModelFit bg;

  @BeforeAll
  static void fit() {
    summary = Cdnow.summaryWithSpend();
    spend = SpendModels.fit(summary);
    bg = PurchaseModels.fit(ModelKind.BG_NBD, summary);
  }

  @Test
  void gammaGammaFitReproducesFaderHardieLee2005() {
    GammaGammaParameters p = spend.parameters();
    assertEquals(6.25, p.p(), 0.02);
    assertEquals(3.74, p.q(), 0.02);
    assertEquals(15.44, p.v(), 0.02);
    assertEquals(946, spend.customers());
    assertEquals(FitQuality.GOOD, spend.quality());
    assertEquals(6.2488 * 15.4477 / (3.74459 - 1), spend.populationMean(), 0.01);
    // lifetimes' Quickstart: the mean conditional expected average over all 2,357 customers
    double sum = 0;
    for (int i = 0; i < summary.size(); i++) {
      sum += spend.model().expectedAverageOrder(summary.x(i), summary.meanRepeatSpend(i));
    }
    assertEquals(35.2529588, sum / summary.size(), 0.01);
  }

  @Test
  void conditionalExpectedAverageMatchesHardieNote025() {
    GammaGammaModel m = GammaGammaModel.of(new GammaGammaParameters(6.25, 3.74, 15.44));
    double[] expected = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
    for (int i = 0; i < 10; i++) {
      assertEquals(
          expected[i],
          m.expectedAverageOrder(summary.x(i), summary.meanRepeatSpend(i)),
          0.1,
          "customer " + (i + 1));
    }
    GammaGammaModel fitted = spend.model();
    assertEquals(
        24.658619, fitted.expectedAverageOrder(summary.x(0), summary.meanRepeatSpend(0)), 0.01);
    assertEquals(
        27.282408, fitted.expectedAverageOrder(summary.x(8), summary.meanRepeatSpend(8)), 0.01);
  }

  @Test
  void twelveMonthClvMatchesLifetimesWithWeeklyFrequency() {
    // lifetimes customer_lifetime_value(freq="W"): a month is 4.345 weeks, discount 1 % a month
    double[] expected = {36.28, 4.64, 8.34, 8.34, 8.34, 283.52, 6.88, 8.34, 43.35, 8.34};
    PurchaseModel m = bg.model();
    GammaGammaModel g = spend.model();
    for (int i = 0; i < 10; i++) {
      double aov = g.expectedAverageOrder(summary.x(i), summary.meanRepeatSpend(i));
      double clv =
          Clv.value(m, summary.x(i), summary.recency(i), summary.age(i), aov, 12, 4.345, 0.01, 1.0);
      assertEquals(expected[i], clv, 0.01 * expected[i] + 0.01, "customer " + (i + 1));
    }
  }

  @Test
  void clvOfThirtyDayMonthsIsSmallerThanOfLongerMonthsAndScalesWithMargin() {
    PurchaseModel m = bg.model();
    double month30 = Clv.value(m, 2, 30.43, 38.86, 24.66, 12, 30.0 / 7, 0.01, 1.0);
    double month4345 = Clv.value(m, 2, 30.43, 38.86, 24.66, 12, 4.345, 0.01, 1.0);
    assertTrue(month30 < month4345);
    assertEquals(
        0.3 * month30, Clv.value(m, 2, 30.43, 38.86, 24.66, 12, 30.0 / 7, 0.01, 0.3), 1e-9);
  }

  @Test
  void undiscountedClvIsExpectedPurchasesTimesSpend() {
    PurchaseModel m = bg.model();
    double clv = Clv.value(m, 2, 30.43, 38.86, 20.0, 6, 4.0, 0.0, 1.0);
    assertEquals(20.0 * m.expectedPurchases(24, 2, 30.43, 38.86), clv, 1e-9);
  }
}
