package dev.reactivator.core.segment.nbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedExample;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextPurchaseModelTest {
  private static final LocalDate D = LocalDate.of(2025, 1, 10);
  private static final double EPS = 1e-12;

  /**
   * {@link NextBestProductAnalysisTest#sequences()}: c1–c3 A → B, c4 A → C, c5 A, c6 D → A, c7 B.
   * n(A→B) = 3, n(A→C) = 1, n(D→A) = 1; N(A) = 4, N(D) = 1; next orders hold B 3 times, A and C
   * once: P0 = (A 0.2, B 0.6, C 0.2, D 0).
   */
  private static CustomerBase sequences() {
    return NextBestProductAnalysisTest.sequences();
  }

  @Test
  void countsTransitionsAndThePopularityOfNextOrders() {
    CustomerBase base = sequences();
    NextPurchaseModel m = NextPurchaseModel.fit(base);
    List<String> names = base.productNames();
    int a = names.indexOf("A");
    int b = names.indexOf("B");
    int c = names.indexOf("C");
    int d = names.indexOf("D");
    assertEquals(3, m.count(a, b));
    assertEquals(1, m.count(a, c));
    assertEquals(1, m.count(d, a));
    assertEquals(0, m.count(b, a));
    assertEquals(4, m.total(a));
    assertEquals(1, m.total(d));
    assertEquals(0, m.total(b));
    assertEquals(0.2, m.prior(a), EPS);
    assertEquals(0.6, m.prior(b), EPS);
    assertEquals(0.2, m.prior(c), EPS);
    assertEquals(0.0, m.prior(d), EPS);
  }

  @Test
  void smoothsEachProductOfTheLastOrderTowardsThePopularityOfNextOrders() {
    NextPurchaseModel m = NextPurchaseModel.fit(sequences());
    // after A: (n + 1 · P0) / (4 + 1)
    assertEquals((3 + 0.6) / 5, m.probability(List.of("A"), "B"), EPS);
    assertEquals((1 + 0.2) / 5, m.probability(List.of("A"), "C"), EPS);
    assertEquals((0 + 0.2) / 5, m.probability(List.of("A"), "A"), EPS);
    assertEquals(0, m.probability(List.of("A"), "D"), EPS);
    // B was never followed by anything: P0
    assertEquals(0.6, m.probability(List.of("B"), "B"), EPS);
    // a last order of A and D: the mean of A's and D's smoothed rows, D's being (n + P0) / 2
    assertEquals(((3 + 0.6) / 5 + (0 + 0.6) / 2) / 2, m.probability(List.of("A", "D"), "B"), EPS);
    assertEquals(((0 + 0.2) / 5 + (1 + 0.2) / 2) / 2, m.probability(List.of("A", "D"), "A"), EPS);
    // unknown products are ignored; nothing known left: P0
    assertEquals(0.6, m.probability(List.of("Z"), "B"), EPS);
    assertEquals(0, m.probability(List.of("A"), "Z"), EPS);
  }

  @Test
  void proposesTheNextPurchaseEvenWhenOwnedAndTheBestUnownedProductAsCrossSell() {
    CustomerBase base = sequences();
    NextBestProducts nbp = NextBestProductAnalysis.compute(base);
    CustomerRecommendations r = nbp.recommendations();
    List<String> names = base.productNames();
    int c5 = SeedExample.index(base, "c5");
    ProductProposal afterA =
        new ProductProposal(
            names.indexOf("B"), "B", (3 + 0.6) / 5, ProposalRule.AFTER, Optional.of("A"), 3, false);
    assertProposal(afterA, r.nextPurchase(c5).orElseThrow());
    assertProposal(afterA, r.crossSell(c5).orElseThrow());
    // the next best product shown everywhere is the cross-sell
    NextBestProduct shown = r.get(c5).orElseThrow();
    assertEquals("B", shown.productName());
    assertEquals(RecommendationSource.SEQUENCE, shown.source());
    assertEquals(0.72, shown.confidence(), EPS);

    // c1 (A, then B): B was never followed, so P0 decides; B is owned, C the best unowned (0.2,
    // tied with A, which c1 owns)
    int c1 = SeedExample.index(base, "c1");
    assertProposal(
        new ProductProposal(
            names.indexOf("B"), "B", 0.6, ProposalRule.POPULAR, Optional.empty(), 0, true),
        r.nextPurchase(c1).orElseThrow());
    assertProposal(
        new ProductProposal(
            names.indexOf("C"), "C", 0.2, ProposalRule.POPULAR, Optional.empty(), 0, false),
        r.crossSell(c1).orElseThrow());
    assertEquals(RecommendationSource.POPULARITY, r.get(c1).orElseThrow().source());

    // c7 (B only): A and C tie at 0.2 for the cross-sell; A has the smaller id
    int c7 = SeedExample.index(base, "c7");
    assertEquals("A", r.crossSell(c7).orElseThrow().productName());
    assertEquals(0.2, r.crossSell(c7).orElseThrow().probability(), EPS);
    assertTrue(nbp.nextPurchaseModel().isPresent());
    assertEquals(5, r.nextPurchaseCount(ProposalRule.POPULAR));
    assertEquals(2, r.nextPurchaseCount(ProposalRule.AFTER));
  }

  @Test
  void aCustomerGivenByProductNamesGetsTheProposalsOfTheBase() {
    NextPurchaseModel m = NextPurchaseModel.fit(sequences());
    List<String> names = m.products();
    NextPurchaseProposer proposer = new NextPurchaseProposer(m);
    // c5 (A only): after A, B (3 + 0.6) / 5 = 0.72 on 3 observed orders, not owned
    NextPurchaseProposer.Proposal c5 = proposer.propose(List.of("A"), List.of("A"));
    ProductProposal afterA =
        new ProductProposal(
            names.indexOf("B"), "B", (3 + 0.6) / 5, ProposalRule.AFTER, Optional.of("A"), 3, false);
    assertProposal(afterA, c5.nextPurchase().orElseThrow());
    assertProposal(afterA, c5.crossSell().orElseThrow());
    NextBestProduct shown = c5.nextBest(true).orElseThrow();
    assertEquals("B", shown.productName());
    assertEquals(RecommendationSource.SEQUENCE, shown.source());
    assertEquals(0.72, shown.confidence(), EPS);
    // c1 (A, then B): P0 decides, B (0.6) owned; C (0.2, tied with the owned A) the cross-sell
    NextPurchaseProposer.Proposal c1 = proposer.propose(List.of("B", "A"), List.of("B"));
    assertProposal(
        new ProductProposal(
            names.indexOf("B"), "B", 0.6, ProposalRule.POPULAR, Optional.empty(), 0, true),
        c1.nextPurchase().orElseThrow());
    assertEquals("C", c1.crossSell().orElseThrow().productName());
    assertEquals(RecommendationSource.POPULARITY, c1.nextBest(true).orElseThrow().source());
    assertEquals("B", c1.nextBest(false).orElseThrow().productName());
    // a customer owning every product with a prior has no cross-sell; unknown names are ignored
    NextPurchaseProposer.Proposal all =
        proposer.propose(List.of("A", "B", "C", "Z"), List.of("Z", "B"));
    assertTrue(all.crossSell().isEmpty());
    assertTrue(all.nextBest(true).isEmpty());
    assertEquals("B", all.nextPurchase().orElseThrow().productName());
  }

  @Test
  void namesARepurchaseAsARepeat() {
    Rows rows = Rows.withDates();
    // two renewals of L each, one L → S
    for (int i = 1; i <= 2; i++) {
      rows.add("7" + i, "r" + i, "L", 100, D)
          .add("7" + i, "r" + i, "L", 100, D.plusDays(365))
          .add("7" + i, "r" + i, "L", 100, D.plusDays(730));
    }
    rows.add("73", "s", "L", 100, D).add("73", "s", "S", 50, D.plusDays(30));
    CustomerBase base = rows.asOf(D.plusDays(800));
    CustomerRecommendations r = NextBestProductAnalysis.compute(base).recommendations();
    // n(L→L) = 4, n(L→S) = 1, N(L) = 5; next orders: L 4, S 1 → P0 (0.8, 0.2)
    ProductProposal renew = r.nextPurchase(SeedExample.index(base, "r1")).orElseThrow();
    assertProposal(
        new ProductProposal(
            base.productNames().indexOf("L"),
            "L",
            (4 + 0.8) / 6,
            ProposalRule.REPEAT,
            Optional.of("L"),
            4,
            true),
        renew);
    ProductProposal cross = r.crossSell(SeedExample.index(base, "r1")).orElseThrow();
    assertEquals("S", cross.productName());
    assertEquals((1 + 0.2) / 6, cross.probability(), EPS);
    assertEquals(ProposalRule.AFTER, cross.rule());
  }

  @Test
  void withoutPurchaseDatesThereIsNoNextPurchaseAndTheCoPurchaseRecommendationStays() {
    Rows rows = Rows.withoutDates();
    rows.add("71", "a", "A", 100, D).add("71", "a", "B", 100, D);
    rows.add("72", "b", "A", 100, D);
    CustomerBase base = rows.asOf(D.plusDays(10));
    NextBestProducts nbp = NextBestProductAnalysis.compute(base);
    assertEquals(TransitionMode.CO_PURCHASE, nbp.mode());
    assertTrue(nbp.nextPurchaseModel().isEmpty());
    int b = SeedExample.index(base, "b");
    assertTrue(nbp.recommendations().nextPurchase(b).isEmpty());
    assertTrue(nbp.recommendations().crossSell(b).isEmpty());
    assertEquals("B", nbp.recommendations().get(b).orElseThrow().productName());
    assertThrows(IllegalArgumentException.class, () -> NextPurchaseModel.fit(base));
  }

  @Test
  void aModelRebuiltFromItsCountsIsEqualAndRejectsBadCounts() {
    NextPurchaseModel m = NextPurchaseModel.fit(sequences());
    NextPurchaseModel copy =
        NextPurchaseModel.of(m.products(), m.alpha(), m.transitions(), m.nextOrders());
    assertEquals(m, copy);
    assertEquals(m.hashCode(), copy.hashCode());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            NextPurchaseModel.of(
                List.of("A"), 1, List.of(new NextPurchaseModel.Transition(0, 1, 1)), List.of(0)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            NextPurchaseModel.of(
                List.of("A"),
                1,
                List.of(
                    new NextPurchaseModel.Transition(0, 0, 1),
                    new NextPurchaseModel.Transition(0, 0, 2)),
                List.of(3)));
    assertThrows(
        IllegalArgumentException.class,
        () -> NextPurchaseModel.of(List.of("A"), 0, List.of(), List.of(0)));
    assertFalse(NextPurchaseModel.of(List.of("A"), 1, List.of(), List.of(0)).hasTransitions());
  }

  private static void assertProposal(ProductProposal expected, ProductProposal actual) {
    assertEquals(expected.product(), actual.product());
    assertEquals(expected.productName(), actual.productName());
    assertEquals(expected.probability(), actual.probability(), EPS);
    assertEquals(expected.rule(), actual.rule());
    assertEquals(expected.after(), actual.after());
    assertEquals(expected.evidence(), actual.evidence());
    assertEquals(expected.owned(), actual.owned());
  }
}
