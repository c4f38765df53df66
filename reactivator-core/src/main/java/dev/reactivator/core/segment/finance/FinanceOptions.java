package dev.reactivator.core.segment.finance;

/**
 * Options of the {@link Finance} widgets.
 *
 * <p>Immutable and thread-safe.
 *
 * @param saveRate the assumed share of the revenue at risk a retention campaign saves (default
 *     0.25; see {@code docs/metrics.md}, "Finance", for why)
 */
public record FinanceOptions(double saveRate) {
  /**
   * Validates the save rate.
   *
   * @param saveRate the assumed share of the revenue at risk a retention campaign saves (default
   *     0.25; see {@code docs/metrics.md}, "Finance", for why)
   * @throws IllegalArgumentException when {@code saveRate} is outside 0–1
   */
  public FinanceOptions {
    if (!(saveRate >= 0 && saveRate <= 1)) {
      throw new IllegalArgumentException("saveRate must be in [0, 1], was " + saveRate);
    }
  }

  /**
   * The defaults: a save rate of 25 %.
   *
   * @return the defaults: a save rate of 25 %
   */
  public static FinanceOptions defaults() {
    return new FinanceOptions(0.25);
  }
}
