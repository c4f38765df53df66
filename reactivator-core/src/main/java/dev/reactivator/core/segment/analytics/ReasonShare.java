package dev.reactivator.core.segment.analytics;

import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.score.ScoredBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One churn reason's share of the churn-reasons radar among the customers at risk: its total
 * contribution at risk over the sum of every reason's positive contribution at risk.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the reason
 * @param customersAtRisk the customers of the reason's group at HIGH or CRITICAL risk
 * @param share the reason's contribution at risk over the total, in (0, 1]
 */
public record ReasonShare(ReasonCode code, int customersAtRisk, double share) {

  /**
   * Checks the components.
   *
   * @param code the reason
   * @param customersAtRisk the customers of the reason's group at HIGH or CRITICAL risk
   * @param share the reason's contribution at risk over the total, in (0, 1]
   */
  public ReasonShare {
    Objects.requireNonNull(code, "code");
  }

  /**
   * The shares of every reason with a positive contribution at risk, largest share first (then by
   * reason name); empty when no reason contributes.
   *
   * @param radar the churn-reasons radar
   * @param scored the scored base the radar was computed on (for the risk levels)
   * @return the shares, summing to 1 unless empty
   */
  public static List<ReasonShare> of(ScoreAnalytics.ChurnRadar radar, ScoredBase scored) {
    Objects.requireNonNull(radar, "radar");
    Objects.requireNonNull(scored, "scored");
    double total = 0;
    for (ScoreAnalytics.RadarAxis a : radar.axes()) {
      total += Math.max(0, a.totalContributionAtRisk());
    }
    List<ReasonShare> out = new ArrayList<>();
    for (ScoreAnalytics.RadarAxis a : radar.axes()) {
      if (!(a.totalContributionAtRisk() > 0) || !(total > 0)) {
        continue;
      }
      int atRisk =
          (int)
              a.group().customers().stream().filter(c -> scored.riskLevel(c).atLeastHigh()).count();
      out.add(new ReasonShare(a.code(), atRisk, a.totalContributionAtRisk() / total));
    }
    out.sort(
        Comparator.comparingDouble(ReasonShare::share)
            .reversed()
            .thenComparing(s -> s.code().name()));
    return List.copyOf(out);
  }
}
