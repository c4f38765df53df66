package dev.reactivator.core.data;

import java.util.OptionalLong;

/**
 * What one load cost on the quota: the units charged (one per unique customer after the identity
 * merge, never per row) and the balance left after the charge, the manual's «Остаток лимита».
 *
 * <p>Immutable and thread-safe.
 *
 * @param charged the units charged, the unique customers of the load, {@code >= 0}
 * @param left the units left on the balance after the charge; empty when the quota is unlimited
 */
public record QuotaUsage(long charged, OptionalLong left) {

  /**
   * Checks the components.
   *
   * @param charged the units charged, the unique customers of the load, {@code >= 0}
   * @param left the units left on the balance after the charge; empty when the quota is unlimited
   * @throws NullPointerException if {@code left} is null
   * @throws IllegalArgumentException if {@code charged} or a present {@code left} is negative
   */
  public QuotaUsage {
    if (left == null) {
      throw new NullPointerException("left");
    }
    if (charged < 0) {
      throw new IllegalArgumentException("charged must be >= 0, was " + charged);
    }
    if (left.isPresent() && left.getAsLong() < 0) {
      throw new IllegalArgumentException("left must be >= 0, was " + left.getAsLong());
    }
  }

  /**
   * Whether the balance has no limit.
   *
   * @return true when {@link #left()} is empty
   */
  public boolean unlimited() {
    return left.isEmpty();
  }
}
