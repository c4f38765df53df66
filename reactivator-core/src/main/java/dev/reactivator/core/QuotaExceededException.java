package dev.reactivator.core;

/**
 * The input holds more unique customers than the {@link QuotaPolicy} allows. Billing counts unique
 * customers after the identity merge, never rows.
 */
public final class QuotaExceededException extends ReactivatorException {
  private static final long serialVersionUID = 1L;

  private final long uniqueCustomers;
  private final long remaining;

  /**
   * @param uniqueCustomers the unique customers in the input after merging
   * @param remaining the units left in the quota
   * @param message the user-facing message
   */
  public QuotaExceededException(long uniqueCustomers, long remaining, String message) {
    super(message);
    this.uniqueCustomers = uniqueCustomers;
    this.remaining = remaining;
  }

  /** The unique customers the analysis would have charged. */
  public long uniqueCustomers() {
    return uniqueCustomers;
  }

  /** The units left in the quota. */
  public long remaining() {
    return remaining;
  }
}
