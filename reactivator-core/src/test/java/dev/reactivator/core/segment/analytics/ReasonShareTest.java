package dev.reactivator.core.segment.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The churn-reason shares worked out by hand. */
class ReasonShareTest {

  /**
   * Five customers with P(alive) 0.1, 0.3, 0.9, 0.6, 0.95: churn 0.9 (CRITICAL), 0.7 (HIGH), 0.1,
   * 0.4 and 0.05, so only customers 0 and 1 are at risk.
   */
  private static ScoredBase scored() {
    return ScoredBases.withAlive(AnalyticsCalculatorTest.timingBase(), 0.1, 0.3, 0.9, 0.6, 0.95);
  }

  private static ScoreAnalytics.RadarAxis axis(
      ReasonCode code, double contributionAtRisk, Integer... customers) {
    return new ScoreAnalytics.RadarAxis(
        code, new CustomerGroup(code.name(), List.of(customers)), 0, 0, 0, contributionAtRisk);
  }

  @Test
  void sharesAreContributionsOverTheirPositiveTotalLargestFirstTiesByReason() {
    // positive contributions 3 + 1 + 1 = 5 (0 and −2 neither count nor appear)
    ScoreAnalytics.ChurnRadar radar =
        new ScoreAnalytics.ChurnRadar(
            List.of(
                axis(ReasonCode.RECENCY_DROP, 3.0, 0, 2),
                axis(ReasonCode.FREQUENCY_DROP, -2.0, 1),
                axis(ReasonCode.CHECK_DROP, 0.0, 0),
                axis(ReasonCode.SUPPORT_SPIKE, 1.0, 0, 1),
                axis(ReasonCode.COMPLAINTS, 1.0, 1, 3, 4)),
            2,
            true);
    List<ReasonShare> shares = ReasonShare.of(radar, scored());
    assertEquals(
        List.of(
            new ReasonShare(ReasonCode.RECENCY_DROP, 1, 0.6),
            new ReasonShare(ReasonCode.COMPLAINTS, 1, 0.2),
            new ReasonShare(ReasonCode.SUPPORT_SPIKE, 2, 0.2)),
        shares);
  }

  @Test
  void noPositiveContributionGivesNoShares() {
    ScoreAnalytics.ChurnRadar radar =
        new ScoreAnalytics.ChurnRadar(
            List.of(axis(ReasonCode.RECENCY_DROP, 0.0, 0), axis(ReasonCode.COMPLAINTS, -1.0, 1)),
            2,
            true);
    assertTrue(ReasonShare.of(radar, scored()).isEmpty());
  }
}
