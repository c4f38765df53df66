package dev.reactivator.core.score;

import java.util.List;
import java.util.Objects;

/**
 * Everything Reactivator predicts about one customer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the customer's index in the base
 * @param pseudonym the pseudonymous id ({@code ID-0042})
 * @param purchases the number of purchases
 * @param historicalLtv the total spent so far
 * @param averageCheck historical LTV / purchases
 * @param probabilityAlive P(alive) from the fitted model
 * @param churnProbability {@code 1 − P(alive)}
 * @param riskLevel the seed's bucket of the churn probability
 * @param returnProbability P(at least one purchase within the horizon), see {@code docs/metrics.md}
 * @param expectedPurchases expected purchases within the horizon
 * @param expectedAverageOrder the expected average order value (Gamma-Gamma, or the documented
 *     fallback)
 * @param clv the discounted expected revenue over the CLV horizon
 * @param timing time to next purchase
 * @param anomaly how unusual the current pause is
 * @param discountProfile the discount profile (UNKNOWN without the column)
 * @param reasons the reason codes with a positive strength, largest contribution first
 */
public record CustomerScore(
    int index,
    String pseudonym,
    int purchases,
    double historicalLtv,
    double averageCheck,
    double probabilityAlive,
    double churnProbability,
    RiskLevel riskLevel,
    double returnProbability,
    double expectedPurchases,
    double expectedAverageOrder,
    double clv,
    PurchaseTiming timing,
    PauseAnomaly anomaly,
    DiscountProfile discountProfile,
    List<Reason> reasons) {

  /**
   * Checks the components and copies the reasons.
   *
   * @param index the customer's index in the base
   * @param pseudonym the pseudonymous id ({@code ID-0042})
   * @param purchases the number of purchases
   * @param historicalLtv the total spent so far
   * @param averageCheck historical LTV / purchases
   * @param probabilityAlive P(alive) from the fitted model
   * @param churnProbability {@code 1 − P(alive)}
   * @param riskLevel the seed's bucket of the churn probability
   * @param returnProbability P(at least one purchase within the horizon), see {@code
   *     docs/metrics.md}
   * @param expectedPurchases expected purchases within the horizon
   * @param expectedAverageOrder the expected average order value (Gamma-Gamma, or the documented
   *     fallback)
   * @param clv the discounted expected revenue over the CLV horizon
   * @param timing time to next purchase
   * @param anomaly how unusual the current pause is
   * @param discountProfile the discount profile (UNKNOWN without the column)
   * @param reasons the reason codes with a positive strength, largest contribution first
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if a probability is outside [0, 1]
   */
  public CustomerScore {
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(riskLevel, "riskLevel");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(anomaly, "anomaly");
    Objects.requireNonNull(discountProfile, "discountProfile");
    reasons = List.copyOf(reasons);
    requireProbability(probabilityAlive, "probabilityAlive");
    requireProbability(churnProbability, "churnProbability");
    requireProbability(returnProbability, "returnProbability");
  }

  private static void requireProbability(double p, String name) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + p);
    }
  }
}
