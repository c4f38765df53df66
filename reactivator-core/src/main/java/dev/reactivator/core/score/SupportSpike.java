package dev.reactivator.core.score;

/**
 * The SUPPORT_SPIKE reason's formula ({@code docs/metrics.md}, "Reason codes"): a customer's
 * tickets per purchase against the base's reference level {@code max(median rate, 0.25)}; strength
 * {@code (rate / reference − 1) / 3}, clamped to [0, 1], for customers with at least two tickets.
 * The median is the one population figure: a cluster job computes it over every customer and passes
 * it here, as the library does over its base.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class SupportSpike {
  /** The lowest reference level, tickets per purchase. */
  public static final double MIN_REFERENCE = 0.25;

  private SupportSpike() {}

  /**
   * A customer's tickets per purchase.
   *
   * @param tickets the customer's tickets
   * @param purchases the customer's purchases, at least 1
   * @return tickets / purchases
   */
  public static double rate(int tickets, int purchases) {
    return (double) tickets / purchases;
  }

  /**
   * The reference level from the median of every customer's {@link #rate}.
   *
   * @param medianRate the median rate over the base
   * @return {@code max(medianRate, 0.25)}
   */
  public static double reference(double medianRate) {
    return Math.max(MIN_REFERENCE, medianRate);
  }

  /**
   * A customer's SUPPORT_SPIKE strength.
   *
   * @param tickets the customer's tickets
   * @param purchases the customer's purchases, at least 1
   * @param reference the base's reference level ({@link #reference})
   * @return the strength in [0, 1]; 0 below two tickets
   */
  public static double strength(int tickets, int purchases, double reference) {
    if (tickets < 2) {
      return 0;
    }
    double v = (rate(tickets, purchases) / reference - 1) / 3;
    return v > 0 ? Math.min(1.0, v) : 0.0;
  }
}
