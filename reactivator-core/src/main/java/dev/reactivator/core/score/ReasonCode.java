package dev.reactivator.core.score;

import dev.reactivator.core.data.Field;
import java.util.Optional;

/**
 * Why a customer's churn risk is what it is: the axes of the seed's churn-reasons radar. A reason
 * exists only when its data does ({@link #requires()}).
 *
 * <p>Immutable and thread-safe.
 */
public enum ReasonCode {
  /** The pause since the last purchase exceeds the usual cycle ("Падение активности"). */
  RECENCY_DROP(null),
  /**
   * Recent gaps between purchases are longer than earlier ones ("Падение частоты"); needs purchase
   * dates.
   */
  FREQUENCY_DROP(Field.PURCHASE_DATE),
  /** Recent purchases are smaller than earlier ones ("Падение чека"); needs purchase dates. */
  CHECK_DROP(Field.PURCHASE_DATE),
  /** The customer complained ("Жалобы"). */
  COMPLAINTS(Field.COMPLAINTS),
  /** Support tickets per purchase well above the base's usual level ("Нагрузка на саппорт"). */
  SUPPORT_SPIKE(Field.TICKETS),
  /** Most purchases were discounted ("Зависимость от скидок"). */
  DISCOUNT_DEPENDENCE(Field.DISCOUNTED_PURCHASES);

  private final Field requires;

  ReasonCode(Field requires) {
    this.requires = requires;
  }

  /**
   * The optional input field this reason needs, if any.
   *
   * @return the optional input field this reason needs, if any
   */
  public Optional<Field> requires() {
    return Optional.ofNullable(requires);
  }
}
