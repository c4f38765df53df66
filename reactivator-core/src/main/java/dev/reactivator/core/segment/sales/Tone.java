package dev.reactivator.core.segment.sales;

import java.util.Locale;

/** The tone of the message ("Тональность сообщений"). */
public enum Tone {
  /** Exclusive treatment for large customers ("VIP-подход"). */
  VIP("VIP-подход", "VIP treatment"),
  /** Apology and help after complaints or support trouble, no hard sell ("Забота"). */
  CARE("Забота", "Care"),
  /** A direct offer with a promo code, for discount-sensitive customers ("Скидка"). */
  DISCOUNT("Скидка", "Discount"),
  /** A reminder with a deadline, for customers far behind their schedule ("Срочность"). */
  URGENCY("Срочность", "Urgency"),
  /** A neutral, informational message: news, useful content ("Информационный"). */
  INFO("Информационный", "Informational");

  private final String russian;
  private final String english;

  Tone(String russian, String english) {
    this.russian = russian;
    this.english = english;
  }

  /** The tone's stable key: {@code vip}, {@code care}, {@code discount}, {@code urgency}, {@code info}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label in Russian for a Russian locale, else in English. */
  public String label(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? russian : english;
  }
}
