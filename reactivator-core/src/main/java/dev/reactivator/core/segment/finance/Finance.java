package dev.reactivator.core.segment.finance;

import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.segment.drivers.ConfidenceInterval;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The score-dependent part of the seed's "Финансы" tab, computed by {@link FinanceCalculator}
 * (formulas in {@code docs/metrics.md}, "Finance").
 *
 * <p>Immutable and thread-safe.
 *
 * @param waterfall the revenue waterfall: lost and saved money
 * @param discountHarm the discount-harm analyser; absent without the discounted-purchases column
 * @param absences why absent parts are absent
 */
public record Finance(
    RevenueWaterfall waterfall, Optional<DiscountHarm> discountHarm, List<Absence> absences) {
  /**
   * Checks the components and copies the absences.
   *
   * @param waterfall the revenue waterfall: lost and saved money
   * @param discountHarm the discount-harm analyser; absent without the discounted-purchases column
   * @param absences why absent parts are absent
   */
  public Finance {
    Objects.requireNonNull(waterfall, "waterfall");
    Objects.requireNonNull(discountHarm, "discountHarm");
    absences = List.copyOf(absences);
  }

  /**
   * The revenue waterfall: {@code basePotential − revenueAtRisk + savedRevenue =
   * retentionForecast}.
   *
   * @param basePotential the historical revenue of the base (Σ LTV, "Потенциал базы")
   * @param revenueAtRisk the overview's headline revenue at risk (HIGH + CRITICAL), shown with a
   *     minus
   * @param savedRevenue the ROI simulator's revenue ({@link RoiResult#revenue()}: returning
   *     customers × average check) at the campaign's inputs ("Спасенная выручка"); 0 when nobody is
   *     at risk
   * @param retentionForecast the last bar ("Прогноз удержания")
   */
  public record RevenueWaterfall(
      double basePotential, double revenueAtRisk, double savedRevenue, double retentionForecast) {}

  /**
   * The discount-harm analyser: one group per discount profile, in the order SENSITIVE, OCCASIONAL,
   * FULL_PRICE, UNKNOWN, and the discount elasticity: the discount-sensitive customers against all
   * the others on LTV, cheque, purchases, repeat rate and churn, each with a 95 % confidence
   * interval.
   *
   * @param groups the profiles
   * @param effects the discount elasticity, in the order of {@link DiscountEffect#METRICS}; a
   *     metric is left out when it cannot be computed (a side with fewer than two customers, no
   *     variance), and {@code absences} says why
   * @param absences why each left-out metric is absent: widget {@code discount-elasticity:<metric>}
   */
  public record DiscountHarm(
      List<DiscountGroup> groups, List<DiscountEffect> effects, List<Absence> absences) {
    /**
     * Copies the lists.
     *
     * @param groups the profiles
     * @param effects the discount elasticity, in the order of {@link DiscountEffect#METRICS}
     * @param absences why each left-out metric is absent
     */
    public DiscountHarm {
      groups = List.copyOf(groups);
      effects = List.copyOf(effects);
      absences = List.copyOf(absences);
    }

    /**
     * The group of a profile.
     *
     * @param kind the profile
     * @return its group
     */
    public DiscountGroup group(DiscountProfile.Kind kind) {
      Objects.requireNonNull(kind, "kind");
      return groups.stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
    }

    /**
     * The effect of discount habit on one metric.
     *
     * @param metric one of {@link DiscountEffect#METRICS}
     * @return the effect, or empty when it could not be computed
     */
    public Optional<DiscountEffect> effect(String metric) {
      Objects.requireNonNull(metric, "metric");
      return effects.stream().filter(e -> e.metric().equals(metric)).findFirst();
    }
  }

  /**
   * The effect of discount habit on one metric: the discount-sensitive customers (more than 70 % of
   * purchases discounted) against all the other customers. Means are compared with Welch's t-test
   * and interval, proportions with the χ² test and Newcombe's hybrid score interval. See {@code
   * docs/metrics.md}, "Discount elasticity".
   *
   * @param metric {@code ltv} (total spent), {@code cheque} (total spent / purchases), {@code
   *     purchases}, {@code repeat-rate} (share with at least two purchases) or {@code churn} (share
   *     at HIGH or CRITICAL risk)
   * @param sensitive the value among the discount-sensitive customers (a mean or a share)
   * @param others the value among the other customers
   * @param interval the confidence interval of {@code sensitive − others}
   * @param p the two-sided p-value of the difference (Welch's t for means, χ² for shares)
   */
  public record DiscountEffect(
      String metric, double sensitive, double others, ConfidenceInterval interval, double p) {
    /** The metrics, in report order. */
    public static final List<String> METRICS =
        List.of("ltv", "cheque", "purchases", "repeat-rate", "churn");

    /**
     * Checks the components.
     *
     * @param metric one of {@link #METRICS}
     * @param sensitive the value among the discount-sensitive customers
     * @param others the value among the other customers
     * @param interval the confidence interval of {@code sensitive − others}
     * @param p the two-sided p-value of the difference
     * @throws IllegalArgumentException when the metric is not one of {@link #METRICS}
     */
    public DiscountEffect {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(interval, "interval");
      if (!METRICS.contains(metric)) {
        throw new IllegalArgumentException("metric must be one of " + METRICS + ", was " + metric);
      }
    }

    /**
     * The difference, {@code sensitive − others}.
     *
     * @return the difference
     */
    public double difference() {
      return sensitive - others;
    }

    /**
     * Whether the metric is a share (repeat rate, churn) rather than a mean.
     *
     * @return {@code true} for {@code repeat-rate} and {@code churn}
     */
    public boolean isShare() {
      return metric.equals("repeat-rate") || metric.equals("churn");
    }
  }

  /**
   * One discount profile's customers. The averages are absent for an empty group.
   *
   * @param kind the profile
   * @param group its customers; key {@code sensitive}, {@code occasional}, {@code full-price} or
   *     {@code unknown}
   * @param averageLtv mean historical LTV
   * @param averagePurchases mean purchases
   * @param repeatRate the share with at least two purchases
   * @param meanChurnProbability mean churn probability
   */
  public record DiscountGroup(
      DiscountProfile.Kind kind,
      CustomerGroup group,
      OptionalDouble averageLtv,
      OptionalDouble averagePurchases,
      OptionalDouble repeatRate,
      OptionalDouble meanChurnProbability) {
    /**
     * Checks the components.
     *
     * @param kind the profile
     * @param group its customers; key {@code sensitive}, {@code occasional}, {@code full-price} or
     *     {@code unknown}
     * @param averageLtv mean historical LTV
     * @param averagePurchases mean purchases
     * @param repeatRate the share with at least two purchases
     * @param meanChurnProbability mean churn probability
     */
    public DiscountGroup {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(averageLtv, "averageLtv");
      Objects.requireNonNull(averagePurchases, "averagePurchases");
      Objects.requireNonNull(repeatRate, "repeatRate");
      Objects.requireNonNull(meanChurnProbability, "meanChurnProbability");
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
