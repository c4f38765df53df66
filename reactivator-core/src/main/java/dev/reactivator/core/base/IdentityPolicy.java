package dev.reactivator.core.base;

/**
 * How the rows of a load are merged into customers. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #anyKey()} (the default): rows sharing a customer id, a phone or an e-mail are one
 *       customer, transitively. Fits an export whose ids are missing or unreliable.
 *   <li>{@link #customerIdFirst()}: the CRM's customer id is the truth. Rows with different
 *       customer ids are never merged, whatever contacts they share. A row without a customer id
 *       joins the customer whose phone or e-mail it shares only when exactly one customer id has
 *       that contact; when several have, it stays a customer of its own and is counted in a {@link
 *       dev.reactivator.core.data.DataWarning.Code#AMBIGUOUS_CONTACT} warning. Rows without an id
 *       are merged among themselves by their contacts.
 * </ul>
 */
public enum IdentityPolicy {
  /** Any shared customer id, phone or e-mail merges rows into one customer. */
  ANY_KEY,
  /** Different customer ids never merge; rows without an id join only an unambiguous contact. */
  CUSTOMER_ID_FIRST;

  /**
   * Any shared customer id, phone or e-mail merges rows into one customer (the default).
   *
   * @return {@link #ANY_KEY}
   */
  public static IdentityPolicy anyKey() {
    return ANY_KEY;
  }

  /**
   * The CRM's customer id is the master key: different ids are never merged, rows without an id
   * join a customer by contact only when that is unambiguous.
   *
   * @return {@link #CUSTOMER_ID_FIRST}
   */
  public static IdentityPolicy customerIdFirst() {
    return CUSTOMER_ID_FIRST;
  }
}
