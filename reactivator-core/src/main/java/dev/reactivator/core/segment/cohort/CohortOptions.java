package dev.reactivator.core.segment.cohort;

/**
 * Options of the cohort widgets.
 *
 * <p>Immutable and thread-safe.
 *
 * @param months the last month offset shown, M0 … M{@code months} (default 12, 1–120)
 */
public record CohortOptions(int months) {

  /**
   * Checks the range.
   *
   * @param months the last month offset shown, M0 … M{@code months} (default 12, 1–120)
   * @throws IllegalArgumentException when {@code months} is outside 1–120
   */
  public CohortOptions {
    if (months < 1 || months > 120) {
      throw new IllegalArgumentException("months must be 1–120, was " + months);
    }
  }

  /**
   * M0 … M12.
   *
   * @return the default options: follow M0 … M12
   */
  public static CohortOptions defaults() {
    return new CohortOptions(12);
  }
}
