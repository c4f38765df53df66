package dev.reactivator.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.nbp.NextBestProductAnalysis;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.segment.nbp.NextPurchaseEvaluation;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The time hold-out of the next purchase on the bundled sample (421 customers, as of 2026-01-31):
 * the figures of {@code docs/metrics.md}, "Next purchase".
 */
class SampleNextPurchaseTest {

  @Test
  void theNextPurchaseBeatsPopularityMoreThanTwiceAndRepeatingTheLastProduct() {
    CustomerBase base =
        Reactivator.load(Path.of("sample/customers.csv")).asOf(LocalDate.of(2026, 1, 31)).base();
    NextPurchaseEvaluation e =
        NextBestProductAnalysis.evaluateTimeHoldout(
                base, NextBestProductOptions.defaults(), why -> {})
            .orElseThrow();
    // 80 % of the purchase occasions fall before the split
    assertEquals(LocalDate.of(2025, 4, 24), e.split());
    assertEquals(355, e.trainingCustomers());
    assertEquals(77, e.evaluatedCustomers());
    double n = 77;
    assertEquals(43 / n, e.nextPurchase().at1(), 1e-12);
    assertEquals(63 / n, e.nextPurchase().at3(), 1e-12);
    assertEquals(23 / n, e.crossSell().at1(), 1e-12);
    assertEquals(27 / n, e.crossSell().at3(), 1e-12);
    assertEquals(23 / n, e.previousRecommender().at1(), 1e-12);
    assertEquals(31 / n, e.previousRecommender().at3(), 1e-12);
    assertEquals(7 / n, e.popularity().at1(), 1e-12);
    assertEquals(21 / n, e.popularity().at3(), 1e-12);
    assertEquals(20 / n, e.repeatLast().at1(), 1e-12);
    assertEquals(36 / n, e.repeatLast().at3(), 1e-12);
    assertTrue(e.nextPurchase().at1() >= 2 * e.popularity().at1());
    assertTrue(e.nextPurchase().at1() >= e.repeatLast().at1());
  }

  @Test
  void theAnalysisCarriesTheSameHoldoutItsReportShows() {
    Path sample = Path.of("sample/customers.csv");
    LocalDate asOf = LocalDate.of(2026, 1, 31);
    var analysis = Reactivator.load(sample).asOf(asOf).score().segment();
    assertEquals(
        NextBestProductAnalysis.evaluateTimeHoldout(
            analysis.base(), NextBestProductOptions.defaults(), why -> {}),
        analysis.nextBestProducts().holdout());
  }
}
