package dev.reactivator.core.segment.sales;

import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.TimingStatus;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a channel-and-tone {@link Rule} can look at for one customer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the customer's index
 * @param riskLevel the churn-risk bucket
 * @param churnProbability 1 − P(alive)
 * @param returnProbability P(at least one purchase within the horizon)
 * @param vip whether the customer is a VIP (top share by LTV, or the caller's flag)
 * @param complaints the complaints count, absent without the column
 * @param supportSpike whether the support-spike reason is present (false without the tickets
 *     column)
 * @param discountProfile the discount profile (UNKNOWN without the column)
 * @param timingStatus the T2NP status
 * @param enoughData whether the customer has at least two purchases
 * @param ltv the historical LTV
 * @param pauseRatio days since the last purchase over the cycle used
 * @param lowCheck whether the customer's average check is in the bottom quarter of the base's
 *     ({@link SalesCalculator#LOW_CHECK_SHARE}, ties included)
 */
public record CustomerView(
    int index,
    RiskLevel riskLevel,
    double churnProbability,
    double returnProbability,
    boolean vip,
    OptionalInt complaints,
    boolean supportSpike,
    DiscountProfile.Kind discountProfile,
    TimingStatus timingStatus,
    boolean enoughData,
    double ltv,
    double pauseRatio,
    boolean lowCheck) {

  /**
   * Checks the components.
   *
   * @param index the customer's index
   * @param riskLevel the churn-risk bucket
   * @param churnProbability 1 − P(alive)
   * @param returnProbability P(at least one purchase within the horizon)
   * @param vip whether the customer is a VIP (top share by LTV, or the caller's flag)
   * @param complaints the complaints count, absent without the column
   * @param supportSpike whether the support-spike reason is present (false without the tickets
   *     column)
   * @param discountProfile the discount profile (UNKNOWN without the column)
   * @param timingStatus the T2NP status
   * @param enoughData whether the customer has at least two purchases
   * @param ltv the historical LTV
   * @param pauseRatio days since the last purchase over the cycle used
   * @param lowCheck whether the customer's average check is in the bottom quarter of the base's
   */
  public CustomerView {
    Objects.requireNonNull(riskLevel, "riskLevel");
    Objects.requireNonNull(complaints, "complaints");
    Objects.requireNonNull(discountProfile, "discountProfile");
    Objects.requireNonNull(timingStatus, "timingStatus");
  }

  /**
   * Whether the customer has complained at least once (false without the column).
   *
   * @return whether the customer has complained at least once (false without the column)
   */
  public boolean hasComplaints() {
    return complaints.orElse(0) > 0;
  }
}
