package dev.reactivator.report.json;

/**
 * How much of a customer's {@code customers[]} entry a bounded document (the dashboard's embedded
 * {@code analysis.json}) writes. Each level keeps every key of the levels before it; the keys are
 * those of the file, in its order, listed in {@code docs/analysis-json.md} ("The page's form").
 */
public enum CustomerDetail {
  /** No entry: the customer is not in the document. */
  OMITTED,
  /**
   * A bubble of the RFM chart: {@code index}, {@code pseudonym}, {@code name}, {@code phones},
   * {@code emails}, {@code customerIds}, {@code purchases}, {@code historicalLtv} and {@code
   * rfm.recencyDays}, {@code rfm.code}, {@code rfm.segment}.
   */
  BUBBLE,
  /**
   * A row of a customer table (VIP at risk, whales, the customers to save first): a bubble's keys
   * and {@code lastPurchase}, {@code churnProbability}, {@code returnProbability}, {@code
   * timing.daysSinceLast}.
   */
  TABLE_ROW,
  /**
   * A row of the call list: a table row's keys and {@code timing.daysOverdue}, {@code
   * timing.status}, {@code nextBestProduct.product}, {@code nextPurchase.product}, {@code
   * nextPurchase.probability}, {@code sales} ({@code rank}, {@code priority}, {@code today}, {@code
   * primaryChannel}, {@code secondaryChannel}, {@code tone}, {@code explanationKey}) and {@code
   * messages}.
   */
  CALL_ROW,
  /** The whole entry, as in the file. */
  FULL;

  /**
   * Whether this level writes the keys of {@code level}.
   *
   * @param level a level
   * @return {@code true} when this level is {@code level} or a later one
   */
  public boolean includes(CustomerDetail level) {
    return compareTo(level) >= 0;
  }
}
