package dev.reactivator.report.html;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.data.QuotaUsage;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedExample;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Tone;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MessageChain;
import dev.reactivator.narrative.SectionKind;
import dev.reactivator.narrative.SummarySection;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** Analyses and hand-written executive summaries for the dashboard tests. */
final class HtmlFixtures {

  /** A payload that runs script if it ever reaches the DOM as markup. */
  static final String SCRIPT_NAME = "<script>window.__pwned=1</script>Анна";

  /** A payload breaking out of an attribute. */
  static final String ATTRIBUTE_NAME = "\"><img src=x onerror=\"window.__pwned=2\">O'Brien & Sons";

  /** A payload in a product name that would end the data block early. */
  static final String SCRIPT_PRODUCT = "</script><script>window.__pwned=3</script>Сервер \"IBM\"";

  /** A name holding the JavaScript line separators. */
  static final String SEPARATOR_NAME = "Line\u2028Para\u2029End";

  private HtmlFixtures() {}

  /** The manual's six-customer example. */
  static Analysis seed() {
    return Analysis.of(Scoring.score(SeedExample.base()));
  }

  /** The manual's six-customer example, charged 6 units with the manual's 4 351 left. */
  static Analysis seedWithQuota() {
    return Analysis.of(
        Scoring.score(SeedExample.base().withQuota(new QuotaUsage(6, OptionalLong.of(4351)))));
  }

  /**
   * The manual's six customers in the manual's template: the date column is the last purchase and a
   * first-purchase column goes with it, no «Дата покупки», no complaints, tickets or discounts.
   */
  static Analysis noDates() {
    LocalDate anna = LocalDate.of(2021, 7, 14);
    LocalDate vector = LocalDate.of(2023, 8, 10);
    LocalDate ivan = LocalDate.of(2023, 1, 20);
    return Analysis.of(
        Scoring.score(
            Rows.withoutDates()
                .add("79998887766", "Анна", "ИБП APC", 110_000, LocalDate.of(2025, 6, 1), anna)
                .add("79998887766", "Анна", "Сервер IBM", 75_000, LocalDate.of(2025, 6, 1), anna)
                .add(
                    "74951112233",
                    "ООО Вектор",
                    "Сервер IBM",
                    270_000,
                    LocalDate.of(2024, 2, 15),
                    vector)
                .add(
                    "79001234567",
                    "Иван",
                    "Сервер HP ProLiant",
                    480_000,
                    LocalDate.of(2025, 11, 5),
                    ivan)
                .add("79001234567", "Иван", "Сервер IBM", 550_000, LocalDate.of(2025, 11, 5), ivan)
                .add("79908887766", "Петр", "Людмила", 1_000, LocalDate.of(2025, 1, 15), null)
                .add(
                    "79000000000",
                    "Алексей",
                    "Людмила Бизнес",
                    150_000,
                    LocalDate.of(2025, 12, 3),
                    null)
                .add("79991112233", "Николай", "Людмила", 100, LocalDate.of(2025, 12, 20), null)
                .asOf(SeedExample.AS_OF)));
  }

  /** The realistic 420-customer sample of {@code examples/sample}. */
  static Analysis sample() {
    Path file = Path.of("..", "examples", "sample", "customers.csv");
    if (!Files.isRegularFile(file)) {
      file = Path.of("examples", "sample", "customers.csv");
    }
    return Reactivator.load(file).asOf(LocalDate.of(2026, 1, 31)).score().segment();
  }

  /** The same sample without its purchase-date column ({@code customers-basic.csv}). */
  static Analysis sampleWithoutDates() {
    Path file = Path.of("..", "examples", "sample", "customers-basic.csv");
    if (!Files.isRegularFile(file)) {
      file = Path.of("examples", "sample", "customers-basic.csv");
    }
    return Reactivator.load(file).asOf(LocalDate.of(2026, 1, 31)).score().segment();
  }

