package dev.reactivator.core.score;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The seed's discount profile of a customer, from the "Покупок со скидкой" column.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the profile
 * @param discountedShare discounted purchases / purchases (capped at 1), when the column exists
 */
public record DiscountProfile(Kind kind, OptionalDouble discountedShare) {

  /** The profiles. */
  public enum Kind {
    /** More than 70 % of purchases discounted: returns only with a discount ("Чувствителен"). */
    SENSITIVE,
    /** Some purchases discounted, at most 70 %. */
    OCCASIONAL,
    /** No discounted purchase and more than one purchase: a discount would only burn margin. */
    FULL_PRICE,
    /** One purchase, or the column is absent: cannot tell. */
    UNKNOWN
  }

  /**
   * Checks the components.
   *
   * @param kind the profile
   * @param discountedShare discounted purchases / purchases (capped at 1), when the column exists
   * @throws NullPointerException if a reference component is null
   */
  public DiscountProfile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(discountedShare, "discountedShare");
  }

  /** The share above which a customer is {@link Kind#SENSITIVE}. */
  public static final double SENSITIVE_SHARE = 0.70;

  /**
   * The profile of a customer with {@code purchases} purchases, {@code discounted} of them
   * discounted ({@code discounted < 0} when the column is absent).
   *
   * @param purchases the customer's purchases, {@code >= 1}
   * @param discounted how many of them were discounted, or {@code -1} when unknown
   * @return the profile; of kind {@code UNKNOWN} without a share when {@code discounted < 0}
   */
  public static DiscountProfile of(int purchases, int discounted) {
    if (discounted < 0 || purchases <= 0) {
      return new DiscountProfile(Kind.UNKNOWN, OptionalDouble.empty());
    }
    double share = Math.min(1.0, (double) discounted / purchases);
    if (share > SENSITIVE_SHARE) {
      return new DiscountProfile(Kind.SENSITIVE, OptionalDouble.of(share));
    }
    if (discounted == 0 && purchases > 1) {
      return new DiscountProfile(Kind.FULL_PRICE, OptionalDouble.of(0));
    }
    if (discounted > 0) {
      return new DiscountProfile(Kind.OCCASIONAL, OptionalDouble.of(share));
    }
    return new DiscountProfile(Kind.UNKNOWN, OptionalDouble.of(share));
  }
}
