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
 * @param highShare the share of the expected money saved by the first tier (due, overdue or
 *     critical customers) that the HIGH rows hold: a first-tier row is HIGH while the rows before
 *     it hold less than this share (default 0.80)
 * @param mediumShare likewise for MEDIUM (default 0.95); the first-tier rest and every not-yet-due
 *     customer is LOW
 * @param highDeadlineDays the deadline for HIGH priority, days (default 3)
 * @param mediumDeadlineDays the deadline for MEDIUM priority, days (default 7)
 * @param lowDeadlineDays the deadline for LOW priority, days (default 14)
 * @param callListLimit the most rows of the call list (default {@link Integer#MAX_VALUE}: everyone)
 * @param callsPerDay the daily capacity: the first this many rows of the call list that are due,
 *     overdue or critical make today's list (default 50)
 */
public record SalesOptions(
    RuleTable rules,
    double vipTopShare,
    double successFrom,
    double churnBelow,
    double highShare,
    double mediumShare,
    int highDeadlineDays,
    int mediumDeadlineDays,
    int lowDeadlineDays,
    int callListLimit,
    int callsPerDay) {

  /**
   * Validates every option, naming it and its value.
   *
   * @param rules the channel-and-tone rule table (default {@link RuleTable#defaults()})
   * @param vipTopShare when the caller gives no VIP flag, the top share of customers by historical
   *     LTV that are VIP (default 0.20)
   * @param successFrom a return probability at or above this is SUCCESS (default 0.60)
   * @param churnBelow a return probability below this is CHURN (default 0.20); between, NEUTRAL
   * @param highShare the share of the expected money saved by the first tier (due, overdue or
   *     critical customers) that the HIGH rows hold (default 0.80)
   * @param mediumShare likewise for MEDIUM (default 0.95); the first-tier rest and every
   *     not-yet-due customer is LOW
   * @param highDeadlineDays the deadline for HIGH priority, days (default 3)
   * @param mediumDeadlineDays the deadline for MEDIUM priority, days (default 7)
   * @param lowDeadlineDays the deadline for LOW priority, days (default 14)
   * @param callListLimit the most rows of the call list (default {@link Integer#MAX_VALUE}:
   *     everyone)
   * @param callsPerDay the daily capacity: the first this many rows of the call list that are due,
   *     overdue or critical make today's list (default 50)
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
    if (!(0 <= highShare && highShare <= mediumShare && mediumShare <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= highShare <= mediumShare <= 1, were " + highShare + " and " + mediumShare);
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
    if (callsPerDay < 0) {
      throw new IllegalArgumentException("callsPerDay must be >= 0, was " + callsPerDay);
    }
  }

  /**
   * The defaults: the seed-derived rule table, VIP = top 20 % by LTV, success from 60 %, churn
   * below 20 %, HIGH = the head holding 80 % of the first tier's expected money saved, MEDIUM the
   * next 15 %, deadlines 3 / 7 / 14 days, no row limit, 50 calls a day.
   *
   * @return the defaults: the seed-derived rule table, VIP = top 20 % by LTV, success from 60 %,
   *     churn below 20 %, HIGH / MEDIUM shares 0.80 / 0.95, deadlines 3 / 7 / 14 days, no row
   *     limit, 50 calls a day
   */
  public static SalesOptions defaults() {
    return new SalesOptions(
        RuleTable.defaults(), 0.20, 0.60, 0.20, 0.80, 0.95, 3, 7, 14, Integer.MAX_VALUE, 50);
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
        highShare,
        mediumShare,
        highDeadlineDays,
        mediumDeadlineDays,
        lowDeadlineDays,
        callListLimit,
        callsPerDay);
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
        highShare,
        mediumShare,
        highDeadlineDays,
        mediumDeadlineDays,
        lowDeadlineDays,
        limit,
        callsPerDay);
  }

  /**
   * A copy with another daily capacity.
   *
   * @param perDay how many calls a day today's list holds, at least 0
   * @return a copy with another daily capacity
   */
  public SalesOptions withCallsPerDay(int perDay) {
    return new SalesOptions(
        rules,
        vipTopShare,
        successFrom,
        churnBelow,
        highShare,
        mediumShare,
        highDeadlineDays,
        mediumDeadlineDays,
        lowDeadlineDays,
        callListLimit,
        perDay);
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
