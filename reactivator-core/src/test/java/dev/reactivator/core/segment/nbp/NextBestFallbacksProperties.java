package dev.reactivator.core.segment.nbp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.segment.Rows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fallbacks ranked from counts summed over customers ({@link NextBestFallbacks}, what a cluster
 * job computes) equal the library's next best product wherever the next-purchase model proposes
 * nothing unowned, and for every customer of a base without purchase dates.
 */
class NextBestFallbacksProperties {
  private static final LocalDate D = LocalDate.of(2025, 1, 1);
  private static final String[] PRODUCTS = {"A", "B", "C", "D"};

  record P(int customer, int product, int day) {}

  @Provide
  Arbitrary<List<P>> purchases() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 24),
            Arbitraries.integers().between(0, PRODUCTS.length - 1),
            Arbitraries.integers().between(0, 6))
        .as(P::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(120);
  }

  @Property(tries = 200)
  void withDatesTheFallbacksEqualTheLibrary(@ForAll("purchases") List<P> ps) {
    check(rows(ps, Rows.withDates()).asOf(D.plusDays(100)), true);
  }

  @Property(tries = 100)
  void withoutDatesTheFallbacksEqualTheLibrary(@ForAll("purchases") List<P> ps) {
    check(rows(ps, Rows.withoutDates()).asOf(D.plusDays(100)), false);
  }

  private static Rows rows(List<P> ps, Rows r) {
    for (P p : ps) {
      r.add(
          "7" + (1000 + p.customer()),
          "c" + p.customer(),
          PRODUCTS[p.product()],
          100 + p.product(),
          D.plusDays(p.day()));
    }
    return r;
  }

  private static void check(CustomerBase base, boolean dates) {
    CustomerRecommendations rec = NextBestProductAnalysis.compute(base).recommendations();
    NextBestFallbacks fallbacks = fallbacks(base, dates);
    for (int c = 0; c < base.size(); c++) {
      if (dates && rec.crossSell(c).isPresent()) {
        continue; // the next-purchase model's own proposal, not a fallback
      }
      TreeSet<String> owned = new TreeSet<>();
      for (int l = 0; l < base.lineCount(c); l++) {
        owned.add(base.productName(base.lineProduct(c, l)));
      }
      // in any order, repeated: the ranking reads the set
      List<String> given = new ArrayList<>(owned.descendingSet());
      given.addAll(owned);
      String last = base.productName(base.purchaseProduct(c, base.purchaseCount(c) - 1));
      Optional<NextBestProduct> expected = rec.get(c);
      Optional<NextBestProduct> actual = fallbacks.recommend(given, Optional.of(last));
      assertEquals(expected, actual, "customer " + c);
    }
  }

  /** The counts written from the definitions, customer by customer, by product name. */
  private static NextBestFallbacks fallbacks(CustomerBase base, boolean dates) {
    Map<String, Integer> buyers = new TreeMap<>();
    Map<List<String>, Integer> pairs = new TreeMap<>(NextBestFallbacksProperties::compare);
    Map<List<String>, Integer> successors = new TreeMap<>(NextBestFallbacksProperties::compare);
    for (int c = 0; c < base.size(); c++) {
      TreeSet<String> owned = new TreeSet<>();
      for (int l = 0; l < base.lineCount(c); l++) {
        owned.add(base.productName(base.lineProduct(c, l)));
      }
      for (String a : owned) {
        buyers.merge(a, 1, Integer::sum);
        for (String b : owned.tailSet(a, false)) {
          pairs.merge(List.of(a, b), 1, Integer::sum);
        }
      }
      for (int k = 1; k < base.purchaseCount(c); k++) {
        for (String a : lines(base, c, k - 1)) {
          for (String b : lines(base, c, k)) {
            successors.merge(List.of(a, b), 1, Integer::sum);
          }
        }
      }
    }
    List<String> products = List.copyOf(buyers.keySet());
    return NextBestFallbacks.of(
        products,
        base.size(),
        dates && base.has(Field.PURCHASE_DATE)
            ? TransitionMode.SEQUENCE
            : TransitionMode.CO_PURCHASE,
        counts(successors, products),
        counts(pairs, products),
        List.copyOf(buyers.values()),
        NextBestProductOptions.defaults());
  }

  private static List<String> lines(CustomerBase base, int c, int k) {
    List<String> out = new ArrayList<>();
    int first = base.purchaseFirstLine(c, k);
    for (int l = first; l < first + base.purchaseLineCount(c, k); l++) {
      out.add(base.productName(base.lineProduct(c, l)));
    }
    return out;
  }

  private static List<NextBestFallbacks.Count> counts(
      Map<List<String>, Integer> m, List<String> products) {
    List<NextBestFallbacks.Count> out = new ArrayList<>();
    m.forEach(
        (k, v) ->
            out.add(
                new NextBestFallbacks.Count(
                    products.indexOf(k.get(0)), products.indexOf(k.get(1)), v)));
    return out;
  }

  private static int compare(List<String> x, List<String> y) {
    int a = x.get(0).compareTo(y.get(0));
    return a != 0 ? a : x.get(1).compareTo(y.get(1));
  }
}
