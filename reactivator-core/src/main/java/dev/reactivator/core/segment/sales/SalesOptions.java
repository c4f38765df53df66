package dev.reactivator.core.segment.sales;

import java.util.Objects;

/**
 * Options of the {@link SalesPlan}. Validated on construction; {@link #defaults()} holds the
 * documented defaults.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rules the channel-and-tone rule table (default {@link RuleTable#defaults()})
 * @param vipTopShare when the caller gives no VIP flag, the top share of customers by historical
 *     LTV that are VIP (default 0.20)
 * @param successFrom a return probability at or above this is SUCCESS (default 0.60)
 * @param churnBelow a return probability below this is CHURN (default 0.20); between, NEUTRAL
 * @param stakeWeight the weight of the value at stake in the priority score; the return probability
 *     gets {@code 1 − stakeWeight} (default 0.60)
 * @param highFrom a priority score at or above this is HIGH (default 50)
 * @param mediumFrom a priority score at or above this (and below {@code highFrom}) is MEDIUM
 *     (default 30); below, LOW
 * @param highDeadlineDays the deadline for HIGH priority, days (default 3)
 * @param mediumDeadlineDays the deadline for MEDIUM priority, days (default 7)
 * @param lowDeadlineDays the deadline for LOW priority, days (default 14)
 * @param callListLimit the most rows of the call list (default {@link Integer#MAX_VALUE}: everyone)
 */
public record SalesOptions(
    RuleTable rules,
    double vipTopShare,
    double successFrom,
    double churnBelow,
    double stakeWeight,
    int highFrom,
    int mediumFrom,
    int highDeadlineDays,
    int mediumDeadlineDays,
    int lowDeadlineDays,
    int callListLimit) {

  /**
   * Validates every option, naming it and its value.
   *
   * @param rules the channel-and-tone rule table (default {@link RuleTable#defaults()})
   * @param vipTopShare when the caller gives no VIP flag, the top share of customers by historical
   *     LTV that are VIP (default 0.20)
   * @param successFrom a return probability at or above this is SUCCESS (default 0.60)
   * @param churnBelow a return probability below this is CHURN (default 0.20); between, NEUTRAL
   * @param stakeWeight the weight of the value at stake in the priority score; the return
   *     probability gets {@code 1 − stakeWeight} (default 0.60)
   * @param highFrom a priority score at or above this is HIGH (default 50)
   * @param mediumFrom a priority score at or above this (and below {@code highFrom}) is MEDIUM
   *     (default 30); below, LOW
   * @param highDeadlineDays the deadline for HIGH priority, days (default 3)
   * @param mediumDeadlineDays the deadline for MEDIUM priority, days (default 7)
   * @param lowDeadlineDays the deadline for LOW priority, days (default 14)
   * @param callListLimit the most rows of the call list (default {@link Integer#MAX_VALUE}:
   *     everyone)
   * @throws IllegalArgumentException when a share, threshold, deadline or limit is out of range
   */
  public SalesOptions {
    Objects.requireNonNull(rules, "rules");
    if (!(vipTopShare > 0 && vipTopShare <= 1)) {
      throw new IllegalArgumentException("vipTopShare must be in (0, 1], was " + vipTopShare);
    }
    if (!(churnBelow >= 0 && churnBelow <= successFrom && successFrom <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= churnBelow <= successFrom <= 1, were " + churnBelow + " and " + successFrom);
    }
    if (!(stakeWeight >= 0 && stakeWeight <= 1)) {
      throw new IllegalArgumentException("stakeWeight must be in [0, 1], was " + stakeWeight);
    }
    if (!(0 <= mediumFrom && mediumFrom <= highFrom && highFrom <= 100)) {
      throw new IllegalArgumentException(
          "need 0 <= mediumFrom <= highFrom <= 100, were " + mediumFrom + " and " + highFrom);
    }
    if (highDeadlineDays < 1 || mediumDeadlineDays < 1 || lowDeadlineDays < 1) {
      throw new IllegalArgumentException(
          "deadlines must be >= 1 day, were "
              + highDeadlineDays
              + ", "
              + mediumDeadlineDays
              + ", "
              + lowDeadlineDays);
    }
    if (callListLimit < 0) {
      throw new IllegalArgumentException("callListLimit must be >= 0, was " + callListLimit);
    }
  }

  /**
   * The defaults: the seed-derived rule table, VIP = top 20 % by LTV, success from 60 %, churn
   * below 20 %, stake weight 0.6, HIGH from 50, MEDIUM from 30, deadlines 3 / 7 / 14 days, no row
   * limit.
   *
   * @return the defaults: the seed-derived rule table, VIP = top 20 % by LTV, success from 60 %,
   *     churn below 20 %, stake weight 0.6, HIGH from 50, MEDIUM from 30, deadlines 3 / 7 / 14
   *     days, no row limit
   */
  public static SalesOptions defaults() {
    return new SalesOptions(
        RuleTable.defaults(), 0.20, 0.60, 0.20, 0.60, 50, 30, 3, 7, 14, Integer.MAX_VALUE);
  }

  /**
   * A copy with another rule table.
   *
   * @param table the rules that choose each customer's channel and tone, first match wins
   * @return a copy with another rule table
   */
  public SalesOptions withRules(RuleTable table) {
    return new SalesOptions(
        table,
        vipTopShare,
        successFrom,
        churnBelow,
        stakeWeight,
        highFrom,
        mediumFrom,
        highDeadlineDays,
        mediumDeadlineDays,
        lowDeadlineDays,
        callListLimit);
  }

  /**
   * A copy with another call-list limit.
   *
   * @param limit the maximum number of rows of the call list, at least 0
   * @return a copy with another call-list limit
   */
  public SalesOptions withCallListLimit(int limit) {
    return new SalesOptions(
        rules,
        vipTopShare,
        successFrom,
        churnBelow,
        stakeWeight,
        highFrom,
        mediumFrom,
        highDeadlineDays,
        mediumDeadlineDays,
        lowDeadlineDays,
        limit);
  }

  /**
   * The priority level of a priority score.
   *
   * @param score the priority score, 0 to 100
   * @return the priority level of a priority score
   */
  public Priority priorityOf(int score) {
    return score >= highFrom ? Priority.HIGH : score >= mediumFrom ? Priority.MEDIUM : Priority.LOW;
  }

  /**
   * The forecast category of a return probability.
   *
   * @param returnProbability the probability the customer buys again, 0 to 1
   * @return the forecast category of a return probability
   */
  public ReturnForecast forecastOf(double returnProbability) {
    return returnProbability >= successFrom
        ? ReturnForecast.SUCCESS
        : returnProbability < churnBelow ? ReturnForecast.CHURN : ReturnForecast.NEUTRAL;
  }

  /**
   * The deadline in days of a priority.
   *
   * @param p the priority level
   * @return the deadline in days of a priority
   */
  public int deadlineDays(Priority p) {
    return switch (p) {
      case HIGH -> highDeadlineDays;
      case MEDIUM -> mediumDeadlineDays;
      case LOW -> lowDeadlineDays;
    };
  }
}
