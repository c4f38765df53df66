package dev.reactivator.core.segment.whales;

import static dev.reactivator.core.segment.SeedDashboard.idx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.SeedDashboard;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "Спящие киты" radar worked out by hand on the manual's six customers (see {@link
 * SeedDashboard}).
 */
class WhaleCalculatorTest {
  private final CustomerBase base = SeedDashboard.base();
  private final ScoredBase scored = SeedDashboard.scored(base);

  @Test
  void topFifthByLtvSplitsIntoSleepingWhalesCoolingAndActive() {
    // top 20 % of 6: ⌈1.2⌉ = 2 customers, Иван (1 030 000) and ООО Вектор (270 000): threshold 270
    // 000.
    // Вектор paused 4.39 cycles > 2 → sleeping whale; Иван 0.20 cycles → active
    SleepingWhales w = WhaleCalculator.compute(scored);
    assertEquals(270_000, w.ltvThreshold());
    assertEquals(2, w.topSpenders());
    assertEquals(List.of(idx(base, "ООО Вектор")), w.whales().group().customers());
    assertEquals("sleeping-whales", w.whales().group().key());
    assertEquals(270_000, w.whales().totalLtv(), 1e-9);
    assertEquals(0, w.cooling().count());
    assertEquals(List.of(idx(base, "Иван")), w.active().group().customers());
    assertEquals(1_030_000, w.active().totalLtv(), 1e-9);
  }

  @Test
  void aLateTopSpenderWithinTheSleepMultipleIsCooling() {
    // top half: ⌈3⌉ = Иван, Вектор, Анна (threshold 185 000); asleep only beyond 5 cycles, so
    // Вектор (LATE,
    // 4.39 cycles) is cooling; Иван and Анна are active, highest LTV first
    SleepingWhales w = WhaleCalculator.compute(scored, new WhaleOptions(0.5, 5.0));
    assertEquals(185_000, w.ltvThreshold());
    assertEquals(0, w.whales().count());
    assertEquals(List.of(idx(base, "ООО Вектор")), w.cooling().group().customers());
    assertEquals(List.of(idx(base, "Иван"), idx(base, "Анна")), w.active().group().customers());
    assertEquals(1_215_000, w.active().totalLtv(), 1e-9);
  }
}
