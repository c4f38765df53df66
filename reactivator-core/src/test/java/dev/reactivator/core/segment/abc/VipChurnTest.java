package dev.reactivator.core.segment.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedDashboard;
import dev.reactivator.core.segment.SeedExample;
import dev.reactivator.core.segment.widget.IntList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The VIP churn by month on a small dated base, computed by hand. Analysis date 2026-05-24, so the
 * twelve months are 2025-06 … 2026-05 (the last counted up to the 24th).
 *
 * <pre>
 * customer  purchases                                   LTV      cycle  risk date = last + 2 × cycle
 * Альфа     2024-01-02, 2025-01-01, 2025-03-02 (100k)   300 000  212.5  2025-03-02 + 425 = 2026-05-01
 * Эта       2026-03-01, 2026-05-01 (100k)               200 000   61    2026-05-01 + 122 = 2026-08-31
 * Бета      2025-09-01, 2025-10-01 (75k)                150 000   30    2025-10-01 +  60 = 2025-11-30
 * Гамма     2025-08-20, 2025-09-19 (60k)                120 000   30    2025-09-19 +  60 = 2025-11-18
 * Дельта    2024-01-10, 2024-03-10 (50k)                100 000   60    2024-03-10 + 120 = 2024-07-08
 * Эпсилон   2025-07-01, 2025-08-01 (40k)                 80 000   31    2025-08-01 +  62 = 2025-10-02
 * Зета      2026-05-01                                   50 000
 * </pre>
 *
 * Total 1 000 000; revenue before each in LTV order: Альфа 0, Эта 30 %, Бета 50 %, Гамма 65 %,
 * Дельта 77 % (&lt; 80 %: class A), Эпсилон 87 % (B), Зета 95 % (C). So the VIPs are Альфа, Эта,
 * Бета, Гамма, Дельта; Эпсилон's risk date is in the window but Эпсилон is not a VIP.
 *
 * <p>2025-11: Бета and Гамма, Σ LTV 270 000, annual revenue 150 000 + 120 000 (all their purchases
 * lie within 365 days of their last); 2026-05 (partial): Альфа, Σ LTV 300 000, annual revenue 200
 * 000 (2025-01-01 and 2025-03-02; 2024-01-02 is 425 days before the last purchase); earlier: Дельта
 * (100 000); not crossed: Эта. P(alive): Альфа 0.3, Бета 0.2, Гамма 0.6, so at risk now (churn &gt;
 * 0.5): Альфа and Бета, not Гамма.
 */
class VipChurnTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 5, 24);

  private static CustomerBase base() {
    return Rows.withDates()
        .add("1", "Альфа", "A", 100_000, LocalDate.of(2024, 1, 2))
        .add("1", "Альфа", "A", 100_000, LocalDate.of(2025, 1, 1))
        .add("1", "Альфа", "A", 100_000, LocalDate.of(2025, 3, 2))
        .add("2", "Эта", "A", 100_000, LocalDate.of(2026, 3, 1))
        .add("2", "Эта", "A", 100_000, LocalDate.of(2026, 5, 1))
        .add("3", "Бета", "A", 75_000, LocalDate.of(2025, 9, 1))
        .add("3", "Бета", "A", 75_000, LocalDate.of(2025, 10, 1))
        .add("4", "Гамма", "A", 60_000, LocalDate.of(2025, 8, 20))
        .add("4", "Гамма", "A", 60_000, LocalDate.of(2025, 9, 19))
        .add("5", "Дельта", "A", 50_000, LocalDate.of(2024, 1, 10))
        .add("5", "Дельта", "A", 50_000, LocalDate.of(2024, 3, 10))
        .add("6", "Эпсилон", "A", 40_000, LocalDate.of(2025, 7, 1))
        .add("6", "Эпсилон", "A", 40_000, LocalDate.of(2025, 8, 1))
        .add("7", "Зета", "A", 50_000, LocalDate.of(2026, 5, 1))
        .asOf(AS_OF);
  }

  private static ScoredBase scored(CustomerBase base) {
    double[] alive = new double[base.size()];
    java.util.Arrays.fill(alive, 0.9);
    alive[idx(base, "Альфа")] = 0.3;
    alive[idx(base, "Бета")] = 0.2;
    alive[idx(base, "Гамма")] = 0.6;
    alive[idx(base, "Дельта")] = 0.1;
    return ScoredBases.withAlive(base, alive);
  }

  private static int idx(CustomerBase base, String name) {
    return SeedExample.index(base, name);
  }

  @Test
  void countsTheClassACustomersByTheMonthTheirPausePassedTwoCycles() {
    CustomerBase base = base();
    ScoredBase scored = scored(base);
    Analysis a = Analysis.of(scored);
    VipChurn v = a.vipChurn().orElseThrow();
    assertEquals(12, v.months().size());
    assertEquals(YearMonth.of(2025, 6), v.months().get(0).month());
    assertEquals(YearMonth.of(2026, 5), v.months().get(11).month());
    assertTrue(v.months().get(11).partial());
    assertFalse(v.months().get(10).partial());

    VipChurnMonth nov = v.months().get(5);
    assertEquals(YearMonth.of(2025, 11), nov.month());
    assertEquals("2025-11", nov.customers().key());
    assertEquals(
        List.of(idx(base, "Бета"), idx(base, "Гамма")).stream().sorted().toList(),
        nov.customers().customers());
    assertEquals(270_000, nov.ltv(), 1e-9);
    assertEquals(270_000, nov.annualRevenue(), 1e-9);
    assertEquals(1, nov.atRiskNow());

    VipChurnMonth may = v.months().get(11);
    assertEquals(List.of(idx(base, "Альфа")), may.customers().customers());
    assertEquals(300_000, may.ltv(), 1e-9);
    assertEquals(200_000, may.annualRevenue(), 1e-9);
    assertEquals(1, may.atRiskNow());

    for (int m = 0; m < 12; m++) {
      if (m != 5 && m != 11) {
        assertEquals(0, v.months().get(m).count(), "month " + v.months().get(m).month());
        assertEquals(0, v.months().get(m).ltv());
      }
    }
    assertEquals(3, v.count());
    assertEquals(570_000, v.ltv(), 1e-9);
    assertEquals(470_000, v.annualRevenue(), 1e-9);
    assertEquals(List.of(idx(base, "Дельта")), v.earlier().customers());
    assertEquals(100_000, v.earlierLtv(), 1e-9);
    assertEquals(1, v.notCrossed());
    assertEquals(
        LocalDate.of(2026, 5, 1).toEpochDay(), VipChurn.riskDay(scored, idx(base, "Альфа")));
    assertFalse(a.isAbsent("vip-churn"));
  }

  @Test
  void placesTheManualsVipsBeforeTheWindowOrInTheFuture() {
    CustomerBase base = SeedDashboard.base();
    VipChurn v = Analysis.of(SeedDashboard.scored(base)).vipChurn().orElseThrow();
    // Вектор: 2024-02-15 + 2 × 189 = 2025-02-27, before 2025-06; Анна 2025-06-01 + 1418 and Иван
    // 2025-11-05 + 2040 are after the analysis date
    assertEquals(0, v.count());
    assertEquals(List.of(idx(base, "ООО Вектор")), v.earlier().customers());
    assertEquals(270_000, v.earlierLtv(), 1e-9);
    assertEquals(2, v.notCrossed());
  }

  @Test
  void theVipsAreTheVipMonitorsClassA() {
    CustomerBase base = base();
    Analysis a = Analysis.of(scored(base));
    IntList classA = a.abc().a().customers();
    VipChurn v = a.vipChurn().orElseThrow();
    int placed = v.count() + v.earlier().size() + v.notCrossed();
    assertEquals(classA.size(), placed);
    // every VIP at risk (the monitor) is a class A customer placed in exactly one of the parts
    a.vipAtRisk().customers().forEach(c -> assertTrue(classA.containsInt(c)));
  }

  @Test
  void isAbsentWithoutPurchaseDates() {
    CustomerBase base =
        Rows.withoutDates()
            .add("1", "Альфа", "A", 100_000, LocalDate.of(2025, 3, 2), LocalDate.of(2024, 1, 2))
            .add("2", "Бета", "A", 50_000, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 9, 1))
            .asOf(AS_OF);
    Analysis a = Analysis.of(ScoredBases.withAlive(base, 0.3, 0.2));
    assertTrue(a.vipChurn().isEmpty());
    assertTrue(a.isAbsent("vip-churn"));
    assertEquals(
        "PURCHASE_DATE",
        a.absences().stream()
            .filter(x -> x.widget().equals("vip-churn"))
            .findFirst()
            .orElseThrow()
            .missing()
            .orElseThrow()
            .name());
    assertTrue(a.segmentGroups().stream().noneMatch(g -> g.widget().equals("vip-churn")));
  }

  @Test
  void exportsEveryMonthAndTheEarlierCrossingsAsSegments() {
    Analysis a = Analysis.of(scored(base()));
    List<String> keys =
        a.segmentGroups().stream()
            .filter(g -> g.widget().equals("vip-churn"))
            .map(g -> g.group())
            .toList();
    assertEquals(13, keys.size());
    assertEquals("2025-06", keys.get(0));
    assertEquals("earlier", keys.get(12));
  }
}
