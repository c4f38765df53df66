package dev.reactivator.core.segment.nbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The time hold-out of the next purchase on {@link RenewalBase}, where renewals and re-orders are
 * the strongest pattern. The figures are those of {@code docs/metrics.md}, "Next purchase"; the
 * generator and the model are deterministic.
 */
class NextPurchaseHoldoutTest {

  @Test
  void onARenewalHeavyBaseTheNextPurchaseBeatsPopularityTwiceAndRepeatingTheLastProduct() {
    NextPurchaseEvaluation e =
        NextBestProductAnalysis.evaluateTimeHoldout(
                RenewalBase.base(3000, 42), NextBestProductOptions.defaults(), why -> {})
            .orElseThrow();
    assertEquals(java.time.LocalDate.of(2025, 5, 24), e.split());
    assertEquals(2927, e.trainingCustomers());
    assertEquals(1324, e.evaluatedCustomers());
    double n = e.evaluatedCustomers();
    assertEquals(1299 / n, e.nextPurchase().at1(), 1e-12);
    assertEquals(1.0, e.nextPurchase().at3(), 1e-12);
    assertEquals(300 / n, e.popularity().at1(), 1e-12);
    assertEquals(715 / n, e.popularity().at3(), 1e-12);
    assertEquals(1133 / n, e.repeatLast().at1(), 1e-12);
    assertEquals(1185 / n, e.repeatLast().at3(), 1e-12);
    // owned products excluded, the offer misses every renewal and re-order
    assertEquals(139 / n, e.crossSell().at1(), 1e-12);
    assertEquals(139 / n, e.previousRecommender().at1(), 1e-12);
    double p1 = e.popularity().at1();
    double r1 = e.repeatLast().at1();
    assertTrue(e.nextPurchase().at1() >= 2 * p1, e.toString());
    assertTrue(e.nextPurchase().at1() >= Math.max(p1, r1), e.toString());
    assertTrue(e.nextPurchase().at3() >= Math.max(e.popularity().at3(), e.repeatLast().at3()));
  }

  @Test
  void onMarkovProductChainsWithoutRepurchasesItMatchesTheSuccessorRecommender() {
    NextPurchaseEvaluation e =
        NextBestProductAnalysis.evaluateTimeHoldout(
                ProductChains.base(3000, 42), NextBestProductOptions.defaults(), why -> {})
            .orElseThrow();
    // the optimum from the previous product is 0.61875 @1 and 0.90625 @3
    // (NextBestProductHoldoutTest)
    assertEquals(java.time.LocalDate.of(2024, 11, 30), e.split());
    assertEquals(1034, e.evaluatedCustomers());
    double n = e.evaluatedCustomers();
    assertEquals(640 / n, e.nextPurchase().at1(), 1e-12);
    assertEquals(924 / n, e.nextPurchase().at3(), 1e-12);
    assertEquals(622 / n, e.crossSell().at1(), 1e-12);
    assertEquals(863 / n, e.crossSell().at3(), 1e-12);
    assertEquals(622 / n, e.previousRecommender().at1(), 1e-12);
    assertEquals(865 / n, e.previousRecommender().at3(), 1e-12);
    assertEquals(121 / n, e.popularity().at1(), 1e-12);
    assertEquals(387 / n, e.popularity().at3(), 1e-12);
    assertEquals(18 / n, e.repeatLast().at1(), 1e-12);
    assertEquals(67 / n, e.repeatLast().at3(), 1e-12);
  }

  @Test
  void isAbsentWithoutPurchaseDatesOrWithNothingBeforeTheSplit() {
    StringBuilder why = new StringBuilder();
    var base =
        dev.reactivator.core.segment.Rows.withoutDates()
            .add(
                "1", null, "A", 10, RenewalBase.AS_OF.minusDays(5), RenewalBase.AS_OF.minusDays(90))
            .asOf(RenewalBase.AS_OF);
    assertTrue(
        NextBestProductAnalysis.evaluateTimeHoldout(
                base, NextBestProductOptions.defaults(), why::append)
            .isEmpty());
    assertEquals("no purchase dates: the order of purchases is unknown", why.toString());
    why.setLength(0);
    assertTrue(
        NextBestProductAnalysis.evaluateTimeHoldout(
                RenewalBase.base(50, 1),
                RenewalBase.AS_OF.minusYears(10),
                NextBestProductOptions.defaults(),
                why::append)
            .isEmpty());
    assertEquals("no customer has two purchase occasions before 2015-12-31", why.toString());
  }
}
