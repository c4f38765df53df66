package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutiveSummaryTest {
  @Test
  void withNamesAddsTheLocalNameBehindEachPseudonymOfTheBaseAndLeavesOtherIdsAlone() {
    CustomerBase base =
        Reactivator.load(
                new InMemorySource()
                    .add(
                        "c1",
                        "79001112233",
                        null,
                        "ООО Вектор",
                        "Сервер",
                        100,
                        LocalDate.of(2025, 12, 1))
                    .add("c2", "79004445566", null, null, "Сервер", 100, LocalDate.of(2025, 11, 1)))
            .asOf(LocalDate.of(2026, 1, 31))
            .base();
    String first = base.pseudonym(0);
    String second = base.pseudonym(1);
    ExecutiveSummary s =
        new ExecutiveSummary(
            Locale.forLanguageTag("ru"),
            "offline",
            Optional.empty(),
            List.of(
                new SummarySection(
                    SectionKind.MONEY_AT_RISK,
                    "Деньги",
                    List.of("Спасать: " + first + ", " + second + " и ID-9999; " + first + "."))),
            List.of());

    ExecutiveSummary named = s.withNames(base);

    assertEquals(
        List.of(
            "Спасать: "
                + first
                + " «ООО Вектор», "
                + second
                + " и ID-9999; "
                + first
                + " «ООО Вектор»."),
        named.sections().get(0).paragraphs());
    assertEquals(s.writer(), named.writer());
    assertEquals(s.chains(), named.chains());
  }
}
