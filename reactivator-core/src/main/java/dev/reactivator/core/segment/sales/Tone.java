package dev.reactivator.core.segment.sales;

import java.util.Locale;

/**
 * The tone of the message ("Тональность сообщений").
 *
 * <p>Immutable and thread-safe.
 */
public enum Tone {
  /** Exclusive treatment for large customers ("VIP-подход"). */
  VIP,
  /** Apology and help after complaints or support trouble, no hard sell ("Забота"). */
  CARE,
  /** A direct offer with a promo code, for discount-sensitive customers ("Скидка"). */
  DISCOUNT,
  /** A reminder with a deadline, for customers far behind their schedule ("Срочность"). */
  URGENCY,
  /** A neutral, informational message: news, useful content ("Информационный"). */
  INFO;

  /**
   * The tone's stable key: {@code vip}, {@code care}, {@code discount}, {@code urgency}, {@code
   * info}.
   *
   * @return the tone's stable key: {@code vip}, {@code care}, {@code discount}, {@code urgency},
   *     {@code info}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
