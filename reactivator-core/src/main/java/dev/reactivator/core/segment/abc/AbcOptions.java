package dev.reactivator.core.segment.abc;

/**
 * Thresholds of the ABC analysis as cumulative revenue shares.
 *
 * <p>Immutable and thread-safe.
 *
 * @param aShare class A holds the customers making the first {@code aShare} of revenue (default
 *     0.80)
 * @param abShare classes A and B together hold the first {@code abShare} of revenue (default 0.95)
 */
public record AbcOptions(double aShare, double abShare) {

  /**
   * Checks {@code 0 < aShare < abShare ≤ 1}.
   *
   * @param aShare class A holds the customers making the first {@code aShare} of revenue (default
   *     0.80)
   * @param abShare classes A and B together hold the first {@code abShare} of revenue (default
   *     0.95)
   * @throws IllegalArgumentException unless {@code 0 < aShare < abShare ≤ 1}
   */
  public AbcOptions {
    if (!(aShare > 0 && aShare < abShare && abShare <= 1)) {
      throw new IllegalArgumentException(
          "need 0 < aShare < abShare <= 1, were aShare=" + aShare + ", abShare=" + abShare);
    }
  }

  /**
   * 80 % / 15 % / 5 %.
   *
   * @return the default options: 80 % / 15 % / 5 % of revenue
   */
  public static AbcOptions defaults() {
    return new AbcOptions(0.80, 0.95);
  }
}
