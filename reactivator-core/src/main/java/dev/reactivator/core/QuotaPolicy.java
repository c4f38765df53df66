package dev.reactivator.core;

/**
 * Billing hook: how many unique customers may still be analysed, and the charge once they are.
 *
 * <p>The library calls {@link #remaining()} after the identity merge and before any scoring; when
 * the base has more unique customers than that, it throws {@link QuotaExceededException} without
 * charging. Otherwise it calls {@link #charge(long)} once with the number of unique customers and
 * reads {@link #remaining()} again: the loaded base's {@code CustomerBase.quota()} carries both
 * numbers (units charged and left, empty for {@link Long#MAX_VALUE}), which the CLI summary, {@code
 * analysis.json} and the dashboard header show. Implementations backed by a billing service must
 * make {@code charge} atomic on their side.
 *
 * <p>Implementations must be thread-safe when one policy is shared by concurrent loads; {@link
 * #unlimited()} and {@link #limitedTo(long)} are.
 */
public interface QuotaPolicy {

  /**
   * Units (unique customers) still available; {@link Long#MAX_VALUE} means unlimited.
   *
   * @return the units still available, {@code >= 0}
   */
  long remaining();

  /**
   * Charges {@code uniqueCustomers} units. Called at most once per analysis.
   *
   * @param uniqueCustomers the unique customers of the analysis after the identity merge, {@code >=
   *     0}
   */
  void charge(long uniqueCustomers);

  /**
   * A policy without a limit, the default.
   *
   * @return a policy that never runs out and ignores charges
   */
  static QuotaPolicy unlimited() {
    return Quotas.UNLIMITED;
  }

  /**
   * A policy with a fixed number of units, charged in memory. Thread-safe.
   *
   * @param units the units available, at least 0
   * @return a policy that starts with {@code units} and counts down on each charge
   * @throws IllegalArgumentException if {@code units < 0}
   */
  static QuotaPolicy limitedTo(long units) {
    return new Quotas.Fixed(units);
  }
}
