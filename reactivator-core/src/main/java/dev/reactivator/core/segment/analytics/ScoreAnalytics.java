package dev.reactivator.core.segment.analytics;

import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The score-based part of the seed's "Аналитика" tab, computed by {@link AnalyticsCalculator}
 * (formulas in {@code docs/metrics.md}, "Analytics").
 *
 * <p>Immutable and thread-safe.
 *
 * @param radar the churn-reasons radar (only the axes whose data exists)
 * @param t2np the T2NP distribution
 * @param absences the radar axes switched off by a missing column
 */
public record ScoreAnalytics(ChurnRadar radar, T2npDistribution t2np, List<Absence> absences) {
  /**
   * Checks the components and copies the absences.
   *
   * @param radar the churn-reasons radar (only the axes whose data exists)
   * @param t2np the T2NP distribution
   * @param absences the radar axes switched off by a missing column
   */
  public ScoreAnalytics {
    Objects.requireNonNull(radar, "radar");
    Objects.requireNonNull(t2np, "t2np");
    absences = List.copyOf(absences);
  }

  /**
   * The churn-reasons radar.
   *
   * @param axes one axis per reason code whose data exists, in {@link ReasonCode} order
   * @param atRiskCustomers the number of HIGH / CRITICAL customers (the "at risk" columns' base)
   * @param supportDataPresent whether the complaints or tickets column existed (the seed shows the
   *     radar only then; the recency and purchase-date axes exist regardless)
   */
  public record ChurnRadar(List<RadarAxis> axes, int atRiskCustomers, boolean supportDataPresent) {
    /**
     * Copies the axes.
     *
     * @param axes one axis per reason code whose data exists, in {@link ReasonCode} order
     * @param atRiskCustomers the number of HIGH / CRITICAL customers (the "at risk" columns' base)
     * @param supportDataPresent whether the complaints or tickets column existed (the seed shows
     *     the radar only then; the recency and purchase-date axes exist regardless)
     */
    public ChurnRadar {
      axes = List.copyOf(axes);
    }
  }

  /**
   * One radar axis.
   *
   * @param code the reason
   * @param group the customers with a positive strength of this reason; key e.g. {@code
   *     recency-drop}
   * @param meanStrength the mean strength over the whole base
   * @param totalContribution Σ over the base of the reason's contribution to each churn probability
   * @param meanStrengthAtRisk the mean strength over HIGH / CRITICAL customers (0 when there are
   *     none)
   * @param totalContributionAtRisk Σ of the contributions over HIGH / CRITICAL customers
   */
  public record RadarAxis(
      ReasonCode code,
      CustomerGroup group,
      double meanStrength,
      double totalContribution,
      double meanStrengthAtRisk,
      double totalContributionAtRisk) {
    /**
     * Checks the components.
     *
     * @param code the reason
     * @param group the customers with a positive strength of this reason; key e.g. {@code
     *     recency-drop}
     * @param meanStrength the mean strength over the whole base
     * @param totalContribution Σ over the base of the reason's contribution to each churn
     *     probability
     * @param meanStrengthAtRisk the mean strength over HIGH / CRITICAL customers (0 when there are
     *     none)
     * @param totalContributionAtRisk Σ of the contributions over HIGH / CRITICAL customers
     */
    public RadarAxis {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(group, "group");
    }
  }

  /**
   * The T2NP distribution. The four groups partition the base: repeat buyers by status, one-time
   * buyers apart.
   *
   * @param expected repeat buyers inside their cycle ({@code expected}, "Ещё рано")
   * @param now repeat buyers in the window at the end of the cycle ({@code now}, "Самое время")
   * @param late repeat buyers past the cycle ({@code late}, "Просрочен")
   * @param notEnoughData one-purchase customers ({@code not-enough-data}, "мало данных (1
   *     покупка)")
   * @param overdue the histogram of days overdue of the {@code late} group
   */
  public record T2npDistribution(
      CustomerGroup expected,
      CustomerGroup now,
      CustomerGroup late,
      CustomerGroup notEnoughData,
      List<OverdueBin> overdue) {
    /**
     * Checks the groups and copies the bins.
     *
     * @param expected repeat buyers inside their cycle ({@code expected}, "Ещё рано")
     * @param now repeat buyers in the window at the end of the cycle ({@code now}, "Самое время")
     * @param late repeat buyers past the cycle ({@code late}, "Просрочен")
     * @param notEnoughData one-purchase customers ({@code not-enough-data}, "мало данных (1
     *     покупка)")
     * @param overdue the histogram of days overdue of the {@code late} group
     */
    public T2npDistribution {
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(late, "late");
      Objects.requireNonNull(notEnoughData, "notEnoughData");
      overdue = List.copyOf(overdue);
    }
  }

  /**
   * One bin of days overdue: {@code fromDays ≤ overdue ≤ toDays}.
   *
   * @param group the customers; key e.g. {@code 31-90} or {@code 366+}
   * @param fromDays the lowest days overdue in the bin
   * @param toDays the highest, absent for the last, open bin
   */
  public record OverdueBin(CustomerGroup group, int fromDays, OptionalInt toDays) {
    /**
     * Checks the components.
     *
     * @param group the customers; key e.g. {@code 31-90} or {@code 366+}
     * @param fromDays the lowest days overdue in the bin
     * @param toDays the highest, absent for the last, open bin
     */
    public OverdueBin {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(toDays, "toDays");
    }

    /**
     * The number of customers.
     *
     * @return the number of customers
     */
    public int count() {
      return group.size();
    }
  }
}
