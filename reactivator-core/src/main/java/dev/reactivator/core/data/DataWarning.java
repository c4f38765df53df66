package dev.reactivator.core.data;

import java.util.Objects;

/**
 * Something about the whole load that a reader of the results must know, such as an analysis date
 * long after the last purchase, or one identity holding a large share of the revenue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code what was noticed, a stable key
 * @param message what was noticed and what to do, in the load's language
 */
public record DataWarning(Code code, String message) {

  /** The kinds of load-wide warnings. */
  public enum Code {
    /** The analysis date lies long after the latest purchase: every customer looks lost. */
    AS_OF_LONG_AFTER_DATA,
    /** The analysis date lies before the latest purchase. */
    AS_OF_BEFORE_DATA,
    /** One customer holds more than the allowed share of all revenue: often a placeholder id. */
    DOMINANT_CUSTOMER,
    /**
     * Bytes of the file could not be decoded, or the encoding was a fallback: text may be garbled.
     */
    ENCODING,
    /**
     * Under the customer-id-first identity policy, rows without a customer id whose phone or e-mail
     * belongs to several customer ids stayed customers of their own.
     */
    AMBIGUOUS_CONTACT,
    /**
     * Rows of one product named several categories: the product takes the one named most often
     * (ties: alphabetically first).
     */
    CATEGORY_CONFLICT
  }

  /**
   * Checks the components.
   *
   * @param code what was noticed, a stable key
   * @param message what was noticed and what to do, in the load's language
   * @throws NullPointerException if a component is null
   */
  public DataWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
