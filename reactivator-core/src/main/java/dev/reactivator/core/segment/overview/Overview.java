package dev.reactivator.core.segment.overview;

import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The seed's "Обзор" tab: is the base healthy or losing money? Computed by {@link
 * OverviewCalculator}; every formula is in {@code docs/metrics.md}, "Overview".
 *
 * <p>Immutable and thread-safe.
 *
 * @param transactions purchases loaded (accepted rows)
 * @param uniqueCustomers customers after the identity merge
 * @param health the health index
 * @param atRisk customers out of their usual cycle but not yet far (key {@code risk-zone})
 * @param criticalChurn customers whose cycle is exceeded many times (key {@code critical-churn})
 * @param revenueAtRisk revenue at risk in rubles with the four churn-probability buckets
 * @param topToSave the customers to save first: the head of the call list (most money to save)
 * @param nrr the projected NRR waterfall over the scoring horizon
 * @param riskStructure the risk-structure histogram: {@code active}, {@code risk-zone}, {@code
 *     critical-churn}
 */
public record Overview(
    long transactions,
    int uniqueCustomers,
    HealthIndex health,
    Share atRisk,
    Share criticalChurn,
    RevenueAtRisk revenueAtRisk,
    List<SaveCandidate> topToSave,
    NrrWaterfall nrr,
    List<StructureBar> riskStructure) {

  /**
   * Checks the components and copies the lists.
   *
   * @param transactions purchases loaded (accepted rows)
   * @param uniqueCustomers customers after the identity merge
   * @param health the health index
   * @param atRisk customers out of their usual cycle but not yet far (key {@code risk-zone})
   * @param criticalChurn customers whose cycle is exceeded many times (key {@code critical-churn})
   * @param revenueAtRisk revenue at risk in rubles with the four churn-probability buckets
   * @param topToSave the customers to save first: the head of the call list (most money to save)
   * @param nrr the projected NRR waterfall over the scoring horizon
   * @param riskStructure the risk-structure histogram: {@code active}, {@code risk-zone}, {@code
   *     critical-churn}
   */
  public Overview {
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(atRisk, "atRisk");
    Objects.requireNonNull(criticalChurn, "criticalChurn");
    Objects.requireNonNull(revenueAtRisk, "revenueAtRisk");
    topToSave = List.copyOf(topToSave);
    Objects.requireNonNull(nrr, "nrr");
    riskStructure = List.copyOf(riskStructure);
  }

  /**
   * The health index: {@code 100 × (wA × activity + wR × repeatRate + wC × retention)}.
   *
   * @param score the index, 0 to 100
   * @param activity the share of customers whose timing is not LATE
   * @param repeatRate the share of customers with at least two purchases
   * @param retention 1 − the mean churn probability
   * @param alarm whether the score is below the alarm level (default 50)
   */
  public record HealthIndex(
      double score, double activity, double repeatRate, double retention, boolean alarm) {}

  /**
   * A share of the base.
   *
   * @param group the customers, with the group's key
   * @param share their number over the base size (0 for an empty base)
   */
  public record Share(CustomerGroup group, double share) {
    /**
     * Checks the group.
     *
     * @param group the customers, with the group's key
     * @param share their number over the base size (0 for an empty base)
     */
    public Share {
      Objects.requireNonNull(group, "group");
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

  /**
   * Revenue at risk. Per customer, {@code R × churn}, where {@code R} is the revenue the customer
   * would bring over the horizon if retained ({@code E[purchases] × AOV / P(alive)}).
   *
   * @param total the headline: the sum over the HIGH and CRITICAL buckets (the seed's "high risk")
   * @param allBuckets the sum over all four buckets (the expected loss from churn over the whole
   *     base)
   * @param buckets LOW, MEDIUM, HIGH, CRITICAL in this order
   */
  public record RevenueAtRisk(double total, double allBuckets, List<RiskBucket> buckets) {
    /**
     * Copies the buckets.
     *
     * @param total the headline: the sum over the HIGH and CRITICAL buckets (the seed's "high
     *     risk")
     * @param allBuckets the sum over all four buckets (the expected loss from churn over the whole
     *     base)
     * @param buckets LOW, MEDIUM, HIGH, CRITICAL in this order
     */
    public RevenueAtRisk {
      buckets = List.copyOf(buckets);
    }

    /**
     * The customers of the buckets at {@code level} or above.
     *
     * @param level the lowest level counted
     * @return the number of customers at {@code level} or a higher level
     */
    public int customersAtLeast(RiskLevel level) {
      Objects.requireNonNull(level, "level");
      int n = 0;
      for (RiskBucket b : buckets) {
        n += b.level().compareTo(level) >= 0 ? b.count() : 0;
      }
      return n;
    }
  }

  /**
   * One churn-probability bucket.
   *
   * @param level the bucket
   * @param group its customers; key {@code low}, {@code medium}, {@code high} or {@code critical}
   * @param revenueBase the revenue its customers would bring over the horizon if retained (Σ R)
   * @param revenueAtRisk Σ R × churn probability
   */
  public record RiskBucket(
      RiskLevel level, CustomerGroup group, double revenueBase, double revenueAtRisk) {
    /**
     * Checks the components.
     *
     * @param level the bucket
     * @param group its customers; key {@code low}, {@code medium}, {@code high} or {@code critical}
     * @param revenueBase the revenue its customers would bring over the horizon if retained (Σ R)
     * @param revenueAtRisk Σ R × churn probability
     */
    public RiskBucket {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(group, "group");
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

  /**
   * One of the customers to save first.
   *
   * @param index the customer's index
   * @param displayName the name, or the pseudonym when there is none
   * @param lastPurchase the last purchase date
   * @param daysIdle days since the last purchase ("Не покупал N дн.")
   * @param riskPercent the churn probability in percent
   * @param ltv the historical LTV (total spent)
   */
  public record SaveCandidate(
      int index,
      String displayName,
      LocalDate lastPurchase,
      int daysIdle,
      double riskPercent,
      double ltv) {
    /**
     * Checks the components.
     *
     * @param index the customer's index
     * @param displayName the name, or the pseudonym when there is none
     * @param lastPurchase the last purchase date
     * @param daysIdle days since the last purchase ("Не покупал N дн.")
     * @param riskPercent the churn probability in percent
     * @param ltv the historical LTV (total spent)
     */
    public SaveCandidate {
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(lastPurchase, "lastPurchase");
    }
  }

  /**
   * The projected NRR waterfall, per customer c with current revenue B, revenue if retained R and
   * churn probability p: {@code B − p × B + (1 − p) × (R − B) = (1 − p) × R}, so {@code currentBase
   * + expansion − contraction − churn = projected} exactly.
   *
   * @param currentBase revenue of the last horizon (365 days by default) before the analysis date,
   *     Σ B over the customers
   * @param currentBaseEstimated whether {@code currentBase} was estimated from the annualised
   *     history because the input had no purchase dates
   * @param expansion Σ max(0, (1 − p) × (R − B)): what the customers expected to stay will bring
   *     above their current revenue (including those who bought nothing in the last horizon),
   *     positive or 0
   * @param contraction Σ max(0, (1 − p) × (B − R)): what the customers expected to stay will bring
   *     below their current revenue, positive or 0
   * @param churn Σ p × B: the current revenue expected to leave with the customers who churn,
   *     positive or 0 and never above {@code currentBase}
   * @param projected Σ (1 − p) × R = Σ P(alive) × R: the model's expected revenue over the horizon
   * @param nrrPercent {@code 100 × projected / currentBase}; absent when the current base is 0
   */
  public record NrrWaterfall(
      double currentBase,
      boolean currentBaseEstimated,
      double expansion,
      double contraction,
      double churn,
      double projected,
      OptionalDouble nrrPercent) {
    /**
     * Checks the components.
     *
     * @param currentBase revenue of the last horizon (365 days by default) before the analysis
     *     date, Σ B over the customers
     * @param currentBaseEstimated whether {@code currentBase} was estimated from the annualised
     *     history because the input had no purchase dates
     * @param expansion Σ max(0, (1 − p) × (R − B)): what the customers expected to stay will bring
     *     above their current revenue (including those who bought nothing in the last horizon),
     *     positive or 0
     * @param contraction Σ max(0, (1 − p) × (B − R)): what the customers expected to stay will
     *     bring below their current revenue, positive or 0
     * @param churn Σ p × B: the current revenue expected to leave with the customers who churn,
     *     positive or 0 and never above {@code currentBase}
     * @param projected Σ (1 − p) × R = Σ P(alive) × R: the model's expected revenue over the
     *     horizon
     * @param nrrPercent {@code 100 × projected / currentBase}; absent when the current base is 0
     */
    public NrrWaterfall {
      Objects.requireNonNull(nrrPercent, "nrrPercent");
    }
  }

  /**
   * One bar of the risk-structure histogram.
   *
   * @param group its customers; key {@code active}, {@code risk-zone} or {@code critical-churn}
   * @param revenue their historical LTV
   */
  public record StructureBar(CustomerGroup group, double revenue) {
    /**
     * Checks the group.
     *
     * @param group its customers; key {@code active}, {@code risk-zone} or {@code critical-churn}
     * @param revenue their historical LTV
     */
    public StructureBar {
      Objects.requireNonNull(group, "group");
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
