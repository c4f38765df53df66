package dev.reactivator.core.segment.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LifecycleProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

  /**
   * One purchase: customer 0–11, product 0–4 (4 is a product marked as a renewal), amount, days
   * before the analysis date.
   */
  record P(int customer, int product, int amount, int daysAgo) {}

  @Provide
  Arbitrary<List<P>> purchases() {
    Arbitrary<P> p =
        Combinators.combine(
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(0, 900))
            .as(P::new);
    return p.list().ofMinSize(1).ofMaxSize(50);
  }

  private static CustomerBase base(List<SourceRow> rows) {
    return Rows.withDates().reordered(rows).asOf(AS_OF);
  }

  private static List<SourceRow> rows(List<P> ps) {
    Rows r = Rows.withDates();
    for (P p : ps) {
      r.add(
          "7900" + p.customer(),
          null,
          p.product() == 4 ? "Продление" : "product-" + p.product(),
          p.amount(),
          AS_OF.minusDays(p.daysAgo()));
    }
    return r.rows();
  }

  /** Alive probabilities from the customer's phone, so that they follow the customer. */
  private static CustomerLifecycle lifecycle(CustomerBase base) {
    double[] alive = new double[base.size()];
    for (int c = 0; c < alive.length; c++) {
      alive[c] = (base.phones(c).get(0).hashCode() & 3) == 0 ? 0.1 : 0.9;
    }
    return CustomerLifecycle.of(ScoredBases.withAlive(base, alive));
  }

  @Property(tries = 200)
  void everyCustomerIsInExactlyOneStage(@ForAll("purchases") List<P> ps) {
    CustomerBase base = base(rows(ps));
    CustomerLifecycle l = lifecycle(base);
    int[] times = new int[base.size()];
    List<CustomerGroup> stages = l.stages();
    assertEquals(LifecycleStage.values().length, stages.size());
    for (int s = 0; s < stages.size(); s++) {
      for (int c : stages.get(s).customers()) {
        times[c]++;
        assertEquals(LifecycleStage.values()[s], l.stage(c).orElseThrow());
      }
    }
    for (int c = 0; c < times.length; c++) {
      assertEquals(1, times[c], "customer " + c);
      double share = l.renewalShare(c).orElseThrow();
      assertTrue(share >= 0 && share <= 1, "renewal share " + share);
      assertTrue(l.distinctProducts(c) >= 1);
    }
    RevenueGrowth g = l.growth().orElseThrow();
    g.upsellShare().ifPresent(u -> assertTrue(u >= 0 && u <= 1, "upsell share " + u));
    assertTrue(g.existingCustomers() <= g.activeCustomers());
    assertTrue(g.activeCustomers() <= base.size());
  }

  @Property(tries = 100)
  void stagesAndFiguresDoNotDependOnTheRowOrder(
      @ForAll("purchases") List<P> ps, @ForAll long seed) {
    List<SourceRow> rows = rows(ps);
    List<SourceRow> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    Map<String, String> first = byPhone(base(rows));
    Map<String, String> second = byPhone(base(shuffled));
    assertEquals(first, second);
    RevenueGrowth a = lifecycle(base(rows)).growth().orElseThrow();
    RevenueGrowth b = lifecycle(base(shuffled)).growth().orElseThrow();
    assertEquals(a.activeCustomers(), b.activeCustomers());
    assertEquals(a.existingCustomers(), b.existingCustomers());
    assertEquals(a.revenue(), b.revenue(), 1e-6);
    assertEquals(a.upsellRevenue(), b.upsellRevenue(), 1e-6);
  }

  private static Map<String, String> byPhone(CustomerBase base) {
    CustomerLifecycle l = lifecycle(base);
    Map<String, String> out = new HashMap<>();
    for (int c = 0; c < base.size(); c++) {
      out.put(
          base.phones(c).get(0),
          l.stage(c).orElseThrow().key()
              + " "
              + l.renewalShare(c).orElseThrow()
              + " "
              + l.distinctProducts(c)
              + " "
              + l.earlyWarnings(c));
    }
    return out;
  }
}
