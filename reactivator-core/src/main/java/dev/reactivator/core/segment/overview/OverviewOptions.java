package dev.reactivator.core.segment.overview;

/**
 * Options of the {@link Overview}. Validated on construction; {@link #defaults()} holds the
 * documented defaults.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criticalPauseMultiple a LATE customer whose pause exceeds this multiple of the cycle is in
 *     "critical churn", else in the "risk zone" (default 3.0)
 * @param activityWeight the health index weight of activity (default 0.40)
 * @param repeatWeight the health index weight of the repeat rate (default 0.30)
 * @param retentionWeight the health index weight of retention, 1 − mean churn (default 0.30)
 * @param alarmBelow a health index below this is an alarm (default 50)
 * @param topToSave how many customers "to save first" to list (default 5)
 */
public record OverviewOptions(
    double criticalPauseMultiple,
    double activityWeight,
    double repeatWeight,
    double retentionWeight,
    double alarmBelow,
    int topToSave) {

  /**
   * Validates every option, naming it and its value.
   *
   * @param criticalPauseMultiple a LATE customer whose pause exceeds this multiple of the cycle is
   *     in "critical churn", else in the "risk zone" (default 3.0)
   * @param activityWeight the health index weight of activity (default 0.40)
   * @param repeatWeight the health index weight of the repeat rate (default 0.30)
   * @param retentionWeight the health index weight of retention, 1 − mean churn (default 0.30)
   * @param alarmBelow a health index below this is an alarm (default 50)
   * @param topToSave how many customers "to save first" to list (default 5)
   * @throws IllegalArgumentException when an option is out of range; the message names it and its
   *     value
   */
  public OverviewOptions {
    if (!(criticalPauseMultiple >= 1 && Double.isFinite(criticalPauseMultiple))) {
      throw new IllegalArgumentException(
          "criticalPauseMultiple must be a finite number >= 1, was " + criticalPauseMultiple);
    }
    for (double w : new double[] {activityWeight, repeatWeight, retentionWeight}) {
      if (!(w >= 0 && w <= 1)) {
        throw new IllegalArgumentException(
            "health weights must be in [0, 1], were "
                + activityWeight
                + ", "
                + repeatWeight
                + ", "
                + retentionWeight);
      }
    }
    if (Math.abs(activityWeight + repeatWeight + retentionWeight - 1) > 1e-9) {
      throw new IllegalArgumentException(
          "health weights must sum to 1, were "
              + activityWeight
              + ", "
              + repeatWeight
              + ", "
              + retentionWeight);
    }
    if (!(alarmBelow >= 0 && alarmBelow <= 100)) {
      throw new IllegalArgumentException("alarmBelow must be in [0, 100], was " + alarmBelow);
    }
    if (topToSave < 0) {
      throw new IllegalArgumentException("topToSave must be >= 0, was " + topToSave);
    }
  }

  /**
   * The defaults: critical beyond 3 cycles, weights 0.40 / 0.30 / 0.30, alarm below 50, top 5.
   *
   * @return the defaults: critical beyond 3 cycles, weights 0.40 / 0.30 / 0.30, alarm below 50, top
   *     5
   */
  public static OverviewOptions defaults() {
    return new OverviewOptions(3.0, 0.40, 0.30, 0.30, 50, 5);
  }

  /**
   * A copy with another critical pause multiple.
   *
   * @param multiple how many usual purchase cycles of silence make a customer a critical churn,
   *     above 1
   * @return a copy with another critical pause multiple
   */
  public OverviewOptions withCriticalPauseMultiple(double multiple) {
    return new OverviewOptions(
        multiple, activityWeight, repeatWeight, retentionWeight, alarmBelow, topToSave);
  }
}
