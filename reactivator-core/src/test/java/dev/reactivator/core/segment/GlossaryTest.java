package dev.reactivator.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.rfm.SeedRfmSegment;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The glossary's groups on the manual's six customers, counted by hand. */
class GlossaryTest {
  private final CustomerBase base = SeedExample.base();
  private final int anna = SeedExample.index(base, "Анна");
  private final int vector = SeedExample.index(base, "ООО Вектор");
  private final int ivan = SeedExample.index(base, "Иван");
  private final int petr = SeedExample.index(base, "Петр");
  private final int alexey = SeedExample.index(base, "Алексей");
  private final int nikolay = SeedExample.index(base, "Николай");

  private Analysis analysis() {
    double[] alive = new double[6];
    alive[anna] = 0.10; // churn 0.90 → CRITICAL
    alive[vector] = 0.30; // 0.70 → HIGH
    alive[ivan] = 0.90; // 0.10 → LOW
    alive[petr] = 0.05; // 0.95 → CRITICAL
    alive[alexey] = 0.95; // 0.05 → LOW
    alive[nikolay] = 0.60; // 0.40 → MEDIUM
    ScoredBase scored = ScoredBases.withAlive(base, alive);
    return Analysis.of(scored);
  }

  @Test
  void atRiskIsHighPlusCriticalAndIsTheRoiTouchBaseNotTheOverviewRiskZone() {
    Analysis a = analysis();
    // HIGH: Вектор; CRITICAL: Анна, Петр → at risk Анна, Вектор, Петр (ascending indices)
    List<Integer> expected = List.of(anna, vector, petr).stream().sorted().toList();
    assertEquals(expected, Glossary.AT_RISK.group(a).customers());
    assertEquals(3, Glossary.AT_RISK.count(a));
    assertEquals(0.5, Glossary.AT_RISK.share(a), 1e-12); // 3 of 6
    assertEquals(3, a.roi().orElseThrow().inputs().touchBase());
    assertEquals(
        a.overview().revenueAtRisk().total(), Glossary.AT_RISK.money(a).getAsDouble(), 1e-9);
    // the overview's risk zone (late within 3 cycles) is nobody; critical churn is Вектор (829
    // idle days = 4.39 cycles): other groups, other numbers
    assertEquals(0, Glossary.RISK_ZONE.count(a));
    assertEquals(List.of(vector), Glossary.CRITICAL_CHURN.group(a).customers());
  }

  @Test
  void bucketsRfmAndWhalesCountWhatTheirWidgetsHold() {
    Analysis a = analysis();
    assertEquals(2, Glossary.of(RiskLevel.LOW).count(a)); // Иван, Алексей
    assertEquals(List.of(nikolay), Glossary.of(RiskLevel.MEDIUM).group(a).customers());
    assertEquals(List.of(vector), Glossary.of(RiskLevel.HIGH).group(a).customers());
    assertEquals(2, Glossary.of(RiskLevel.CRITICAL).count(a)); // Анна, Петр
    // RFM (docs/metrics.md): regular Анна, Иван, Алексей, Николай; risk-zone Вектор; lost Петр
    assertEquals(4, Glossary.of(SeedRfmSegment.REGULAR).count(a));
    assertEquals(List.of(vector), Glossary.of(SeedRfmSegment.RISK_ZONE).group(a).customers());
    assertEquals(Glossary.RFM_FADING, Glossary.of(SeedRfmSegment.RISK_ZONE));
    assertEquals(List.of(petr), Glossary.RFM_LOST.group(a).customers());
    assertEquals(0, Glossary.RFM_CHAMPIONS.count(a));
    // Вектор's LTV 270 000 is the RFM risk-zone's money and the sleeping whales' (top 2 by LTV:
    // Иван and Вектор; Вектор asleep, Иван active)
    assertEquals(270_000, Glossary.RFM_FADING.money(a).getAsDouble(), 1e-9);
    assertEquals(List.of(vector), Glossary.WHALES_SLEEPING.group(a).customers());
    assertEquals(270_000, Glossary.WHALES_SLEEPING.money(a).getAsDouble(), 1e-9);
    assertEquals(List.of(ivan), Glossary.WHALES_ACTIVE.group(a).customers());
    assertTrue(Glossary.VIP_AT_RISK.money(a).isEmpty());
    assertTrue(Glossary.FORECAST_CHURN.money(a).isEmpty());
  }

  @Test
  void everyKeyIsUniqueAndEveryGroupButAtRiskIsASegmentFile() {
    Analysis a = analysis();
    Set<String> keys = new HashSet<>();
    Set<String> segments = new HashSet<>();
    a.segmentGroups().forEach(g -> segments.add(g.key()));
    for (Glossary g : Glossary.values()) {
      assertTrue(keys.add(g.key()), "duplicate " + g.key());
      assertEquals(g, Glossary.byKey(g.key()).orElseThrow());
      if (g != Glossary.AT_RISK) {
        assertTrue(segments.contains(g.key()), g.key() + " is not a segment group");
        SegmentGroup s =
            a.segmentGroups().stream()
                .filter(x -> x.key().equals(g.key()))
                .findFirst()
                .orElseThrow();
        assertEquals(s.customers(), g.group(a).customers(), g.key());
      }
    }
    assertTrue(Glossary.byKey("risk-zone").isEmpty());
  }
}
