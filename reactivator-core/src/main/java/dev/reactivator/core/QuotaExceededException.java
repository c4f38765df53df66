package dev.reactivator.core;

/**
 * The input holds more unique customers than the {@link QuotaPolicy} allows. Billing counts unique
 * customers after the identity merge, never rows.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public final class QuotaExceededException extends ReactivatorException {
  private static final long serialVersionUID = 1L;

  /** The unique customers in the input after merging. */
  private final long uniqueCustomers;

  /** The units left in the quota. */
  private final long remaining;

  /**
   * An exception for an input of {@code uniqueCustomers} that a quota with {@code remaining} units
   * cannot pay for.
   *
   * @param uniqueCustomers the unique customers in the input after merging
   * @param remaining the units left in the quota
   * @param message the user-facing message
   */
  public QuotaExceededException(long uniqueCustomers, long remaining, String message) {
    super(message);
    this.uniqueCustomers = uniqueCustomers;
    this.remaining = remaining;
  }

  /**
   * The unique customers the analysis would have charged.
   *
   * @return the unique customers after the identity merge
   */
  public long uniqueCustomers() {
    return uniqueCustomers;
  }

  /**
   * The units left in the quota.
   *
   * @return the units that were left, fewer than {@link #uniqueCustomers()}
   */
  public long remaining() {
    return remaining;
  }
}
