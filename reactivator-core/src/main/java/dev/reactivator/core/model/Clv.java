package dev.reactivator.core.model;

import dev.reactivator.core.model.internal.ModelArguments;
import java.util.Objects;

/**
 * Customer lifetime value over a horizon of months with monthly discounting: {@code CLV =
 * Σ_{m=1..M} (E[X(mL)] − E[X((m−1)L)]) × spend × margin / (1 + d)^m}, where E[X(t)] is the
 * conditional expected number of purchases in (T, T + t] and L the length of a month in the model's
 * unit (30 days in scoring).
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class Clv {
  private Clv() {}

  /**
   * The CLV of one customer.
   *
   * @param model the purchase model
   * @param x repeat transactions
   * @param tx time of the last transaction since the first, model unit
   * @param age time since the first transaction, model unit
   * @param averageOrder the expected average order value (e.g. Gamma-Gamma)
   * @param months the horizon M in months, ≥ 1
   * @param monthLength the length L of a month in the model's unit (30 days = 30/7 weeks)
   * @param monthlyDiscountRate d, in [0, 1)
   * @param margin the profit share of revenue, in (0, 1]
   * @return the discounted CLV over the horizon, {@code >= 0}, in the currency of {@code
   *     averageOrder}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double value(
      PurchaseModel model,
      double x,
      double tx,
      double age,
      double averageOrder,
      int months,
      double monthLength,
      double monthlyDiscountRate,
      double margin) {
    Objects.requireNonNull(model, "model");
    ModelArguments.checkHorizon(months, monthLength, monthlyDiscountRate, margin);
    ModelArguments.checkOrder(averageOrder);
    double total = 0;
    double previous = 0;
    double discount = 1;
    for (int m = 1; m <= months; m++) {
      double cumulative = model.expectedPurchases(m * monthLength, x, tx, age);
      discount /= 1 + monthlyDiscountRate;
      total += Math.max(0, cumulative - previous) * averageOrder * margin * discount;
      previous = Math.max(previous, cumulative);
    }
    return total;
  }
}
