package dev.reactivator.core.segment.sales;

import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.PurchaseTiming;
import dev.reactivator.core.segment.internal.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the call list ("CRM: Клиенты на прозвон").
 *
 * @param rank the 1-based position in the list
 * @param index the customer's index
 * @param displayName the name, or the pseudonym when there is none
 * @param purchases the number of purchases
 * @param ltv the historical LTV ("LTV (Потрачено)")
 * @param timing the T2NP timing ("Тайминг покупки"), see {@link #timingText(Locale)}
 * @param returnProbability P(return within the horizon) ("Возврат (%)")
 * @param priorityScore the priority score, 0 to 100
 * @param priority the priority level
 * @param ruleKey the key of the rule that chose the channel and the tone
 * @param primary the primary channel
 * @param secondary the secondary channel
 * @param tone the tone
 * @param discountProfile the discount profile ("Профиль скидок")
 * @param forecast the success / neutral / churn category
 * @param deadlineDays the deadline of the contact in days, by priority
 * @param explanationKey the key of the explanation, see {@link #explanation(Locale)}
 * @param nextBestProduct the product to offer, when the caller supplied one
 */
public record CallListRow(
    int rank,
    int index,
    String displayName,
    int purchases,
    double ltv,
    PurchaseTiming timing,
    double returnProbability,
    int priorityScore,
    Priority priority,
    String ruleKey,
    Channel primary,
    Channel secondary,
    Tone tone,
    DiscountProfile discountProfile,
    ReturnForecast forecast,
    int deadlineDays,
    String explanationKey,
    Optional<String> nextBestProduct) {

  /** Checks the components. */
  public CallListRow {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(ruleKey, "ruleKey");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(secondary, "secondary");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(discountProfile, "discountProfile");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(explanationKey, "explanationKey");
    Objects.requireNonNull(nextBestProduct, "nextBestProduct");
  }

  /**
   * The seed's timing text: {@code 13.01.2026 (опоздал на 131 дн.)}, {@code 01.07.2026 (через 38 дн.)},
   * {@code мало данных (1 покупка)}; in English {@code 2026-01-13 (131 days late)},
   * {@code 2026-07-01 (in 38 days)}, {@code not enough data (1 purchase)}.
   */
  public String timingText(Locale locale) {
    return Texts.timing(timing.enoughData(), timing.expectedNext(), timing.daysOverdue(), locale);
  }

  /** The deadline: {@code в течение 3 дней} / {@code within 3 days}. */
  public String deadlineText(Locale locale) {
    return Texts.deadline(deadlineDays, locale);
  }

  /** The explanation of the rule's choice; a user-defined key is returned as is. */
  public String explanation(Locale locale) {
    return Texts.explanation(explanationKey, locale);
  }

  /**
   * The discount column: {@code Только скидки}, {@code Иногда (33%)}, {@code Полная цена},
   * {@code Неизвестно (1 покупка)}, {@code Неизвестно}; in English {@code Discount only},
   * {@code Sometimes (33%)}, {@code Full price}, {@code Unknown (1 purchase)}, {@code Unknown}.
   */
  public String discountText(Locale locale) {
    boolean ru = Texts.russian(locale);
    return switch (discountProfile.kind()) {
      case SENSITIVE -> ru ? "Только скидки" : "Discount only";
      case OCCASIONAL -> (ru ? "Иногда (" : "Sometimes (") + Math.round(100 * discountProfile.discountedShare().orElse(0)) + "%)";
      case FULL_PRICE -> ru ? "Полная цена" : "Full price";
      case UNKNOWN -> discountProfile.discountedShare().isPresent() && purchases == 1
          ? (ru ? "Неизвестно (1 покупка)" : "Unknown (1 purchase)")
          : (ru ? "Неизвестно" : "Unknown");
    };
  }
}
