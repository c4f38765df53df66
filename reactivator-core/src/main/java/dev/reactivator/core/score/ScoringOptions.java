package dev.reactivator.core.score;

import dev.reactivator.core.model.ModelKind;
import java.util.Objects;

/**
 * How customers are scored. Validated on construction; {@link #defaults()} holds the documented
 * defaults (the seed's risk buckets, a 12-month horizon, 1 % monthly discounting).
 *
 * <p>Immutable and thread-safe.
 *
 * @param horizonDays the prediction horizon for expected purchases and return probability (default
 *     365)
 * @param clvMonths the CLV horizon in months of 30 days (default 12)
 * @param monthlyDiscountRate the monthly discount rate of the CLV (default 0.01)
 * @param margin the share of revenue that is profit, applied to the CLV (default 1.0: CLV in
 *     revenue)
 * @param riskThresholds the churn-probability buckets (default 20 / 50 / 80 %)
 * @param timingWindowFraction the "now" window around the end of the cycle, as a fraction of the
 *     cycle (default 0.10)
 * @param timingMinWindowDays the smallest "now" window in days (default 3)
 * @param model the purchase model fitted by {@code score()} (default {@link #DEFAULT_MODEL}, chosen
 *     by the CDNOW backtest in {@code docs/metrics.md})
 * @param supervised whether {@code score()} may train the supervised layer and use it when its
 *     validation beats the purchase model alone (default {@code true}; see {@code docs/metrics.md})
 */
