package dev.reactivator.core.model.internal;

/**
 * {@code ln(1 + y)} for {@code y > −1}, accurate to a few ulps, in pure Java: on JDK 17 {@link
 * Math#log1p} is not a HotSpot intrinsic and goes to the native StrictMath, which made it the
 * hottest call of per-customer scoring. Uses Goldberg's compensation {@code ln(u) · y / (u − 1)}
 * with {@code u = 1 + y} (What Every Computer Scientist Should Know About Floating-Point
 * Arithmetic, Theorem 4), with the intrinsic {@link Math#log}. Internal.
 */
public final class Log1p {
  private Log1p() {}

  /** {@code ln(1 + y)}; NaN for {@code y < −1} or NaN, −∞ for −1, +∞ for +∞. */
  public static double of(double y) {
    double u = 1.0 + y;
    if (u == 1.0) {
      return y;
    }
    if (u == Double.POSITIVE_INFINITY || !(u > 0)) {
      return Math.log1p(y);
    }
    return Math.log(u) * (y / (u - 1.0));
  }
}
