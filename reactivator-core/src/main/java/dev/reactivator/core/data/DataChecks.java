package dev.reactivator.core.data;

/**
 * The thresholds of the load-wide checks that end in a {@link DataWarning}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param staleAfterDays an analysis date more than this many days after the latest purchase is
 *     warned about
 * @param dominantShare a customer holding more than this share of all revenue is warned about (on
 *     bases large enough for the share to be unusual: more than {@code 2 / dominantShare}
 *     customers)
 */
public record DataChecks(int staleAfterDays, double dominantShare) {

  /**
   * Checks the thresholds.
   *
   * @param staleAfterDays days after the latest purchase, {@code >= 1}
   * @param dominantShare a share of revenue in (0, 1]
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public DataChecks {
    if (staleAfterDays < 1) {
      throw new IllegalArgumentException("staleAfterDays must be >= 1, was " + staleAfterDays);
    }
    if (!(dominantShare > 0 && dominantShare <= 1)) {
      throw new IllegalArgumentException("dominantShare must be in (0, 1], was " + dominantShare);
    }
  }

  /**
   * The defaults: a year after the last purchase, 5 % of revenue.
   *
   * @return the default thresholds
   */
  public static DataChecks defaults() {
    return new DataChecks(365, 0.05);
  }
}
