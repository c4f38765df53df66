package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Tone;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The offline narrator on the manual's six customers and on a bigger generated base. */
class OfflineNarratorTest {
  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final String NBSP = "\u00A0";

  private final Analysis seed = Fixtures.seed();
  private final Analysis big = Fixtures.big(300, 1);

  /** Money as the narrator writes it in Russian, computed independently: 1 234 567 ₽. */
  private static String rub(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v)).replace(",", NBSP) + NBSP + "₽";
  }

  /** Money in English: 1,234,567 ₽. */
  private static String rubEn(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v)) + " ₽";
  }

  private static String text(SummarySection s) {
    return String.join("\n", s.paragraphs());
  }

  private static String text(ExecutiveSummary s, SectionKind kind) {
    return text(s.section(kind).orElseThrow());
  }

  @Test
  void writesSixSectionsInOrderWithRussianTitlesAndRecordsTheOfflineWriter() {
    for (Analysis a : List.of(seed, big)) {
      ExecutiveSummary s = Narrators.offline().write(a, NarrationContext.of(RU));
      assertEquals(
          List.of(SectionKind.values()), s.sections().stream().map(SummarySection::kind).toList());
      assertEquals("Общая картина", s.sections().get(0).title());
      assertEquals("offline", s.writer());
      assertTrue(s.fallbackReason().isEmpty());
      assertEquals("ru", s.locale().getLanguage());
      for (SummarySection section : s.sections()) {
        assertFalse(section.paragraphs().isEmpty());
        assertTrue(
            text(section).matches("(?s).*\\d.*"),
            "every section quotes numbers: " + section.kind());
      }
    }
  }

  @Test
  void numbersOfEverySectionAreTheAnalysisNumbers() {
    for (Analysis a : List.of(seed, big)) {
      ExecutiveSummary s = Narrators.offline().write(a, NarrationContext.of(RU));
      Overview o = a.overview();
      String picture = text(s, SectionKind.BIG_PICTURE);
      assertTrue(picture.contains("В базе " + o.uniqueCustomers() + NBSP + "клиент"), picture);
      String health =
          String.format(Locale.ROOT, "%.1f", o.health().score())
              .replace('.', ',')
              .replace(",0", "");
      assertTrue(picture.contains("Индекс здоровья базы — " + health + " из 100"), picture);

      String money = text(s, SectionKind.MONEY_AT_RISK);
      assertTrue(money.contains(rub(o.revenueAtRisk().total())), money);
      for (Overview.SaveCandidate c : o.topToSave()) {
        String id = a.base().pseudonym(c.index());
        String named = a.base().name(c.index()).map(n -> id + " «" + n + "» (").orElse(id + " (");
        assertTrue(money.contains(named), money);
        assertTrue(money.contains("LTV " + rub(c.ltv())), money);
      }
      int atRisk =
          o.revenueAtRisk().buckets().stream()
              .filter(b -> b.level().atLeastHigh())
              .mapToInt(Overview.RiskBucket::count)
              .sum();
      assertTrue(
          text(s, SectionKind.RISKS).contains(" — " + atRisk + NBSP + "клиент"),
          text(s, SectionKind.RISKS));

      String growth = text(s, SectionKind.GROWTH_POINTS);
      assertTrue(
          growth.contains("(группа A по ABC-анализу): " + a.abc().a().customers().size() + NBSP),
          growth);
      if (a.whales().whales().count() > 0) {
        assertTrue(growth.contains(rub(a.whales().whales().totalLtv())), growth);
      }
      String roadmap = text(s, SectionKind.ROADMAP);
      assertTrue(
          roadmap.contains(
              "в плане контактов "
                  + String.format(Locale.ROOT, "%,d", a.sales().callList().size())
                      .replace(",", NBSP)
                  + NBSP
                  + "клиент"),
          roadmap);

      RoiResult roi = a.roi().orElseThrow();
      String forecast = text(s, SectionKind.ROI_FORECAST);
      assertTrue(forecast.contains("чистая прибыль — " + rub(roi.netProfit())), forecast);
      assertTrue(forecast.contains("Ожидаемая выручка — " + rub(roi.revenue())), forecast);
      assertTrue(forecast.contains("затраты на касания — " + rub(roi.touchBudget())), forecast);
      // whole people: the expected count rounded down and marked «≈», never "10,89 клиентов"
      long whole = roi.returningCustomers();
      assertEquals((long) Math.floor(roi.convertedClients()), whole);
      String returning =
          whole == 0
              ? "<" + NBSP + "1"
              : "≈" + NBSP + String.format(Locale.ROOT, "%,d", whole).replace(",", NBSP);
      assertTrue(
          forecast.contains("Ожидаемое число вернувшихся клиентов — " + returning + ","), forecast);
      // the saved revenue is the simulator's revenue, with no fixed save rate
      String moneySection = text(s, SectionKind.MONEY_AT_RISK);
      assertFalse(moneySection.contains("доля сохранения"), moneySection);
    }
  }

  @Test
  void marketingTargetsTheLostSegmentWithItsOwnEmailAndMessengerCounts() {
    long email =
        big.sales().callList().stream()
            .filter(
                r ->
                    big.rfm().seedSegment(r.index()).key().equals("lost")
                        && r.primary() == Channel.EMAIL)
            .count();
    long messenger =
        big.sales().callList().stream()
            .filter(
                r ->
                    big.rfm().seedSegment(r.index()).key().equals("lost")
                        && r.primary() == Channel.MESSENGER)
            .count();
    int lost = big.rfm().seedSegments().get(3).count();
    String roadmap =
        text(Narrators.offline().write(big, NarrationContext.of(RU)), SectionKind.ROADMAP);
    assertTrue(
        roadmap.contains("Маркетингу: в сегменте «Потерянные» (" + lost + NBSP + "клиент"),
        roadmap);
    assertTrue(email == 0 || roadmap.contains("email — " + email + NBSP + "клиент"), roadmap);
    assertTrue(
        messenger == 0 || roadmap.contains("мессенджер — " + messenger + NBSP + "клиент"), roadmap);
    assertTrue(email + messenger > 0);
  }

  @Test
  void seedExampleFiguresAreTheManualsOnes() {
    ExecutiveSummary s = Narrators.offline().write(seed, NarrationContext.of(RU));
    // at risk: Анна 185 000 ₽, ООО Вектор 270 000 ₽, Петр 1 000 ₽ → average check 76 000 ₽, 3 calls
    // × 100 ₽
    String forecast = text(s, SectionKind.ROI_FORECAST);
    assertTrue(forecast.contains("3" + NBSP + "клиента"), forecast);
    assertTrue(forecast.contains("средний чек — 76" + NBSP + "000" + NBSP + "₽"), forecast);
    assertTrue(forecast.contains("затраты на касания — 300" + NBSP + "₽"), forecast);
    String money = text(s, SectionKind.MONEY_AT_RISK);
    // the most valuable at risk first: ООО Вектор (270 000), Анна (185 000), Петр (1 000)
    int vector = dev.reactivator.core.segment.SeedExample.index(seed.base(), "ООО Вектор");
    int anna = dev.reactivator.core.segment.SeedExample.index(seed.base(), "Анна");
    assertTrue(
        money.indexOf(seed.base().pseudonym(vector)) < money.indexOf(seed.base().pseudonym(anna)),
        money);
  }

  @Test
  void absentWidgetsAreNotMentioned() {
    // the seed has no complaints, tickets or discount columns
    assertTrue(seed.isAbsent("driver:complaints"));
    assertTrue(seed.isAbsent("radar-axis:discount-dependence"));
    ExecutiveSummary s = Narrators.offline().write(seed, NarrationContext.of(RU));
    String all =
        s.sections().stream()
            .map(OfflineNarratorTest::text)
            .reduce("", String::concat)
            .toLowerCase(RU);
    for (String word : List.of("жалоб", "поддержк", "скидк")) {
      assertFalse(all.contains(word), word + " in " + all);
    }
    ExecutiveSummary en = Narrators.offline().write(seed, NarrationContext.of(Locale.ENGLISH));
    String allEn =
        en.sections().stream()
            .map(OfflineNarratorTest::text)
            .reduce("", String::concat)
            .toLowerCase(Locale.ROOT);
    for (String word : List.of("complaint", "support", "discount")) {
      assertFalse(allEn.contains(word), word + " in " + allEn);
    }
  }

  @Test
  void withoutAnyoneAtRiskThereIsNoRoiFigureButStillSixSections() {
    Analysis calm = Fixtures.seedWithoutRisk();
    assertTrue(calm.roi().isEmpty());
    ExecutiveSummary s = Narrators.offline().write(calm, NarrationContext.of(RU));
    assertEquals(6, s.sections().size());
    String forecast = text(s, SectionKind.ROI_FORECAST);
    assertFalse(forecast.contains("₽"), forecast);
    assertFalse(forecast.contains("ROI"), forecast);
    assertTrue(
        text(s, SectionKind.RISKS)
            .startsWith("Клиентов с высоким или критическим риском оттока нет"));
  }

  @Test
  void englishIsAvailable() {
    ExecutiveSummary s = Narrators.offline().write(seed, NarrationContext.of(Locale.US));
    assertEquals("en", s.locale().getLanguage());
    assertEquals("The big picture", s.sections().get(0).title());
    assertEquals("Reactivation ROI forecast", s.sections().get(5).title());
    assertTrue(
        text(s, SectionKind.BIG_PICTURE).contains("The base holds 6 customers and 10 purchases"));
    assertTrue(
        text(s, SectionKind.MONEY_AT_RISK)
            .contains(rubEn(seed.overview().revenueAtRisk().total())));
    assertTrue(
        text(s, SectionKind.ROI_FORECAST)
            .contains("net profit " + rubEn(seed.roi().orElseThrow().netProfit())));
    for (MessageChain c : s.chains()) {
      assertFalse(c.firstTouch().matches("(?s).*[А-Яа-я].*"), c.firstTouch());
    }
  }

  @Test
  void isDeterministic() {
    NarrationContext ctx = NarrationContext.of(RU).withBusinessContext("B2B, серверы");
    assertEquals(
        Narrators.offline().write(big, ctx), Narrators.offline().write(Fixtures.big(300, 1), ctx));
    assertEquals(
        Narrators.offline().write(seed, NarrationContext.of(Locale.ENGLISH)),
        Narrators.offline().write(seed, NarrationContext.of(Locale.ENGLISH)));
  }

  @Test
  void everyCallListCustomerGetsTwoTouchesMergedLocallyFromTheGroupsTemplates() {
    for (Analysis a : List.of(seed, big)) {
      ExecutiveSummary s = Narrators.offline().write(a, NarrationContext.of(RU));
      Set<String> keys = new HashSet<>();
      for (CallListRow row : a.sales().callList()) {
        keys.add(
            a.rfm().seedSegment(row.index()).key()
                + "/"
                + row.tone().key()
                + "/"
                + row.primary().key());
        CustomerMessage m =
            CustomerMessage.of(a, s, row)
                .orElseThrow(() -> new AssertionError("no chain for " + row));
        // an SMS is one short segment without the name; every other touch greets by name
        if (m.firstChannel() != Channel.SMS) {
          assertTrue(m.firstMessage().contains(row.displayName()), m.firstMessage());
        } else {
          assertEquals(1, SmsText.segments(m.firstMessage()), m.firstMessage());
        }
        if (m.secondChannel() != Channel.SMS) {
          assertTrue(m.secondMessage().contains(row.displayName()), m.secondMessage());
        }
        assertFalse(m.firstMessage().contains("{"), m.firstMessage());
        assertEquals(row.primary(), m.firstChannel());
      }
      assertEquals(keys, new HashSet<>(s.chains().stream().map(MessageChain::key).toList()));
      for (MessageChain c : s.chains()) {
        assertTrue(
            (c.channel() == Channel.SMS || c.firstTouch().contains("{name}"))
                && c.firstTouch().contains("{product}"),
            c.firstTouch());
        assertTrue(
            (c.secondChannel() == Channel.SMS || c.secondTouch().contains("{name}"))
                && c.secondTouch().contains("{product}"),
            c.secondTouch());
        switch (c.channel()) {
          case CALL -> assertTrue(c.firstTouch().startsWith("Скрипт звонка"), c.firstTouch());
          case EMAIL -> assertTrue(c.firstTouch().startsWith("Тема: "), c.firstTouch());
          case MESSENGER ->
              assertTrue(c.firstTouch().startsWith("{name}, здравствуйте!"), c.firstTouch());
          case SMS -> assertFalse(c.firstTouch().contains("{name}"), c.firstTouch());
          default -> {}
        }
        if (c.tone() == Tone.DISCOUNT) {
          assertTrue(c.firstTouch().contains("скидка"), c.firstTouch());
        }
        if (c.tone() == Tone.URGENCY) {
          assertTrue(c.firstTouch().contains("до конца недели"), c.firstTouch());
        }
        if (c.secondChannel() == Channel.EMAIL) {
          assertTrue(c.secondTouch().startsWith("Тема: "), c.secondTouch());
        }
      }
    }
  }
}
