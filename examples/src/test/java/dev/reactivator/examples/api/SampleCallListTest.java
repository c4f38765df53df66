package dev.reactivator.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.TimingStatus;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SegmentOptions;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.SalesPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The call list of the bundled sample (421 customers, as of 2026-01-31) keeps its order rules. */
class SampleCallListTest {
  private static Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis =
        Reactivator.load(Path.of("sample/customers.csv"))
            .asOf(LocalDate.of(2026, 1, 31))
            .score()
            .segment(SegmentOptions.defaults());
  }

  private static boolean firstTier(ScoredBase s, int c) {
    return s.timingStatus(c) != TimingStatus.EXPECTED || s.riskLevel(c) == RiskLevel.CRITICAL;
  }

  @Test
  void notYetDueCustomersComeAfterEveryDueOneAndAreNeverUrgent() {
    ScoredBase s = analysis.scored();
    List<CallListRow> rows = analysis.sales().callList();
    assertEquals(421, rows.size());
    int firstLater = -1;
    for (CallListRow r : rows) {
      if (!firstTier(s, r.index())) {
        if (firstLater < 0) {
          firstLater = r.rank();
        }
        assertEquals(Priority.LOW, r.priority(), "row " + r.rank());
        assertFalse(r.today(), "row " + r.rank());
        assertTrue(r.deadlineDays() >= 14, "row " + r.rank() + " is not urgent");
      } else {
        assertTrue(firstLater < 0, "row " + r.rank() + " is due after a not-yet-due row");
      }
    }
    // 72 repeat buyers and the one-time buyers inside the population cycle are not yet due
    assertEquals(343, firstLater);
    for (int i = 0; i < 20; i++) {
      assertTrue(firstTier(s, rows.get(i).index()));
    }
  }

  @Test
  void everyPriorityLevelIsUsedAndTodaysListIsTheHeadWithinTheCapacity() {
    SalesPlan plan = analysis.sales();
    assertEquals(
        List.of(66, 86, 269),
        List.of(
            SalesPlan.group(plan.priorities(), "high").size(),
            SalesPlan.group(plan.priorities(), "medium").size(),
            SalesPlan.group(plan.priorities(), "low").size()));
    List<CallListRow> rows = plan.callList();
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(i < 50, rows.get(i).today(), "row " + (i + 1));
    }
    assertEquals(
        rows.stream().limit(5).map(CallListRow::index).toList(),
        analysis.overview().topToSave().stream().map(Overview.SaveCandidate::index).toList());
  }
}
