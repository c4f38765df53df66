package dev.reactivator.core.segment.finance;

import dev.reactivator.core.score.DiscountProfile;
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
   * @param savedRevenue {@code revenueAtRisk × saveRate} ("Спасенная выручка")
   * @param retentionForecast the last bar ("Прогноз удержания")
   * @param saveRate the assumed save rate
   */
  public record RevenueWaterfall(
      double basePotential,
      double revenueAtRisk,
      double savedRevenue,
      double retentionForecast,
      double saveRate) {}

  /**
   * The discount-harm analyser: one group per discount profile, in the order SENSITIVE, OCCASIONAL,
   * FULL_PRICE, UNKNOWN.
   *
   * @param groups the profiles
   */
  public record DiscountHarm(List<DiscountGroup> groups) {
    /**
     * Copies the groups.
     *
     * @param groups the profiles
     */
    public DiscountHarm {
      groups = List.copyOf(groups);
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
