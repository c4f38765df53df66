package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.abc.VipChurn;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The VIP churn by month in the facts and in the offline summary's growth points. */
class OfflineVipChurnTest {
  private static final Locale RU = Locale.forLanguageTag("ru");

  private static String growth(Analysis a, Locale l) {
    return String.join(
        "\n",
        Narrators.offline()
            .write(a, NarrationContext.of(l))
            .section(SectionKind.GROWTH_POINTS)
            .orElseThrow()
            .paragraphs());
  }

  @Test
  void theFactsAndTheSummaryCarryTheVipsLostWithinTwelveMonths() {
    Analysis a = Fixtures.big(300, 1);
    VipChurn v = a.vipChurn().orElseThrow();
    assertTrue(v.count() > 0, "the generated base loses VIPs within the year");
    FactSheet.VipChurn f =
        PrivacyFirewall.of(a).facts(NarrationContext.of(RU)).growth().vipChurn().orElseThrow();
    assertEquals(v.count(), f.customers());
    assertEquals(v.ltv(), f.ltv(), 1e-6);
    assertEquals(v.annualRevenue(), f.annualRevenue(), 1e-6);
    int peak = v.months().stream().mapToInt(m -> m.count()).max().orElseThrow();
    assertEquals(peak, f.peakCustomers());
    String month = f.peakMonth().orElseThrow();
    assertEquals(
        peak,
        v.months().stream()
            .filter(m -> m.month().toString().equals(month))
            .findFirst()
            .orElseThrow()
            .count());
    assertTrue(growth(a, RU).contains("За последние 12 месяцев пауза превысила два обычных цикла"));
    assertTrue(growth(a, RU).contains("в месяце " + month + ": " + peak + "."), growth(a, RU));
    assertTrue(growth(a, Locale.ENGLISH).contains("Most of them crossed in " + month));
  }

  @Test
  void withoutPurchaseDatesThereIsNoVipChurnFactNorSentence() {
    Analysis a =
        Analysis.of(
            Scoring.score(
                Rows.withoutDates()
                    .add(
                        "1",
                        "Анна",
                        "A",
                        100_000,
                        LocalDate.of(2025, 3, 2),
                        LocalDate.of(2024, 1, 2))
                    .add("2", "Иван", "B", 50_000, LocalDate.of(2025, 10, 1), null)
                    .asOf(Fixtures.AS_OF)));
    assertTrue(PrivacyFirewall.of(a).facts(NarrationContext.of(RU)).growth().vipChurn().isEmpty());
    assertFalse(growth(a, RU).contains("12 месяцев"), growth(a, RU));
  }
}
