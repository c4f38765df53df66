package dev.reactivator.report.csv;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MessageChain;
import dev.reactivator.narrative.SectionKind;
import dev.reactivator.narrative.SummarySection;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sample base of {@code examples/sample/customers.csv} analysed, with a hand-written summary.
 */
public final class ReportSamples {
  /** The sample's analysis date. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  private static Analysis sample;

  private ReportSamples() {}

  /** The sample's analysis (420 customers), computed once. */
  public static synchronized Analysis sample() {
    if (sample == null) {
      sample =
          Reactivator.load(Path.of("../examples/sample/customers.csv"))
              .asOf(AS_OF)
              .score()
              .segment();
    }
    return sample;
  }

  /** The input of the sample in Russian, Russian-Excel CSV. */
  public static ReportInput input() {
    return input(sample(), ReportOptions.defaults());
  }

  /**
   * The input of {@code analysis} with {@code options} and a hand-written summary in their
   * language.
   */
  public static ReportInput input(Analysis analysis, ReportOptions options) {
    return new ReportInput(analysis, summary(analysis, options.locale()), options);
  }

  /**
   * Six sections with Russian (or English) titles and the analysis' numbers, and a chain for each
   * of the first two (segment, tone, channel) groups of the call list.
   */
  public static ExecutiveSummary summary(Analysis a, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    int n = a.overview().uniqueCustomers();
    long health = Math.round(a.overview().health().score());
    List<SummarySection> sections =
        List.of(
            new SummarySection(
                SectionKind.BIG_PICTURE,
                en ? "Big picture" : "Глобальные выводы",
                List.of(
                    (en ? "The base holds " : "В базе ")
                        + n
                        + (en ? " customers; health index " : " клиентов; индекс здоровья ")
                        + health
                        + " / 100.")),
            new SummarySection(
                SectionKind.RISKS,
                en ? "Risks and reasons" : "Риски и их причины",
                List.of(
                    en
                        ? "Customers leave after the second purchase."
                        : "Клиенты уходят после второй покупки.",
                    "- " + (en ? "complaints grow" : "растут жалобы на поддержку"))),
            new SummarySection(
                SectionKind.MONEY_AT_RISK,
                en ? "Money at risk" : "Деньги под риском",
                List.of(
                    (en ? "Revenue at risk: " : "Выручка под риском: ")
                        + Math.round(a.overview().revenueAtRisk().total()))),
            new SummarySection(
                SectionKind.GROWTH_POINTS,
                en ? "Growth points" : "Точки роста",
                List.of(
                    (en ? "VIP customers at risk: " : "VIP-клиентов под риском: ")
                        + a.vipAtRisk().size())),
            new SummarySection(
                SectionKind.ROADMAP,
                en ? "Roadmap" : "Пошаговый план действий",
                List.of(
                    "- "
                        + (en
                            ? "Sales: call the VIP customers at risk"
                            : "Отделу продаж: связаться с VIP-клиентами из списка риска"),
                    "- "
                        + (en
                            ? "Marketing: e-mail the sleeping customers"
                            : "Маркетингу: запустить Email-рассылку на сегмент «Спящие»"))),
            new SummarySection(
                SectionKind.ROI_FORECAST,
                en ? "Reactivation ROI" : "Оценка потенциала",
                List.of(
                    (en ? "Expected net profit: " : "Ожидаемая чистая прибыль: ")
                        + a.roi().map(r -> Long.toString(Math.round(r.netProfit()))).orElse("—"))));
    List<MessageChain> chains = new ArrayList<>();
    for (CallListRow r : a.sales().callList()) {
      String segment = a.rfm().seedSegment(r.index()).key();
      boolean known =
          chains.stream()
              .anyMatch(
                  c ->
                      c.segment().equals(segment)
                          && c.tone() == r.tone()
                          && c.channel() == r.primary());
      if (!known && chains.size() < 2) {
        chains.add(
            new MessageChain(
                segment,
                r.tone(),
                r.primary(),
                r.secondary(),
                en
                    ? "Hello, {name}! We have {product} for you."
                    : "Здравствуйте, {name}! Для вас — {product} на особых условиях.",
                en
                    ? "{name}, a reminder: the offer ends soon."
                    : "{name}, напоминаем: предложение действует до конца недели."));
      }
    }
    return new ExecutiveSummary(locale, "offline", Optional.empty(), sections, chains);
  }
}
