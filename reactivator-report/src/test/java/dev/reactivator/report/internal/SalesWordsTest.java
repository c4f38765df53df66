package dev.reactivator.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.PurchaseTiming;
import dev.reactivator.core.score.TimingStatus;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.ReturnForecast;
import dev.reactivator.core.segment.sales.Tone;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The call list's words, as the seed writes them, in Russian and English. */
class SalesWordsTest {
  private static final SalesWords RU = SalesWords.of(Locale.forLanguageTag("ru"));
  private static final SalesWords EN = SalesWords.of(Locale.ENGLISH);

  private static PurchaseTiming timing(String expectedNext, int daysOverdue, TimingStatus status) {
    return new PurchaseTiming(
        OptionalDouble.of(30),
        30,
        30 + daysOverdue,
        LocalDate.parse(expectedNext),
        daysOverdue,
        status);
  }

  @Test
  void labelsOfEveryChannelToneAndPriorityInBothLanguages() {
    assertEquals("Личный звонок", RU.label(Channel.CALL));
    assertEquals("Max", RU.label(Channel.MESSENGER));
    assertEquals("Email campaign", EN.label(Channel.EMAIL));
    assertEquals("VIP-подход", RU.label(Tone.VIP));
    assertEquals("Informational", EN.label(Tone.INFO));
    assertEquals("Высокий", RU.label(Priority.HIGH));
    assertEquals("Low", EN.label(Priority.LOW));
    assertEquals("Не вернутся", RU.label(ReturnForecast.CHURN));
    assertEquals("Neutral", EN.label(ReturnForecast.NEUTRAL));
    for (SalesWords w : new SalesWords[] {RU, EN}) {
      for (Channel c : Channel.values()) {
        w.label(c);
      }
      for (Tone t : Tone.values()) {
        w.label(t);
      }
      for (Priority p : Priority.values()) {
        w.label(p);
      }
      for (ReturnForecast f : ReturnForecast.values()) {
        w.label(f);
      }
    }
  }

  @Test
  void timingLateDueAndTodayWithTheDateOfTheLanguage() {
    PurchaseTiming late = timing("2026-01-13", 131, TimingStatus.LATE);
    assertEquals("13.01.2026 (опоздал на 131 дн.)", RU.timing(late));
    assertEquals("2026-01-13 (131 days late)", EN.timing(late));
    PurchaseTiming due = timing("2026-07-01", -38, TimingStatus.EXPECTED);
    assertEquals("01.07.2026 (через 38 дн.)", RU.timing(due));
    assertEquals("2026-07-01 (in 38 days)", EN.timing(due));
    assertEquals(
        "2026-07-01 (in 1 day)", EN.timing(timing("2026-07-01", -1, TimingStatus.EXPECTED)));
    assertEquals("2024-08-22 (1 day late)", EN.timing(timing("2024-08-22", 1, TimingStatus.LATE)));
    assertEquals("24.05.2026 (сегодня)", RU.timing(timing("2026-05-24", 0, TimingStatus.NOW)));
    assertEquals("2026-05-24 (today)", EN.timing(timing("2026-05-24", 0, TimingStatus.NOW)));
  }

  @Test
  void deadlinesAgreeWithTheirNumber() {
    assertEquals("в течение 1 дня", RU.deadline(1));
    assertEquals("в течение 21 дня", RU.deadline(21));
    assertEquals("в течение 11 дней", RU.deadline(11));
    assertEquals("в течение 3 дней", RU.deadline(3));
    assertEquals("within 1 day", EN.deadline(1));
    assertEquals("within 21 days", EN.deadline(21));
  }

  @Test
  void discountProfilesAndExplanations() {
    DiscountProfile sometimes =
        new DiscountProfile(DiscountProfile.Kind.OCCASIONAL, OptionalDouble.of(1.0 / 3));
    assertEquals("Иногда (33%)", RU.discount(sometimes, 3));
    assertEquals("Sometimes (33%)", EN.discount(sometimes, 3));
    assertEquals(
        "Только скидки",
        RU.discount(new DiscountProfile(DiscountProfile.Kind.SENSITIVE, OptionalDouble.of(1)), 2));
    assertEquals(
        "Полная цена",
        RU.discount(new DiscountProfile(DiscountProfile.Kind.FULL_PRICE, OptionalDouble.of(0)), 2));
    DiscountProfile unknown =
        new DiscountProfile(DiscountProfile.Kind.UNKNOWN, OptionalDouble.of(0));
    assertEquals("Неизвестно (1 покупка)", RU.discount(unknown, 1));
    assertEquals(
        "Unknown",
        EN.discount(new DiscountProfile(DiscountProfile.Kind.UNKNOWN, OptionalDouble.empty()), 1));
    assertEquals(
        "Были жалобы или всплеск обращений: сначала извиниться и помочь, без продаж",
        RU.explanation("complaints"));
    assertEquals(
        "No sign of trouble: a useful message without a discount", EN.explanation("default"));
    assertEquals(
        "Позвонить лично",
        RU.explanation("Позвонить лично"),
        "a user's explanation key is shown as is");
  }
}
