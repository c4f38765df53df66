package dev.reactivator.core.segment.lifecycle;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * ARPU, its growth for existing customers and the upsell share of revenue (seed 004), over the 12
 * months ({@link CustomerLifecycle#YEAR_DAYS} days) up to the analysis date and the 12 before.
 *
 * <p>Immutable and thread-safe.
 *
 * @param activeCustomers customers with a purchase in the last 12 months
 * @param revenue the amount of those purchases
 * @param arpu {@code revenue / activeCustomers}; absent when nobody bought in the last 12 months
 * @param existingCustomers customers with a purchase both in the last 12 months and in the 12
 *     before
 * @param arpuNow the existing customers' revenue of the last 12 months over their number; absent
 *     when there is no existing customer
 * @param arpuBefore the existing customers' revenue of the previous 12 months over their number;
 *     absent when there is no existing customer
 * @param arpuGrowth {@code arpuNow / arpuBefore − 1}; absent when there is no existing customer
 * @param upsellRevenue the part of {@code revenue} spent on products new to the customer, after its
 *     first purchase
 * @param upsellShare {@code upsellRevenue / revenue}, in [0, 1]; absent when revenue is 0
 */
public record RevenueGrowth(
    int activeCustomers,
    double revenue,
    OptionalDouble arpu,
    int existingCustomers,
    OptionalDouble arpuNow,
    OptionalDouble arpuBefore,
    OptionalDouble arpuGrowth,
    double upsellRevenue,
    OptionalDouble upsellShare) {
  /**
   * Checks the components.
   *
   * @param activeCustomers customers with a purchase in the last 12 months
   * @param revenue the amount of those purchases
   * @param arpu revenue per active customer, absent when there is none
   * @param existingCustomers customers active in both 12-month windows
   * @param arpuNow the existing customers' ARPU of the last 12 months
   * @param arpuBefore the existing customers' ARPU of the previous 12 months
   * @param arpuGrowth {@code arpuNow / arpuBefore − 1}
   * @param upsellRevenue the revenue from products new to the customer
   * @param upsellShare {@code upsellRevenue / revenue}
   */
  public RevenueGrowth {
    Objects.requireNonNull(arpu, "arpu");
    Objects.requireNonNull(arpuNow, "arpuNow");
    Objects.requireNonNull(arpuBefore, "arpuBefore");
    Objects.requireNonNull(arpuGrowth, "arpuGrowth");
    Objects.requireNonNull(upsellShare, "upsellShare");
  }
}
