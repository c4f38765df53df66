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
   * Whether the customer has at least two purchases, so that the cycle is their own.
   *
   * @return whether the customer has at least two purchases, so that the cycle is their own
   */
  public boolean enoughData() {
    return personalCycleDays.isPresent();
  }
}
