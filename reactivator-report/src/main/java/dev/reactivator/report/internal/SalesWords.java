package dev.reactivator.report.internal;

import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.PurchaseTiming;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.ReturnForecast;
import dev.reactivator.core.segment.sales.Tone;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The call list's words in one language, from the {@code sales} bundle: the labels of channels,
 * tones, priorities and forecasts, and the timing, deadline, discount and explanation texts that
 * core gives as typed values. Russian for a Russian locale, English otherwise. Internal.
 */
public final class SalesWords {
  private static final String BUNDLE = "dev.reactivator.report.internal.sales";

  private final ResourceBundle bundle;
  private final boolean russian;
  private final DateTimeFormatter date;
  private final GlossaryLabels glossary;

  private SalesWords(Locale locale) {
    this.russian = "ru".equals(locale.getLanguage());
    // the root bundle is Russian; no Control, so that the lookup works in a named module
    this.bundle = ResourceBundle.getBundle(BUNDLE, russian ? Locale.ROOT : Locale.ENGLISH);
    this.date = DateTimeFormatter.ofPattern(bundle.getString("timing.date"), Locale.ROOT);
    this.glossary = GlossaryLabels.of(russian ? Locale.ROOT : Locale.ENGLISH);
  }

  /**
   * The words for {@code locale}.
   *
   * @param locale the report's language
   * @return the words: Russian for {@code ru}, else English
   */
  public static SalesWords of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new SalesWords(locale);
  }

  /**
   * The channel's label.
   *
   * @param channel the channel
   * @return its label, e.g. {@code Личный звонок}
   */
  public String label(Channel channel) {
    return bundle.getString("channel." + channel.key());
  }

  /**
   * The tone's label.
   *
   * @param tone the tone
   * @return its label, e.g. {@code VIP-подход}
   */
  public String label(Tone tone) {
    return bundle.getString("tone." + tone.key());
  }

  /**
   * The priority's label.
   *
   * @param priority the priority
   * @return its label, e.g. {@code Высокий}
   */
  public String label(Priority priority) {
    return bundle.getString("priority." + priority.key());
  }

  /**
   * The forecast's label.
   *
   * @param forecast the return forecast
   * @return its label, e.g. {@code Успех}
   */
  public String label(ReturnForecast forecast) {
    // a forecast is a shared customer group: its one label is the glossary's
    return glossary.label(forecast);
  }

  /**
   * The timing text: {@code 13.01.2026 (опоздал на 131 дн.)}, {@code 01.07.2026 (через 38 дн.)},
   * {@code мало данных (1 покупка)}; in English {@code 2026-01-13 (131 days late)}, {@code
   * 2026-07-01 (in 38 days)}, {@code not enough data (1 purchase)}.
   *
   * @param timing the customer's purchase timing
   * @return the text
   */
  public String timing(PurchaseTiming timing) {
    if (!timing.enoughData()) {
      return bundle.getString("timing.notEnoughData");
    }
    String day = date.format(timing.expectedNext());
    int overdue = timing.daysOverdue();
    if (overdue == 0) {
      return fill("timing.today", day);
    }
    int days = Math.abs(overdue);
    String kind = overdue > 0 ? "timing.late." : "timing.in.";
    return fill(kind + (days == 1 ? "one" : "many"), day, Integer.toString(days));
  }

  /**
   * The deadline: {@code в течение 3 дней}, {@code в течение 21 дня}; {@code within 3 days}.
   *
   * @param days the deadline in days
   * @return the text
   */
  public String deadline(int days) {
    boolean one = russian ? days % 10 == 1 && days % 100 != 11 : days == 1;
    return fill(one ? "deadline.one" : "deadline.many", Integer.toString(days));
  }

  /**
   * The discount column: {@code Только скидки}, {@code Иногда (33%)}, {@code Полная цена}, {@code
   * Неизвестно (1 покупка)}, {@code Неизвестно}.
   *
   * @param profile the customer's discount profile
   * @param purchases the customer's purchases
   * @return the text
   */
  public String discount(DiscountProfile profile, int purchases) {
    return switch (profile.kind()) {
      case SENSITIVE -> bundle.getString("discount.sensitive");
      case OCCASIONAL ->
          fill(
              "discount.occasional",
              Long.toString(Math.round(100 * profile.discountedShare().orElse(0))));
      case FULL_PRICE -> bundle.getString("discount.full-price");
      case UNKNOWN ->
          bundle.getString(
              profile.discountedShare().isPresent() && purchases == 1
                  ? "discount.unknown.one-purchase"
                  : "discount.unknown");
    };
  }

  /**
   * The explanation of a rule's choice.
   *
   * @param key the explanation key; a key the bundle does not know (a user's rule) is the text
   * @return the text
   */
  public String explanation(String key) {
    String k = "explanation." + key;
    return bundle.containsKey(k) ? bundle.getString(k) : key;
  }

  /**
   * The row's timing text ({@link #timing(PurchaseTiming)}).
   *
   * @param row a call-list row
   * @return the text
   */
  public String timing(CallListRow row) {
    return timing(row.timing());
  }

  /**
   * The row's deadline text ({@link #deadline(int)}).
   *
   * @param row a call-list row
   * @return the text
   */
  public String deadline(CallListRow row) {
    return deadline(row.deadlineDays());
  }

  /**
   * The row's discount text ({@link #discount(DiscountProfile, int)}).
   *
   * @param row a call-list row
   * @return the text
   */
  public String discount(CallListRow row) {
    return discount(row.discountProfile(), row.purchases());
  }

  /**
   * The row's explanation ({@link #explanation(String)}).
   *
   * @param row a call-list row
   * @return the text
   */
  public String explanation(CallListRow row) {
    return explanation(row.explanationKey());
  }

  private String fill(String key, String... values) {
    String s = bundle.getString(key);
    for (int i = 0; i < values.length; i++) {
      s = s.replace("{" + i + "}", values[i]);
    }
    return s;
  }
}
