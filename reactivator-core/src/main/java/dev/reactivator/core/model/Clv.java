package dev.reactivator.core.model;

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
    checkHorizon(months, monthLength, monthlyDiscountRate, margin);
    checkOrder(averageOrder);
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

  /**
   * Checks the horizon arguments of {@link #value}.
   *
   * @param months the horizon M in months, must be {@code >= 1}
   * @param monthLength the length L of a month in the model's unit, must be finite and {@code > 0}
   * @param monthlyDiscountRate d, must be in [0, 1)
   * @param margin the profit share of revenue, must be in (0, 1]
   * @throws IllegalArgumentException naming the first argument out of range
   */
  public static void checkHorizon(
      int months, double monthLength, double monthlyDiscountRate, double margin) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be >= 1, was " + months);
    }
    if (!(monthLength > 0) || Double.isInfinite(monthLength)) {
      throw new IllegalArgumentException("monthLength must be finite and > 0, was " + monthLength);
    }
    if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
      throw new IllegalArgumentException(
          "monthlyDiscountRate must be in [0, 1), was " + monthlyDiscountRate);
    }
    if (!(margin > 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin must be in (0, 1], was " + margin);
    }
  }

  /**
   * Checks the average order argument of {@link #value}.
   *
   * @param averageOrder the expected average order value, must be finite and {@code >= 0}
   * @throws IllegalArgumentException if it is negative, infinite or NaN
   */
  public static void checkOrder(double averageOrder) {
    if (!(averageOrder >= 0) || Double.isInfinite(averageOrder)) {
      throw new IllegalArgumentException(
          "averageOrder must be finite and >= 0, was " + averageOrder);
    }
  }
}
