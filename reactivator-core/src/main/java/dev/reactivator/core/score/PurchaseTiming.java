package dev.reactivator.core.score;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Time to next purchase (T2NP) of one customer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personalCycleDays the personal cycle {@code (last − first) / (purchases − 1)} in days;
 *     empty for a one-time buyer ("not enough data (1 purchase)")
 * @param cycleDays the cycle used for the status: the personal cycle, or for a one-time buyer the
 *     population's median personal cycle (the fallback)
 * @param daysSinceLast days from the last purchase to the analysis date
 * @param expectedNext the last purchase plus {@code cycleDays}
 * @param daysOverdue {@code daysSinceLast − cycleDays}, rounded: positive = late by that many days,
 *     negative = due in that many days
 * @param status EXPECTED, NOW or LATE against {@code cycleDays} and the "now" window
 */
public record PurchaseTiming(
    OptionalDouble personalCycleDays,
    double cycleDays,
    int daysSinceLast,
    LocalDate expectedNext,
    int daysOverdue,
    TimingStatus status) {

  /**
   * Checks the components.
   *
   * @param personalCycleDays the personal cycle {@code (last − first) / (purchases − 1)} in days;
   *     empty for a one-time buyer ("not enough data (1 purchase)")
   * @param cycleDays the cycle used for the status: the personal cycle, or for a one-time buyer the
   *     population's median personal cycle (the fallback)
   * @param daysSinceLast days from the last purchase to the analysis date
   * @param expectedNext the last purchase plus {@code cycleDays}
   * @param daysOverdue {@code daysSinceLast − cycleDays}, rounded: positive = late by that many
   *     days, negative = due in that many days
   * @param status EXPECTED, NOW or LATE against {@code cycleDays} and the "now" window
   * @throws NullPointerException if a reference component is null
   */
  public PurchaseTiming {
    Objects.requireNonNull(personalCycleDays, "personalCycleDays");
    Objects.requireNonNull(expectedNext, "expectedNext");
    Objects.requireNonNull(status, "status");
  }

  /**
   * The timing of one customer, the one definition the library's scoring and the Spark job share:
   * the cycle is the personal cycle, or for a one-time buyer the population's; status EXPECTED
   * while {@code daysSinceLast < cycle − w}, NOW while {@code daysSinceLast ≤ cycle + w}, else
   * LATE, with the window {@code w = max(minWindowDays, windowFraction × cycle)}; the expected next
   * purchase is the last purchase plus the rounded cycle.
   *
   * @param personalCycleDays the customer's personal cycle in days, empty for a one-time buyer
   * @param populationCycleDays the population's median personal cycle (or its fallback), in days
   * @param daysSinceLast days from the last purchase to the analysis date
   * @param asOf the analysis date
   * @param windowFraction the "now" window as a fraction of the cycle
   * @param minWindowDays the smallest "now" window in days
   * @return the timing
   * @throws NullPointerException if {@code personalCycleDays} or {@code asOf} is null
   */
  public static PurchaseTiming of(
      OptionalDouble personalCycleDays,
      double populationCycleDays,
      int daysSinceLast,
      LocalDate asOf,
      double windowFraction,
      int minWindowDays) {
    double cycle = personalCycleDays.orElse(populationCycleDays);
    TimingStatus status = statusOf(cycle, daysSinceLast, windowFraction, minWindowDays);
    LocalDate last = asOf.minusDays(daysSinceLast);
    long cycleDays = Math.round(cycle);
    return new PurchaseTiming(
        personalCycleDays,
        cycle,
        daysSinceLast,
        last.plusDays(cycleDays),
        (int) (daysSinceLast - cycleDays),
        status);
  }

  /**
   * The status alone of {@link #of}: EXPECTED while {@code daysSinceLast < cycle − w}, NOW while
   * {@code daysSinceLast ≤ cycle + w}, else LATE, with {@code w = max(minWindowDays, windowFraction
   * × cycle)}.
   *
   * @param cycleDays the cycle used, in days
   * @param daysSinceLast days from the last purchase to the analysis date
   * @param windowFraction the "now" window as a fraction of the cycle
   * @param minWindowDays the smallest "now" window in days
   * @return the status
   */
  public static TimingStatus statusOf(
      double cycleDays, int daysSinceLast, double windowFraction, int minWindowDays) {
    double w = Math.max(minWindowDays, windowFraction * cycleDays);
    return daysSinceLast < cycleDays - w
        ? TimingStatus.EXPECTED
        : daysSinceLast <= cycleDays + w ? TimingStatus.NOW : TimingStatus.LATE;
  }

  /**
   * Whether the customer has at least two purchases, so that the cycle is their own.
   *
   * @return whether the customer has at least two purchases, so that the cycle is their own
   */
  public boolean enoughData() {
    return personalCycleDays.isPresent();
  }
}
