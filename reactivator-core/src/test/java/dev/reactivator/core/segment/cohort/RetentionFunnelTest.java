package dev.reactivator.core.segment.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.SeedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionFunnelTest {

  @Test
  void reproducesTheManualsSixThreeOneFunnel() {
    CustomerBase base = SeedExample.base();
    RetentionFunnel f = RetentionFunnelAnalysis.compute(base);
    assertEquals(6, f.first());
    assertEquals(3, f.second());
    assertEquals(1, f.thirdPlus());
    assertEquals(3, f.lostAfterFirst());
    assertEquals(2, f.lostAfterSecond());
    assertEquals(List.of(SeedExample.index(base, "Анна")), f.nodes().get(2).customers());
    assertEquals(
        List.of(
            new FunnelLink("first-purchase", "second-purchase", 3),
            new FunnelLink("first-purchase", "lost-after-first", 3),
            new FunnelLink("second-purchase", "third-plus-purchase", 1),
            new FunnelLink("second-purchase", "lost-after-second", 2)),
        f.links());
    assertEquals(0.5, f.secondPurchaseRate().orElseThrow(), 1e-12);
    assertEquals(1 / 3.0, f.thirdPurchaseRate().orElseThrow(), 1e-12);
  }
}
