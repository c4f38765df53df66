package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.lifecycle.CustomerLifecycle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle paragraphs of the offline summary and the lifecycle facts. */
class OfflineLifecycleTest {
  private static final Locale RU = Locale.forLanguageTag("ru");

  private static final FactSheet.Lifecycle FIGURES =
      new FactSheet.Lifecycle(
          List.of(
              new FactSheet.Count("onboarding", 1),
              new FactSheet.Count("adoption", 1),
              new FactSheet.Count("expansion", 1),
              new FactSheet.Count("renewal", 2),
              new FactSheet.Count("at-risk", 1)),
          OptionalDouble.of(1420),
          2,
          OptionalDouble.of(2000),
          OptionalDouble.of(750),
          OptionalDouble.of(2000 / 750.0 - 1),
          OptionalDouble.of(2000 / 7100.0),
          List.of(
              new FactSheet.Count("pause-beyond-cycle", 2),
              new FactSheet.Count("frequency-drop", 0),
              new FactSheet.Count("check-drop", 1)));

  /** The paragraphs with their non-breaking spaces as plain ones. */
  private static List<String> plain(List<String> paragraphs) {
    return paragraphs.stream().map(s -> s.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
  }

  @Test
  void theGrowthPointsNameTheStagesArpuItsGrowthAndTheUpsellShare() {
    Texts t = Texts.of(RU, java.util.Currency.getInstance("RUB"));
    List<String> p = plain(OfflineWriter.lifecycle(t, FIGURES));
    assertEquals(3, p.size(), p.toString());
    assertTrue(
        p.get(0).startsWith("Стадии жизненного цикла: начальное внедрение — 1 клиент"), p.get(0));
    assertTrue(p.get(0).contains("продление — 2 клиента"), p.get(0));
    // ARPU 1420; existing customers 750 → 2000 is +166.7 %; upsell 2000 / 7100 = 28.2 %
    assertTrue(p.get(1).contains("1 420"), p.get(1));
    assertTrue(p.get(1).contains("вырос на 166,7"), p.get(1));
    assertTrue(p.get(2).contains("28,2"), p.get(2));
    List<String> w = plain(OfflineWriter.earlyWarnings(t, FIGURES));
    // the frequency drop fires for nobody: left out
    assertEquals(
        List.of(
            "Сигналы раннего предупреждения: пауза дольше цикла — 2 клиента; средний чек упал — 1"
                + " клиент."),
        w);
  }

  @Test
  void theFactsCarryTheCoreCountsAndNoPersonalData() {
    Analysis a = Fixtures.seed();
    FactSheet f = PrivacyFirewall.of(a).facts(NarrationContext.of(RU));
    CustomerLifecycle l = a.lifecycle();
    assertEquals(l.stages().size(), f.lifecycle().stages().size());
    int sum = f.lifecycle().stages().stream().mapToInt(FactSheet.Count::customers).sum();
    assertEquals(a.base().size(), sum);
    assertEquals(l.earlyWarnings().size(), f.lifecycle().earlyWarnings().size());
    String json = FactJson.json(f, Set.of("locale"));
    assertTrue(json.contains("\"lifecycle\""), json);
    for (int c = 0; c < a.base().size(); c++) {
      assertFalse(json.contains(a.base().name(c).orElseThrow()), json);
      for (String phone : a.base().phones(c)) {
        assertFalse(json.contains(phone), json);
      }
    }
    for (Locale loc : List.of(RU, Locale.ENGLISH)) {
      String text =
          String.join(
              "\n",
              Narrators.offline()
                  .write(a, NarrationContext.of(loc))
                  .section(SectionKind.GROWTH_POINTS)
                  .orElseThrow()
                  .paragraphs());
      assertTrue(text.contains(loc == RU ? "Стадии жизненного цикла" : "Lifecycle stages"), text);
    }
  }
}
