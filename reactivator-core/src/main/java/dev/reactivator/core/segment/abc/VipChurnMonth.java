package dev.reactivator.core.segment.abc;

import dev.reactivator.core.segment.widget.CustomerGroup;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One calendar month of the VIP churn by month: the VIP customers whose risk date fell in it (see
 * {@link VipChurn}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param month the calendar month
 * @param customers the VIP customers whose risk date fell in the month (on or before the analysis
 *     date), ascending by index; key {@code YYYY-MM}
 * @param ltv their total spent (Σ LTV)
 * @param annualRevenue their revenue of the 365 days up to and including each one's last purchase
 * @param atRiskNow how many of them are at HIGH or CRITICAL risk at the analysis date
 * @param partial whether the month is the analysis date's own, counted only up to that date
 */
public record VipChurnMonth(
    YearMonth month,
    CustomerGroup customers,
    double ltv,
    double annualRevenue,
    int atRiskNow,
    boolean partial) {

  /**
   * Checks the components.
   *
   * @param month the calendar month
   * @param customers the VIP customers whose risk date fell in the month (on or before the analysis
   *     date), ascending by index; key {@code YYYY-MM}
   * @param ltv their total spent (Σ LTV)
   * @param annualRevenue their revenue of the 365 days up to and including each one's last purchase
   * @param atRiskNow how many of them are at HIGH or CRITICAL risk at the analysis date
   * @param partial whether the month is the analysis date's own, counted only up to that date
   */
  public VipChurnMonth {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(customers, "customers");
    if (atRiskNow < 0 || atRiskNow > customers.size()) {
      throw new IllegalArgumentException(
          "atRiskNow must be in [0, " + customers.size() + "], was " + atRiskNow);
    }
  }

  /**
   * How many VIP customers crossed into risk in the month.
   *
   * @return the number of customers in {@link #customers()}
   */
  public int count() {
    return customers.size();
  }
}
