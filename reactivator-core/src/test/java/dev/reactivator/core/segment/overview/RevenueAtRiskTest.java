package dev.reactivator.core.segment.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The revenue-at-risk customer counts worked out by hand. */
class RevenueAtRiskTest {

  private static Overview.RiskBucket bucket(RiskLevel level, Integer... customers) {
    return new Overview.RiskBucket(
        level, new CustomerGroup(level.name(), List.of(customers)), 0, 0);
  }

  @Test
  void customersAtLeastALevelSumTheBucketsFromThatLevelUp() {
    Overview.RevenueAtRisk r =
        new Overview.RevenueAtRisk(
            0,
            0,
            List.of(
                bucket(RiskLevel.LOW, 0, 1, 2, 3),
                bucket(RiskLevel.MEDIUM, 4, 5, 6),
                bucket(RiskLevel.HIGH, 7, 8),
                bucket(RiskLevel.CRITICAL, 9)));
    assertEquals(10, r.customersAtLeast(RiskLevel.LOW));
    assertEquals(3, r.customersAtLeast(RiskLevel.HIGH));
    assertEquals(1, r.customersAtLeast(RiskLevel.CRITICAL));
  }
}
