package dev.reactivator.core.score;

/**
 * How unusual a customer's current pause is (see {@link PauseAnomaly}).
 *
 * <p>Immutable and thread-safe.
 */
public enum AnomalyLevel {
  /** Score below 30. */
  LOW,
  /** Score 30 to 59. */
  MEDIUM,
  /** Score 60 and above. */
  HIGH
}
