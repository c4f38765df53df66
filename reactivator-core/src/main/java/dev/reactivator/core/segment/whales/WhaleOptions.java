package dev.reactivator.core.segment.whales;

/**
 * Options of {@link SleepingWhales}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param topShare the share of customers, by historical LTV, who are "top spenders" (default 0.20)
 * @param sleepMultiple a top spender whose pause exceeds this multiple of the cycle is a sleeping
 *     whale (default 2.0)
 */
public record WhaleOptions(double topShare, double sleepMultiple) {
  /**
   * Validates the options.
   *
   * @param topShare the share of customers, by historical LTV, who are "top spenders" (default
   *     0.20)
   * @param sleepMultiple a top spender whose pause exceeds this multiple of the cycle is a sleeping
   *     whale (default 2.0)
   * @throws IllegalArgumentException when {@code topShare} is outside (0, 1] or {@code
   *     sleepMultiple} is below 1 or infinite
   */
  public WhaleOptions {
    if (!(topShare > 0 && topShare <= 1)) {
      throw new IllegalArgumentException("topShare must be in (0, 1], was " + topShare);
    }
    if (!(sleepMultiple >= 1 && Double.isFinite(sleepMultiple))) {
      throw new IllegalArgumentException(
          "sleepMultiple must be a finite number >= 1, was " + sleepMultiple);
    }
  }

  /**
   * The defaults: the top 20 % by LTV, asleep beyond 2 cycles.
   *
   * @return the defaults: the top 20 % by LTV, asleep beyond 2 cycles
   */
  public static WhaleOptions defaults() {
    return new WhaleOptions(0.20, 2.0);
  }
}
