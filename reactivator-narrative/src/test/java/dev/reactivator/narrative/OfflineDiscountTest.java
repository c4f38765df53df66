package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.finance.Finance;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The discount-elasticity paragraphs of the offline summary and the discount facts. */
class OfflineDiscountTest {
  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final Currency RUB = Currency.getInstance("RUB");

  private static String all(ExecutiveSummary s) {
    StringBuilder b = new StringBuilder();
    for (SummarySection x : s.sections()) {
      b.append(String.join("\n", x.paragraphs())).append('\n');
    }
    return b.toString();
  }

  @Test
  void theSummaryMentionsDiscountsExactlyWhenTheDiscountColumnIsPresent() {
    Analysis without = Fixtures.seed();
    Analysis with = Fixtures.big(300, 1);
    for (Locale l : List.of(RU, Locale.ENGLISH)) {
      String no = all(Narrators.offline().write(without, NarrationContext.of(l))).toLowerCase(l);
      String yes = all(Narrators.offline().write(with, NarrationContext.of(l))).toLowerCase(l);
      String word = l == RU ? "скидк" : "discount";
      assertFalse(no.contains(word), no);
      assertTrue(yes.contains(l == RU ? "эластичность скидок" : "discount elasticity"), yes);
    }
    String money =
        String.join(
            "\n",
            Narrators.offline()
                .write(with, NarrationContext.of(RU))
                .section(SectionKind.MONEY_AT_RISK)
                .orElseThrow()
                .paragraphs());
    assertTrue(money.contains("Эластичность скидок"), money);
  }

  @Test
  void theFactsCarryTheCoreEffectsAndNothingWithoutTheColumn() {
    assertTrue(
        PrivacyFirewall.of(Fixtures.seed()).facts(NarrationContext.of(RU)).discounts().isEmpty());
    Analysis a = Fixtures.big(300, 1);
    Finance.DiscountHarm h = a.finance().discountHarm().orElseThrow();
    FactSheet.Discounts d =
        PrivacyFirewall.of(a).facts(NarrationContext.of(RU)).discounts().orElseThrow();
    assertEquals(h.group(DiscountProfile.Kind.SENSITIVE).count(), d.sensitiveCustomers());
    assertEquals(h.effects().size(), d.effects().size());
    for (int i = 0; i < d.effects().size(); i++) {
      Finance.DiscountEffect c = h.effects().get(i);
      FactSheet.DiscountEffect f = d.effects().get(i);
      assertEquals(c.metric(), f.metric());
      assertEquals(c.sensitive(), f.sensitive());
      assertEquals(c.others(), f.others());
      assertEquals(c.interval().low(), f.low());
      assertEquals(c.interval().high(), f.high());
      assertEquals(c.interval().excludesZero(), f.significant());
    }
  }

  @Test
  void paragraphsQuoteEachMetricWithItsIntervalAndNameTheSignificantHarm() {
    // the extended six's LTV and churn (FinanceCalculatorTest) and a significant repeat-rate drop
    FactSheet.Discounts d =
        new FactSheet.Discounts(
            4,
            List.of(
                new FactSheet.DiscountEffect(
                    "ltv", 362_525, 93_000, -434_523.236, 973_573.236, 0.34, false),
                new FactSheet.DiscountEffect(
                    "repeat-rate", 0.32, 0.67, -0.4602, -0.2241, 4e-8, true),
                new FactSheet.DiscountEffect(
                    "churn", 0.25, 1.0, -0.954413, 0.046484, 0.083, false)));
    List<String> ru =
        OfflineWriter.discounts(Texts.of(RU, RUB), d).stream()
            .map(s -> s.replace('\u00A0', ' '))
            .toList();
    assertEquals(3, ru.size());
    assertTrue(
        ru.get(0).startsWith("Эластичность скидок: 4 клиента покупают со скидкой"), ru.get(0));
    assertEquals(
        "LTV — 362 525 ₽ против 93 000 ₽ (разница от −434 523 ₽ до 973 573 ₽, незначимо); "
            + "доля повторных покупок — 32 % против 67 % (разница от −46 п.п. до −22,4 п.п.,"
            + " значимо); доля под риском оттока — 25 % против 100 % (разница от −95,4 п.п."
            + " до 4,6 п.п., незначимо).",
        ru.get(1));
    assertTrue(
        ru.get(2)
            .startsWith(
                "Привычка к скидкам вредит: у таких клиентов значимо реже" + " повторные покупки."),
        ru.get(2));
    List<String> none =
        OfflineWriter.discounts(
            Texts.of(Locale.ENGLISH, RUB),
            new FactSheet.Discounts(
                4,
                List.of(
                    new FactSheet.DiscountEffect(
                        "purchases", 1.5, 2, -9.932566, 8.932566, 0.705, false))));
    assertEquals(
        "purchases per customer 1.5 against 2 (difference −9.9 to 8.9, not significant).",
        none.get(1));
    assertTrue(none.get(2).startsWith("No metric differs significantly"), none.get(2));
  }
}
