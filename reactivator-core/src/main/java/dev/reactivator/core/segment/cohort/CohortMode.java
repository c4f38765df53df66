package dev.reactivator.core.segment.cohort;

/**
 * How cohort activity was measured, so that reports can say so.
 *
 * <p>Immutable and thread-safe.
 */
public enum CohortMode {
  /**
   * With true purchase dates: a customer is retained in month k when they made at least one
   * purchase in calendar month (first-purchase month + k).
   */
  TRUE_PURCHASES,
  /**
   * Without purchase dates only the first and last purchase are real: a customer counts as active
   * in month k when first-purchase month + k ≤ last-purchase month, i.e. they were still buying by
   * then.
   */
  ACTIVE_SPAN
}
