package dev.reactivator.core.segment.nbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedExample;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The next-purchase model against a naive reference written from the formula: occasions are the
 * customer's purchase days, n(a→b), N(a), m(b) counted with sets, P(b | L) summed term by term.
 */
class NextPurchaseProperties {
  private static final LocalDate D = LocalDate.of(2025, 1, 1);
  private static final String[] PRODUCTS = {"A", "B", "C", "D", "E"};

  record P(int customer, int product, int day) {}

  @Provide
  Arbitrary<List<P>> purchases() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, PRODUCTS.length - 1),
            Arbitraries.integers().between(0, 12))
        .as(P::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(60);
  }

  private static Rows rows(List<P> ps) {
    Rows r = Rows.withDates();
    for (P p : ps) {
      r.add(
          "7" + (1000 + p.customer()),
          "c" + p.customer(),
          PRODUCTS[p.product()],
          100,
          D.plusDays(p.day()));
    }
    return r;
  }

  /** customer → day → products of that day's order. */
  private static Map<Integer, TreeMap<Integer, Set<String>>> orders(List<P> ps) {
    Map<Integer, TreeMap<Integer, Set<String>>> m = new HashMap<>();
    for (P p : ps) {
      m.computeIfAbsent(p.customer(), k -> new TreeMap<>())
          .computeIfAbsent(p.day(), k -> new TreeSet<>())
          .add(PRODUCTS[p.product()]);
    }
    return m;
  }

  /** The reference P(b | L) for every customer's last order, by customer then product name. */
  private static Map<Integer, Map<String, Double>> reference(List<P> ps) {
    Map<Integer, TreeMap<Integer, Set<String>>> orders = orders(ps);
    Map<String, Integer> n = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> next = new HashMap<>();
    int m = 0;
    for (TreeMap<Integer, Set<String>> days : orders.values()) {
      Set<String> prev = null;
      for (Set<String> order : days.values()) {
        if (prev != null) {
          for (String b : order) {
            next.merge(b, 1, Integer::sum);
            m++;
            for (String a : prev) {
              n.merge(a + ">" + b, 1, Integer::sum);
              total.merge(a, 1, Integer::sum);
            }
          }
        }
        prev = order;
      }
    }
    Map<Integer, Map<String, Double>> out = new HashMap<>();
    for (var e : orders.entrySet()) {
      Set<String> last = e.getValue().lastEntry().getValue();
      Map<String, Double> pb = new HashMap<>();
      for (String b : PRODUCTS) {
        double p0 = m == 0 ? 0 : next.getOrDefault(b, 0) / (double) m;
        double s = 0;
        for (String a : last) {
          s += (n.getOrDefault(a + ">" + b, 0) + p0) / (total.getOrDefault(a, 0) + 1.0);
        }
        pb.put(b, s / last.size());
      }
      out.put(e.getKey(), pb);
    }
    return out;
  }

  @Property(tries = 200)
  void probabilitiesMatchTheFormulaLieIn01AndSumToOne(@ForAll("purchases") List<P> ps) {
    CustomerBase base = rows(ps).asOf(D.plusDays(100));
    NextPurchaseModel model = NextPurchaseModel.fit(base);
    Map<Integer, TreeMap<Integer, Set<String>>> orders = orders(ps);
    Map<Integer, Map<String, Double>> ref = reference(ps);
    for (var e : orders.entrySet()) {
      List<String> last = List.copyOf(e.getValue().lastEntry().getValue());
      double sum = 0;
      for (String b : PRODUCTS) {
        double p = model.probability(last, b);
        assertTrue(p >= 0 && p <= 1 + 1e-12, "P = " + p);
        assertEquals(ref.get(e.getKey()).get(b), p, 1e-12, b + " after " + last);
        sum += p;
      }
      if (model.hasTransitions()) {
        assertEquals(1.0, sum, 1e-9);
      } else {
        assertEquals(0.0, sum, 0);
      }
    }
  }

  @Property(tries = 200)
  void theProposalsAreTheMostLikelyProductsOwnedOrNot(@ForAll("purchases") List<P> ps) {
    CustomerBase base = rows(ps).asOf(D.plusDays(100));
    CustomerRecommendations rec = NextBestProductAnalysis.compute(base).recommendations();
    Map<Integer, Map<String, Double>> ref = reference(ps);
    Map<Integer, TreeMap<Integer, Set<String>>> orders = orders(ps);
    for (var e : ref.entrySet()) {
      int c = SeedExample.index(base, "c" + e.getKey());
      Set<String> owned = new TreeSet<>();
      orders.get(e.getKey()).values().forEach(owned::addAll);
      double bestAny = 0;
      double bestUnowned = 0;
      for (var pb : e.getValue().entrySet()) {
        bestAny = Math.max(bestAny, pb.getValue());
        if (!owned.contains(pb.getKey())) {
          bestUnowned = Math.max(bestUnowned, pb.getValue());
        }
      }
      check(rec.nextPurchase(c), bestAny, e.getValue(), owned, false);
      check(rec.crossSell(c), bestUnowned, e.getValue(), owned, true);
    }
  }

  private static void check(
      Optional<ProductProposal> got,
      double best,
      Map<String, Double> ref,
      Set<String> owned,
      boolean cross) {
    if (best == 0) {
      assertTrue(got.isEmpty(), got.toString());
      return;
    }
    ProductProposal p = got.orElseThrow();
    assertEquals(best, p.probability(), 1e-12);
    assertEquals(ref.get(p.productName()), p.probability(), 1e-12);
    assertEquals(owned.contains(p.productName()), p.owned());
    if (cross) {
      assertTrue(!p.owned());
    }
    assertEquals(p.evidence() == 0, p.rule() == ProposalRule.POPULAR);
  }

  @Property(tries = 100)
  void theOrderOfRowsAndCustomersChangesNothing(
      @ForAll("purchases") List<P> ps, @ForAll long seed) {
    Rows rows = rows(ps);
    List<SourceRow> shuffled = new ArrayList<>(rows.rows());
    Collections.shuffle(shuffled, new Random(seed));
    CustomerBase a = rows.asOf(D.plusDays(100));
    CustomerBase b = rows.reordered(shuffled).asOf(D.plusDays(100));
    assertEquals(
        namedTransitions(NextPurchaseModel.fit(a)), namedTransitions(NextPurchaseModel.fit(b)));
    CustomerRecommendations ra = NextBestProductAnalysis.compute(a).recommendations();
    CustomerRecommendations rb = NextBestProductAnalysis.compute(b).recommendations();
    for (P p : ps) {
      int ca = SeedExample.index(a, "c" + p.customer());
      int cb = SeedExample.index(b, "c" + p.customer());
      same(ra.nextPurchase(ca), rb.nextPurchase(cb));
      same(ra.crossSell(ca), rb.crossSell(cb));
    }
  }

  @Property(tries = 200)
  void aCustomerGivenByProductNamesGetsTheBasesProposals(@ForAll("purchases") List<P> ps) {
    CustomerBase base = rows(ps).asOf(D.plusDays(100));
    NextPurchaseModel model = NextPurchaseModel.fit(base);
    CustomerRecommendations rec = NextBestProductAnalysis.compute(base).recommendations();
    NextPurchaseProposer proposer = new NextPurchaseProposer(model);
    for (int c = 0; c < base.size(); c++) {
      List<String> owned = new ArrayList<>();
      for (int l = 0; l < base.lineCount(c); l++) {
        owned.add(base.productName(base.lineProduct(c, l)));
      }
      List<String> last = new ArrayList<>();
      int k = base.purchaseCount(c) - 1;
      for (int l = base.purchaseFirstLine(c, k), e = l + base.purchaseLineCount(c, k); l < e; l++) {
        last.add(base.productName(base.lineProduct(c, l)));
      }
      NextPurchaseProposer.Proposal p = proposer.propose(owned, last);
      assertEquals(rec.nextPurchase(c), p.nextPurchase());
      assertEquals(rec.crossSell(c), p.crossSell());
      if (model.hasTransitions() && p.crossSell().isPresent()) {
        assertEquals(rec.get(c), p.nextBest(true));
      }
    }
  }

  private static void same(Optional<ProductProposal> x, Optional<ProductProposal> y) {
    assertEquals(x.isPresent(), y.isPresent());
    if (x.isPresent()) {
      assertEquals(x.get().probability(), y.get().probability(), 1e-12);
      assertEquals(x.get().owned(), y.get().owned());
    }
  }

  private static Map<String, Integer> namedTransitions(NextPurchaseModel m) {
    Map<String, Integer> out = new HashMap<>();
    for (NextPurchaseModel.Transition t : m.transitions()) {
      out.put(m.products().get(t.from()) + ">" + m.products().get(t.to()), t.count());
    }
    for (int b = 0; b < m.products().size(); b++) {
      out.put("next:" + m.products().get(b), m.nextOrders().get(b));
    }
    return out;
  }
}
