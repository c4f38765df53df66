package dev.reactivator.core.segment.drivers;

/**
 * A two-sided confidence interval for a difference between the group with a feature and the group
 * without it (with − without).
 *
 * <p>Immutable and thread-safe.
 *
 * @param low the lower bound
 * @param high the upper bound, {@code >= low}
 * @param level the coverage, strictly between 0 and 1 (0.95 for a 95 % interval)
 */
public record ConfidenceInterval(double low, double high, double level) {
  /** The coverage of the intervals the reports show: 95 %. */
  public static final double DEFAULT_LEVEL = 0.95;

  /**
   * Checks the components.
   *
   * @param low the lower bound
   * @param high the upper bound, {@code >= low}
   * @param level the coverage, strictly between 0 and 1
   * @throws IllegalArgumentException when {@code low > high}, a bound is not a number or the level
   *     is outside (0, 1)
   */
  public ConfidenceInterval {
    if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
      throw new IllegalArgumentException(
          "low must be a number not above high, were " + low + " and " + high);
    }
    checkLevel(level);
  }

  /**
   * Whether the interval leaves out zero: the difference is significant at {@code 1 − level}.
   *
   * @return {@code true} when both bounds lie on the same side of zero
   */
  public boolean excludesZero() {
    return low > 0 || high < 0;
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must lie strictly between 0 and 1, was " + level);
    }
  }
}
