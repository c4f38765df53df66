package dev.reactivator.core.segment.finance;

/**
 * Options of the cohort LTV vs CAC curve.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cac the customer acquisition cost in the base's currency (default 3000, must be ≥ 0)
 * @param months the last month offset, M0 … M{@code months} (default 12, 1–120)
 */
public record LtvCacOptions(double cac, int months) {

  /**
   * Checks the values.
   *
   * @param cac the customer acquisition cost in the base's currency (default 3000, must be ≥ 0)
   * @param months the last month offset, M0 … M{@code months} (default 12, 1–120)
   * @throws IllegalArgumentException when {@code cac} is negative, NaN or infinite, or {@code
   *     months} is outside 1–120
   */
  public LtvCacOptions {
    if (!(cac >= 0) || Double.isInfinite(cac)) {
      throw new IllegalArgumentException("cac must be a finite number >= 0, was " + cac);
    }
    if (months < 1 || months > 120) {
      throw new IllegalArgumentException("months must be 1–120, was " + months);
    }
  }

  /**
   * CAC 3000 ₽ (the product's default), M0 … M12.
   *
   * @return the default options: CAC 3000 ₽, M0 … M12
   */
  public static LtvCacOptions defaults() {
    return new LtvCacOptions(3000, 12);
  }

  /**
   * These options with another CAC.
   *
   * @param cac the customer acquisition cost in the base's currency (default 3000, must be ≥ 0)
   * @return these options with another CAC
   */
  public LtvCacOptions withCac(double cac) {
    return new LtvCacOptions(cac, months);
  }
}
