package dev.reactivator.core.data;

/**
 * Why a row was rejected (or, for warnings, what was noticed). Stable codes for programs.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProblemCode {
  /** The phone contains letters or other characters that are not part of a number. */
  PHONE_INVALID,
  /** The e-mail is not exactly one address. */
  EMAIL_INVALID,
  /** The amount cannot be read as a number. */
  AMOUNT_INVALID,
  /** The product is empty. */
  PRODUCT_EMPTY,
  /** The row has neither a customer id, a phone nor an e-mail. */
  NO_IDENTITY,
  /** A date cannot be read. */
  DATE_INVALID,
  /** The days value is not a non-negative whole number. */
  DAYS_INVALID,
  /**
   * A count column (complaints, tickets, discounted purchases) is not a non-negative whole number.
   */
  COUNT_INVALID,
  /** The row has no purchase date and no days value. */
  DATE_MISSING,
  /** The row has a different number of cells than the header. */
  CELL_COUNT,
  /** The row is empty (for example a trailing empty line). */
  EMPTY_ROW,
  /** The purchase date lies after the analysis date. */
  DATE_IN_FUTURE,
  /**
   * Bytes the file's encoding cannot decode (replaced by U+FFFD), or an encoding fallback: a
   * warning, never a rejection.
   */
  ENCODING,
  /** Any other problem; the message says what. */
  OTHER
}
