package dev.reactivator.core.segment.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The call list's Russian and English texts. Internal. */
public final class Texts {
  private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

  private static final Map<String, String[]> EXPLANATIONS = Map.of(
      "complaints", new String[] {
          "Были жалобы или всплеск обращений: сначала извиниться и помочь, без продаж",
          "Complaints or a support spike: apologise and help first, no hard sell"},
      "vip-at-risk", new String[] {
          "VIP-клиент с высоким риском ухода: личный звонок и эксклюзивные условия",
          "VIP customer at high risk of leaving: a personal call and exclusive terms"},
      "vip", new String[] {
          "Крупный клиент: подчеркнуть статус, персональное предложение",
          "Large customer: stress their status, a personal offer"},
      "discount-sensitive", new String[] {
          "Покупает почти только со скидкой: прямой оффер с промокодом",
          "Buys almost only with a discount: a direct offer with a promo code"},
      "late", new String[] {
          "Выбился из своего графика покупок: напомнить и дать бонус с дедлайном",
          "Behind their usual purchase schedule: a reminder and a bonus with a deadline"},
      "due-now", new String[] {
          "Подходит обычный срок покупки: самое время напомнить о себе",
          "Their usual time to buy is now: a timely reminder"},
      "default", new String[] {
          "Без явного негатива: полезная рассылка без скидки",
          "No sign of trouble: a useful message without a discount"});

  private Texts() {}

  /** Whether {@code locale} asks for Russian. */
  public static boolean russian(Locale locale) {
    return "ru".equals(locale.getLanguage());
  }

  /**
   * The seed's timing text: {@code 13.01.2026 (опоздал на 131 дн.)}, {@code 01.07.2026 (через 38 дн.)},
   * {@code мало данных (1 покупка)}; in English {@code 2026-01-13 (131 days late)},
   * {@code 2026-07-01 (in 38 days)}, {@code not enough data (1 purchase)}.
   */
  public static String timing(boolean enoughData, LocalDate expectedNext, int daysOverdue, Locale locale) {
    boolean ru = russian(locale);
    if (!enoughData) {
      return ru ? "мало данных (1 покупка)" : "not enough data (1 purchase)";
    }
    String date = ru ? RU_DATE.format(expectedNext) : expectedNext.toString();
    if (daysOverdue > 0) {
      return date + (ru ? " (опоздал на " + daysOverdue + " дн.)" : " (" + daysOverdue + (daysOverdue == 1 ? " day" : " days") + " late)");
    }
    if (daysOverdue < 0) {
      int d = -daysOverdue;
      return date + (ru ? " (через " + d + " дн.)" : " (in " + d + (d == 1 ? " day" : " days") + ")");
    }
    return date + (ru ? " (сегодня)" : " (today)");
  }

  /** {@code в течение 3 дней} / {@code в течение 1 дня}; {@code within 3 days} / {@code within 1 day}. */
  public static String deadline(int days, Locale locale) {
    if (russian(locale)) {
      boolean one = days % 10 == 1 && days % 100 != 11;
      return "в течение " + days + (one ? " дня" : " дней");
    }
    return "within " + days + (days == 1 ? " day" : " days");
  }

  /** The text of a built-in explanation key; an unknown key (a user's rule) is returned as is. */
  public static String explanation(String key, Locale locale) {
    String[] t = EXPLANATIONS.get(key);
    return t == null ? key : t[russian(locale) ? 0 : 1];
  }
}
