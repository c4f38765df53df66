package dev.reactivator.core.features;

/**
 * The time unit of a {@link CustomerSummary} and of the parameters fitted on it. Scoring works in
 * days; weeks exist to check the published reference values, which are stated in weeks.
 *
 * <p>Immutable and thread-safe.
 */
public enum PeriodUnit {
  /** Calendar days. */
  DAYS(1.0),
  /** Weeks of seven days. */
  WEEKS(7.0);

  private final double days;

  PeriodUnit(double days) {
    this.days = days;
  }

  /**
   * The length of one unit in days.
   *
   * @return the length of one unit in days
   */
  public double days() {
    return days;
  }

  /**
   * Converts a duration in days to this unit.
   *
   * @param durationDays the duration in days
   * @return the duration in this unit
   */
  public double fromDays(double durationDays) {
    return durationDays / days;
  }
}
