package dev.reactivator.core.model.internal;

/**
 * The argument checks the purchase models, the CLV formula and the scorer share: each names the
 * first argument out of range in an {@link IllegalArgumentException}. Internal.
 */
public final class ModelArguments {
  private ModelArguments() {}

  /**
   * Checks the sufficient statistics of one customer.
   *
   * @param x repeat purchases, must be finite and {@code >= 0}
   * @param tx time of the last purchase since the first, must be finite and {@code >= 0}
   * @param age time since the first purchase (T), must be finite and {@code >= tx}
   * @throws IllegalArgumentException naming the first argument that is out of range
   */
  public static void check(double x, double tx, double age) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("x must be finite and >= 0, was " + x);
    }
    if (!(tx >= 0) || Double.isInfinite(tx)) {
      throw new IllegalArgumentException("tx must be finite and >= 0, was " + tx);
    }
    if (!(age >= tx) || Double.isInfinite(age)) {
      throw new IllegalArgumentException("T must be finite and >= tx (" + tx + "), was " + age);
    }
  }

  /**
   * Checks the length of a prediction window.
   *
   * @param t the window length, must be finite and {@code >= 0}
   * @throws IllegalArgumentException if {@code t} is negative, infinite or NaN
   */
  public static void checkTime(double t) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("t must be finite and >= 0, was " + t);
    }
  }

  /**
   * Checks the horizon arguments of {@code Clv.value}.
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
   * Checks the average order argument of {@code Clv.value}.
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
