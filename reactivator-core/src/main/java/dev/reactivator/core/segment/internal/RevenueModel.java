package dev.reactivator.core.segment.internal;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.score.CallValue;

/**
 * Revenue quantities shared by the overview and finance widgets (formulas in {@code
 * docs/metrics.md}, "Overview"). Internal.
 */
public final class RevenueModel {
  /** Below this P(alive) the revenue "if retained" is taken from the customer's own pace. */
  public static final double MIN_ALIVE = CallValue.MIN_ALIVE;

  private RevenueModel() {}

  /**
   * Revenue if retained over the horizon, per customer: {@code R = E[purchases] × AOV / P(alive)}
   * (exactly {@code E[purchases | alive] × AOV}, since a dead customer buys nothing); for {@code
   * P(alive) < 0.001}, the customer's own pace {@code AOV × horizon / cycle}.
   */
  public static double[] retainedRevenue(ScoreColumns k, int horizonDays) {
    double[] r = new double[k.n];
    for (int c = 0; c < k.n; c++) {
      r[c] =
          CallValue.retained(
              k.pAlive(c), k.expectedPurchases(c), k.aov(c), k.cycle[c], horizonDays);
    }
    return r;
  }

  /**
   * Revenue of the last {@code horizonDays} days before the analysis date, per customer: the
   * purchases dated in {@code (asOf − horizon, asOf]} when purchase dates exist; without them, the
   * annualised history {@code LTV × horizon / max(horizon, asOf − first purchase)}.
   */
  public static double[] recentRevenue(ScoreColumns k, int horizonDays) {
    CustomerBase b = k.base;
    double[] r = new double[k.n];
    int asOf = b.asOfDay();
    if (b.has(Field.PURCHASE_DATE)) {
      int from = asOf - horizonDays;
      for (int c = 0; c < k.n; c++) {
        double s = 0;
        for (int j = k.purchases[c] - 1; j >= 0; j--) {
          int d = b.purchaseDay(c, j);
          if (d <= from) {
            break;
          }
          if (d <= asOf) {
            s += b.purchaseAmount(c, j);
          }
        }
        r[c] = s;
      }
    } else {
      for (int c = 0; c < k.n; c++) {
        int age = asOf - b.firstPurchaseDay(c);
        r[c] = k.ltv[c] * horizonDays / Math.max(horizonDays, age);
      }
    }
    return r;
  }
}
