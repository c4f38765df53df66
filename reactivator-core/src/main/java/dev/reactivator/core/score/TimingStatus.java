package dev.reactivator.core.score;

/**
 * Where a customer stands in their purchase cycle (the seed's T2NP statuses).
 *
 * <p>Immutable and thread-safe.
 */
public enum TimingStatus {
  /** Still inside the usual cycle: too early to call ("Ещё рано"). */
  EXPECTED,
  /** In the window around the end of the cycle: the time to call ("Самое время"). */
  NOW,
  /** Past the cycle and its window: overdue ("Просрочен"). */
  LATE
}