  /**
   * A generated base larger than every display limit of the page (4 000 customers, most of them
   * lapsed, so the call list, the RFM bubbles and the whale groups are cut).
   */
  static Analysis large() {
    Rows rows = Rows.withDates();
    String[] products = {
      "ИБП APC", "Сервер HP ProLiant", "Монитор Dell", "Лицензия Битрикс24", "Windows Server"
    };
    LocalDate start = LocalDate.of(2022, 1, 1);
    for (int c = 0; c < 4000; c++) {
      String phone = "7999" + String.format("%07d", c);
      int purchases = 1 + c % 4;
      for (int k = 0; k < purchases; k++) {
        LocalDate day = start.plusDays((c * 7L + k * (40L + c % 90)) % 1400);
        rows.add(
            phone,
            "Клиент " + c,
            products[(c + k) % products.length],
            1_000 + (c * 37 % 500) * 100 + k * 250,
            day);
      }
    }
    return Analysis.of(Scoring.score(rows.asOf(LocalDate.of(2026, 1, 31))));
  }

  /** A small base whose names and products are hostile markup. */
  static Analysis hostile() {
    return Analysis.of(
        Scoring.score(
            Rows.withDates()
                .add("79990000001", SCRIPT_NAME, SCRIPT_PRODUCT, 120_000, LocalDate.of(2023, 3, 1))
                .add("79990000001", SCRIPT_NAME, "ИБП APC", 80_000, LocalDate.of(2023, 9, 1))
                .add("79990000001", SCRIPT_NAME, SCRIPT_PRODUCT, 90_000, LocalDate.of(2024, 2, 1))
                .add("79990000002", ATTRIBUTE_NAME, "ИБП APC", 5_000, LocalDate.of(2024, 1, 10))
                .add(
                    "79990000002",
                    ATTRIBUTE_NAME,
                    SCRIPT_PRODUCT,
                    7_000,
                    LocalDate.of(2025, 11, 10))
                .add(
                    "79990000003",
                    SEPARATOR_NAME,
                    SCRIPT_PRODUCT,
                    300_000,
                    LocalDate.of(2022, 5, 5))
                .add("79990000004", "Пётр", "ИБП APC", 1_500, LocalDate.of(2025, 12, 20))
                .add("79990000004", "Пётр", SCRIPT_PRODUCT, 2_500, LocalDate.of(2026, 1, 15))
                .add("79990000005", "ООО «Вектор»", "ИБП APC", 40_000, LocalDate.of(2021, 1, 20))
                .asOf(LocalDate.of(2026, 1, 31))));
  }

  /** A hand-written summary with six sections and two chains, in {@code locale}. */
  static ExecutiveSummary summary(Locale locale, String hostileText) {
    List<SummarySection> sections = new ArrayList<>();
    for (SectionKind k : SectionKind.values()) {
      sections.add(
          new SummarySection(
              k,
              "Раздел " + k.key(),
              List.of(
                  "Первый абзац раздела " + k.key() + ". " + hostileText,
                  "Второй абзац с цифрами: 1 234 567 ₽.")));
    }
    List<MessageChain> chains =
        List.of(
            new MessageChain(
                "lost",
                Tone.VIP,
                Channel.CALL,
                Channel.MESSENGER,
                "{name}, добрый день! Давно не виделись — для вас персональные условия на {product}.",
                "{name}, напоминаем: условия на {product} действуют до пятницы."),
            new MessageChain(
                "risk-zone",
                Tone.URGENCY,
                Channel.MESSENGER,
                Channel.EMAIL,
                "{name}, пора обновить {product}: бонус сгорает через 24 часа.",
                "{name}, последний день бонуса на {product}."));
    return new ExecutiveSummary(locale, "offline", Optional.empty(), sections, chains);
  }

  static ReportInput input(Analysis analysis) {
    return new ReportInput(
        analysis, summary(ReportOptions.RUSSIAN, SCRIPT_NAME), ReportOptions.defaults());
  }

  static ReportInput english(Analysis analysis) {
    return new ReportInput(
        analysis, summary(Locale.ENGLISH, ""), ReportOptions.defaults().withLocale(Locale.ENGLISH));
  }
}