public record ScoringOptions(
    int horizonDays,
    int clvMonths,
    double monthlyDiscountRate,
    double margin,
    RiskThresholds riskThresholds,
    double timingWindowFraction,
    int timingMinWindowDays,
    ModelKind model,
    boolean supervised) {

  /**
   * The default purchase model, chosen by the CDNOW backtest ({@code docs/metrics.md}, "Models").
   */
  public static final ModelKind DEFAULT_MODEL = ModelKind.MBG_NBD;

  /**
   * Validates every option, naming it and its value.
   *
   * @param horizonDays the prediction horizon in days, {@code >= 1}
   * @param clvMonths the CLV horizon in months of 30 days, in 1..120
   * @param monthlyDiscountRate the monthly discount rate of the CLV, in [0, 1)
   * @param margin the share of revenue that is profit, in (0, 1]
   * @param riskThresholds the churn-probability buckets
   * @param timingWindowFraction the "now" window as a fraction of the cycle, in [0, 1)
   * @param timingMinWindowDays the smallest "now" window in days, {@code >= 0}
   * @param model the purchase model to fit
   * @param supervised whether the supervised layer may be trained and used
   * @throws IllegalArgumentException naming the first option out of range
   * @throws NullPointerException if {@code riskThresholds} or {@code model} is null
   */
  public ScoringOptions {
    if (horizonDays < 1) {
      throw new IllegalArgumentException("horizonDays must be >= 1, was " + horizonDays);
    }
    if (clvMonths < 1 || clvMonths > 120) {
      throw new IllegalArgumentException("clvMonths must be in 1..120, was " + clvMonths);
    }
    if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
      throw new IllegalArgumentException(
          "monthlyDiscountRate must be in [0, 1), was " + monthlyDiscountRate);
    }
    if (!(margin > 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin must be in (0, 1], was " + margin);
    }
    Objects.requireNonNull(riskThresholds, "riskThresholds");
    if (!(timingWindowFraction >= 0 && timingWindowFraction < 1)) {
      throw new IllegalArgumentException(
          "timingWindowFraction must be in [0, 1), was " + timingWindowFraction);
    }
    if (timingMinWindowDays < 0) {
      throw new IllegalArgumentException(
          "timingMinWindowDays must be >= 0, was " + timingMinWindowDays);
    }
    Objects.requireNonNull(model, "model");
  }

  /**
   * The options without a model choice, which takes {@link #DEFAULT_MODEL}.
   *
   * @param horizonDays the prediction horizon in days, {@code >= 1}
   * @param clvMonths the CLV horizon in months of 30 days, in 1..120
   * @param monthlyDiscountRate the monthly discount rate of the CLV, in [0, 1)
   * @param margin the share of revenue that is profit, in (0, 1]
   * @param riskThresholds the churn-probability buckets
   * @param timingWindowFraction the "now" window as a fraction of the cycle, in [0, 1)
   * @param timingMinWindowDays the smallest "now" window in days, {@code >= 0}
   * @throws IllegalArgumentException naming the first option out of range
   */
  public ScoringOptions(
      int horizonDays,
      int clvMonths,
      double monthlyDiscountRate,
      double margin,
      RiskThresholds riskThresholds,
      double timingWindowFraction,
      int timingMinWindowDays) {
    this(
        horizonDays,
        clvMonths,
        monthlyDiscountRate,
        margin,
        riskThresholds,
        timingWindowFraction,
        timingMinWindowDays,
        DEFAULT_MODEL,
        true);
  }

  /**
   * The options with a model choice and the supervised layer allowed.
   *
   * @param horizonDays the prediction horizon in days, {@code >= 1}
   * @param clvMonths the CLV horizon in months of 30 days, in 1..120
   * @param monthlyDiscountRate the monthly discount rate of the CLV, in [0, 1)
   * @param margin the share of revenue that is profit, in (0, 1]
   * @param riskThresholds the churn-probability buckets
   * @param timingWindowFraction the "now" window as a fraction of the cycle, in [0, 1)
   * @param timingMinWindowDays the smallest "now" window in days, {@code >= 0}
   * @param model the purchase model to fit
   * @throws IllegalArgumentException naming the first option out of range
   */
  public ScoringOptions(
      int horizonDays,
      int clvMonths,
      double monthlyDiscountRate,
      double margin,
      RiskThresholds riskThresholds,
      double timingWindowFraction,
      int timingMinWindowDays,
      ModelKind model) {
    this(
        horizonDays,
        clvMonths,
        monthlyDiscountRate,
        margin,
        riskThresholds,
        timingWindowFraction,
        timingMinWindowDays,
        model,
        true);
  }

  /**
   * The defaults: 365-day horizon, 12-month CLV at 1 % a month, margin 1, the seed's buckets, a 10
   * % / 3-day window, {@link #DEFAULT_MODEL}.
   *
   * @return the default options
   */
  public static ScoringOptions defaults() {
    return new ScoringOptions(
        365, 12, 0.01, 1.0, RiskThresholds.defaults(), 0.10, 3, DEFAULT_MODEL, true);
  }

  /**
   * A copy with another prediction horizon.
   *
   * @param days the prediction horizon in days, {@code >= 1}
   * @return a copy with {@code horizonDays} replaced
   * @throws IllegalArgumentException if {@code days < 1}
   */
  public ScoringOptions withHorizonDays(int days) {
    return new ScoringOptions(
        days,
        clvMonths,
        monthlyDiscountRate,
        margin,
        riskThresholds,
        timingWindowFraction,
        timingMinWindowDays,
        model,
        supervised);
  }

  /**
   * A copy with another CLV horizon, discount rate and margin.
   *
   * @param months the CLV horizon in months of 30 days, in 1..120
   * @param monthlyRate the monthly discount rate of the CLV, in [0, 1)
   * @param marginShare the share of revenue that is profit, in (0, 1]
   * @return a copy with the three CLV options replaced
   * @throws IllegalArgumentException if a value is out of range
   */
  public ScoringOptions withClv(int months, double monthlyRate, double marginShare) {
    return new ScoringOptions(
        horizonDays,
        months,
        monthlyRate,
        marginShare,
        riskThresholds,
        timingWindowFraction,
        timingMinWindowDays,
        model,
        supervised);
  }

  /**
   * A copy with other risk buckets.
   *
   * @param thresholds the churn-probability buckets
   * @return a copy with {@code riskThresholds} replaced
   */
  public ScoringOptions withRiskThresholds(RiskThresholds thresholds) {
    return new ScoringOptions(
        horizonDays,
        clvMonths,
        monthlyDiscountRate,
        margin,
        thresholds,
        timingWindowFraction,
        timingMinWindowDays,
        model,
        supervised);
  }

  /**
   * A copy with another purchase model.
   *
   * @param kind the purchase model to fit
   * @return a copy with {@code model} replaced
   */
  public ScoringOptions withModel(ModelKind kind) {
    return new ScoringOptions(
        horizonDays,
        clvMonths,
        monthlyDiscountRate,
        margin,
        riskThresholds,
        timingWindowFraction,
        timingMinWindowDays,
        kind,
        supervised);
  }

  /**
   * A copy that allows or forbids the supervised layer: without it the return probability, churn
   * and every figure built on them rest on the purchase model alone (as the distributed job
   * scores).
   *
   * @param allowed whether {@code score()} may train and use the supervised layer
   * @return a copy with {@code supervised} replaced
   */
  public ScoringOptions withSupervised(boolean allowed) {
    return new ScoringOptions(
        horizonDays,
        clvMonths,
        monthlyDiscountRate,
        margin,
        riskThresholds,
        timingWindowFraction,
        timingMinWindowDays,
        model,
        allowed);
  }
}
