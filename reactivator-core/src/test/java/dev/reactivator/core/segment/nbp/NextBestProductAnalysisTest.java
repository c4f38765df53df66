package dev.reactivator.core.segment.nbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedExample;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextBestProductAnalysisTest {
  private static final LocalDate D = LocalDate.of(2025, 1, 10);

  /** c1–c3: A → B; c4: A → C; c5: A; c6: D → A; c7: B. */
  static CustomerBase sequences() {
    Rows r = Rows.withDates();
    for (int i = 1; i <= 3; i++) {
      r.add("7" + i, "c" + i, "A", 100, D).add("7" + i, "c" + i, "B", 100, D.plusDays(20));
    }
    r.add("74", "c4", "A", 100, D).add("74", "c4", "C", 100, D.plusDays(20));
    r.add("75", "c5", "A", 100, D);
    r.add("76", "c6", "D", 100, D).add("76", "c6", "A", 100, D.plusDays(5));
    r.add("77", "c7", "B", 100, D);
    return r.asOf(D.plusDays(60));
  }

  @Test
  void buildsTheMatrixFromConsecutivePurchases() {
    CustomerBase base = sequences();
    NextBestProducts nbp = NextBestProductAnalysis.compute(base);
    assertEquals(TransitionMode.SEQUENCE, nbp.mode());
    ProductTransitions a = nbp.matrix().get(0);
    assertEquals("A", a.key());
    assertEquals(4, a.total());
    assertEquals(
        List.of(new ProductShare(1, "B", 3, 0.75), new ProductShare(2, "C", 1, 0.25)), a.next());
    // rows speak to customers whose last purchase was the product: c5 and c6
    assertEquals(
        List.of(SeedExample.index(base, "c5"), SeedExample.index(base, "c6")), a.customers());
    ProductTransitions d = nbp.matrix().get(1);
    assertEquals("D", d.key());
    assertEquals(List.of(new ProductShare(0, "A", 1, 1.0)), d.next());
  }

  @Test
  void recommendsTheCrossSellOfTheNextPurchaseModel() {
    // transitions A→B 3, A→C 1, D→A 1; next orders hold B 3 times, A and C once: P0 (0.2, 0.6,
    // 0.2, 0); P(b | A) = (n(A→b) + P0(b)) / (4 + 1) (see NextPurchaseModelTest)
    CustomerBase base = sequences();
    CustomerRecommendations rec = NextBestProductAnalysis.compute(base).recommendations();
    assertShown(
        1, "B", RecommendationSource.SEQUENCE, 0.72, rec.get(SeedExample.index(base, "c5")));
    assertShown(
        1, "B", RecommendationSource.SEQUENCE, 0.72, rec.get(SeedExample.index(base, "c6")));
    // B was never followed by anything: P0; c7 lacks A and C (0.2 each), A has the smaller id
    assertShown(
        0, "A", RecommendationSource.POPULARITY, 0.2, rec.get(SeedExample.index(base, "c7")));
    // c1 owns A and B: C
    assertShown(
        2, "C", RecommendationSource.POPULARITY, 0.2, rec.get(SeedExample.index(base, "c1")));
  }

  private static void assertShown(
      int product,
      String name,
      RecommendationSource source,
      double confidence,
      java.util.Optional<NextBestProduct> actual) {
    NextBestProduct p = actual.orElseThrow();
    assertEquals(product, p.product());
    assertEquals(name, p.productName());
    assertEquals(source, p.source());
    assertEquals(confidence, p.confidence(), 1e-12);
  }

  @Test
  void fallsBackToPopularityOnTheSeedExample() {
    CustomerBase base = SeedExample.base();
    NextBestProducts nbp = NextBestProductAnalysis.compute(base);
    // Петр's last product Людмила was never followed by anything: P0, the share of next orders
    // holding the product; 3 of the 4 next orders hold Сервер IBM
    NextBestProduct petr = nbp.recommendations().get(SeedExample.index(base, "Петр")).orElseThrow();
    assertEquals(
        new NextBestProduct(
            base.productNames().indexOf("Сервер IBM"),
            "Сервер IBM",
            RecommendationSource.POPULARITY,
            0.75),
        petr);
    assertEquals(6, nbp.recommendations().count(RecommendationSource.POPULARITY));
    ProductTransitions apc = nbp.matrix().get(0);
    assertEquals("ИБП APC", apc.key());
    assertEquals(2, apc.total());
  }

  @Test
  void labelsCoPurchasesWithoutPurchaseDates() {
    LocalDate asOf = LocalDate.of(2025, 6, 1);
    CustomerBase base =
        Rows.withoutDates()
            .add("1", null, "A", 10, asOf.minusDays(5), asOf.minusDays(90))
            .add("1", null, "B", 10, asOf.minusDays(5), asOf.minusDays(90))
            .add("2", null, "A", 10, asOf.minusDays(9), asOf.minusDays(60))
            .asOf(asOf);
    NextBestProducts nbp = NextBestProductAnalysis.compute(base);
    assertEquals(TransitionMode.CO_PURCHASE, nbp.mode());
    ProductTransitions a =
        nbp.matrix().stream().filter(r -> r.key().equals("A")).findFirst().orElseThrow();
    assertEquals(2, a.total(), "the row total is A's buyers");
    assertEquals(List.of(new ProductShare(1, "B", 1, 0.5)), a.next());
    assertTrue(
        NextBestProductAnalysis.evaluateHoldout(base, NextBestProductOptions.defaults()).isEmpty());
  }

  @Test
  void beatsThePopularityBaselineOnKnownProductChains() {
    CustomerBase base = ProductChains.base(3000, 42);
    NextBestProductEvaluation e =
        NextBestProductAnalysis.evaluateHoldout(base, NextBestProductOptions.defaults())
            .orElseThrow();
    assertEquals(3000, e.evaluatedCustomers());
    assertTrue(e.hitRateAt1() > e.popularityHitRateAt1() + 0.2, e.toString());
    assertTrue(e.hitRateAt3() > e.popularityHitRateAt3() + 0.2, e.toString());
    assertTrue(e.hitRateAt3() >= e.hitRateAt1());
  }
}
