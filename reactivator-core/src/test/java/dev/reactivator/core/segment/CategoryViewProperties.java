package dev.reactivator.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.nbp.AssociationRule;
import dev.reactivator.core.segment.nbp.AssociationRules;
import dev.reactivator.core.segment.nbp.ProductShare;
import dev.reactivator.core.segment.nbp.ProductTransitions;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the by-category views: a one-to-one map (every product its own category) gives
 * exactly the product views; the views do not depend on the order of the rows; every share is a
 * probability.
 */
class CategoryViewProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

  /** One line: customer 0–9, product 0–5, category 0–2, amount, days before the analysis date. */
  record L(int customer, int product, int category, int amount, int daysAgo) {}

  @Provide
  Arbitrary<List<L>> lines() {
    Arbitrary<L> l =
        Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 5000),
                Arbitraries.integers().between(0, 700))
            .as(L::new);
    return l.list().ofMinSize(1).ofMaxSize(50);
  }

  private static List<OrderLine> orderLines(List<L> ls, boolean withCategory) {
    // one line per (customer, product, day): a product twice in one purchase would weigh twice in
    // the product matrix and once in the category one
    LinkedHashSet<List<Integer>> seen = new LinkedHashSet<>();
    List<OrderLine> out = new ArrayList<>();
    for (L l : ls) {
      if (seen.add(List.of(l.customer(), l.product(), l.daysAgo()))) {
        out.add(
            OrderLine.builder()
                .customerId("C" + l.customer())
                .product("product-" + l.product())
                .category(withCategory ? "category-" + l.category() : null)
                .amount(l.amount())
                .date(AS_OF.minusDays(l.daysAgo()))
                .build());
      }
    }
    return out;
  }

  private static Analysis analysis(List<OrderLine> lines, Map<String, String> map) {
    return Analysis.of(
        Reactivator.load(TransactionSource.of(lines))
            .withCategories(map)
            .asOf(AS_OF)
            .score()
            .scored());
  }

  @Property(tries = 60)
  void aOneToOneMapGivesTheProductViews(@ForAll("lines") List<L> ls) {
    List<OrderLine> lines = orderLines(ls, false);
    Map<String, String> identity = new HashMap<>();
    for (OrderLine l : lines) {
      identity.put(l.product().orElseThrow(), l.product().orElseThrow());
    }
    Analysis a = analysis(lines, identity);
    CategoryViews v = a.categories().orElseThrow();
    assertEquals(a.base().productNames(), v.categories());
    assertCohortsEqual(a.productCohorts(), v.cohorts());
    List<ProductTransitions> products = a.nextBestProducts().matrix();
    List<ProductTransitions> categories = v.matrix().rows();
    assertEquals(a.nextBestProducts().mode(), v.matrix().mode());
    assertEquals(products.size(), categories.size());
    for (int i = 0; i < products.size(); i++) {
      assertEquals(products.get(i).key(), categories.get(i).key());
      assertEquals(products.get(i).total(), categories.get(i).total());
      assertEquals(products.get(i).next(), categories.get(i).next());
      assertEquals(products.get(i).customers(), categories.get(i).customers());
    }
    assertRulesEqual(a.associationRules(), v.rules());
  }

  @Property(tries = 60)
  void theViewsDoNotDependOnTheOrderOfTheRows(@ForAll("lines") List<L> ls) {
    List<OrderLine> lines = orderLines(ls, true);
    List<OrderLine> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(ls.size()));
    Analysis a = analysis(lines, Map.of());
    Analysis b = analysis(shuffled, Map.of());
    CategoryViews x = a.categories().orElseThrow();
    CategoryViews y = b.categories().orElseThrow();
    assertEquals(x.categories(), y.categories());
    // customer indices may differ between the two loads: compare by key and size
    assertEquals(x.cohorts().rows().size(), y.cohorts().rows().size());
    for (int i = 0; i < x.cohorts().rows().size(); i++) {
      CohortRow r = x.cohorts().rows().get(i);
      CohortRow s = y.cohorts().rows().get(i);
      assertEquals(r.key(), s.key());
      assertEquals(r.customers().size(), s.customers().size());
      assertEquals(r.retention(), s.retention());
    }
    assertEquals(x.matrix().rows().size(), y.matrix().rows().size());
    for (int i = 0; i < x.matrix().rows().size(); i++) {
      assertEquals(x.matrix().rows().get(i).key(), y.matrix().rows().get(i).key());
      assertEquals(x.matrix().rows().get(i).next(), y.matrix().rows().get(i).next());
    }
    assertEquals(x.rules().rules().size(), y.rules().rules().size());
    for (int i = 0; i < x.rules().rules().size(); i++) {
      assertEquals(x.rules().rules().get(i).key(), y.rules().rules().get(i).key());
      assertEquals(x.rules().rules().get(i).lift(), y.rules().rules().get(i).lift(), 1e-12);
    }
  }

  @Property(tries = 60)
  void sharesAreProbabilitiesAndRowsPartitionTheBase(@ForAll("lines") List<L> ls) {
    Analysis a = analysis(orderLines(ls, true), Map.of());
    CategoryViews v = a.categories().orElseThrow();
    assertEquals(
        a.base().size(), v.cohorts().rows().stream().mapToInt(r -> r.customers().size()).sum());
    for (CohortRow r : v.cohorts().rows()) {
      r.retention().forEach(d -> d.ifPresent(x -> assertTrue(x >= 0 && x <= 1)));
    }
    for (ProductTransitions t : v.matrix().rows()) {
      double sum = 0;
      for (ProductShare s : t.next()) {
        assertTrue(s.share() > 0 && s.share() <= 1);
        sum += s.share();
      }
      // with dates the shares of a row sum to 1; co-purchase shares need not
      assertTrue(sum <= 1 + 1e-9 || v.matrix().mode().name().equals("CO_PURCHASE"));
    }
    for (AssociationRule r : v.rules().rules()) {
      assertTrue(r.support() > 0 && r.support() <= 1);
      assertTrue(r.confidence() > 0 && r.confidence() <= 1);
    }
  }

  private static void assertCohortsEqual(CohortTable x, CohortTable y) {
    assertEquals(x.mode(), y.mode());
    assertEquals(x.rows().size(), y.rows().size());
    for (int i = 0; i < x.rows().size(); i++) {
      CohortRow r = x.rows().get(i);
      CohortRow s = y.rows().get(i);
      assertEquals(r.key(), s.key());
      assertEquals(r.customers(), s.customers());
      assertEquals(r.averageLtv(), s.averageLtv(), 1e-9);
      assertEquals(r.retention(), s.retention());
    }
  }

  private static void assertRulesEqual(AssociationRules x, AssociationRules y) {
    assertEquals(x.rules().size(), y.rules().size());
    for (int i = 0; i < x.rules().size(); i++) {
      AssociationRule r = x.rules().get(i);
      AssociationRule s = y.rules().get(i);
      assertEquals("category-" + r.key(), s.key());
      assertEquals(r.antecedentName(), s.antecedentName());
      assertEquals(r.consequentName(), s.consequentName());
      assertEquals(r.bothCustomers(), s.bothCustomers());
      assertEquals(r.lift(), s.lift(), 1e-12);
      assertEquals(r.customers(), s.customers());
    }
  }
}
