package dev.reactivator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.model.FitQuality;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.segment.Analysis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A base on which the plain fits are degenerate (nobody who buys regularly ever drops out) still
 * scores idle customers as churned, and revenue at risk is not zero.
 */
class DegenerateFitScoringTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** 300 customers every 30 days up to the analysis date; 10 on the same cycle idle 373 days. */
  static InMemorySource regularWithIdle() {
    InMemorySource src = new InMemorySource();
    for (int i = 0; i < 310; i++) {
      String phone = String.format("+7901%07d", i);
      boolean idle = i >= 300;
      int purchases = idle ? 13 : 3 + i % 20;
      int day = idle ? 373 : i % 30;
      for (int j = 0; j < purchases; j++) {
        src.add(null, phone, null, "Client " + i, "P", 1000, AS_OF.minusDays(day));
        day += 30;
      }
    }
    return src;
  }

  @Test
  void idleCustomersOfADegenerateBaseAreAtRisk() {
    CustomerBase base = Reactivator.load(regularWithIdle()).asOf(AS_OF).base();
    ScoredBase scored = Scoring.score(base);
    FittedModels m = scored.model().orElseThrow();
    assertNotEquals(FitQuality.GOOD, m.purchases().quality(), m.purchases().reason());
    assertTrue(m.purchases().attempts().get(0).rejected(), m.purchases().attempts().toString());
    int idle = 0;
    for (int c = 0; c < scored.size(); c++) {
      if (base.asOfDay() - base.lastPurchaseDay(c) > 300) {
        idle++;
        double churn = scored.churnProbability(c);
        assertTrue(churn > 0.8, "idle 373 days on a 30-day cycle: churn " + churn);
      }
    }
    assertEquals(10, idle);
    double atRisk = Analysis.of(scored).overview().revenueAtRisk().total();
    assertTrue(atRisk > 0, "revenue at risk " + atRisk);
  }
}
