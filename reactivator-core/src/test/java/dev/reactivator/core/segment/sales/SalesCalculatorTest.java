package dev.reactivator.core.segment.sales;

import static dev.reactivator.core.segment.SeedDashboard.idx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.PurchaseTiming;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.TimingStatus;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SeedDashboard;
import dev.reactivator.core.segment.analytics.AnalyticsCalculatorTest;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The "Менеджеру продаж" tab worked out by hand (see {@link SeedDashboard}). */
class SalesCalculatorTest {
  private final CustomerBase base = SeedDashboard.extendedBase();
  private final ScoredBase scored = SeedDashboard.scored(base);
  private final int anna = idx(base, "Анна");
  private final int vector = idx(base, "ООО Вектор");
  private final int ivan = idx(base, "Иван");
  private final int petr = idx(base, "Петр");
  private final int alexey = idx(base, "Алексей");
  private final int nikolay = idx(base, "Николай");

  private static CustomerView view(
      boolean vip,
      RiskLevel risk,
      int complaints,
      boolean spike,
      DiscountProfile.Kind kind,
      TimingStatus status) {
    return view(vip, risk, complaints, spike, kind, status, false);
  }

  private static CustomerView view(
      boolean vip,
      RiskLevel risk,
      int complaints,
      boolean spike,
      DiscountProfile.Kind kind,
      TimingStatus status,
      boolean lowCheck) {
    return new CustomerView(
        0,
        risk,
        0.5,
        0.5,
        vip,
        OptionalInt.of(complaints),
        spike,
        kind,
        status,
        true,
        1_000,
        1.0,
        lowCheck);
  }

  @Test
  void ruleTableIsEvaluatedFirstMatchInTheSeedsOrder() {
    RuleTable t = RuleTable.defaults();
    // complaints (or a support spike) come before everything, even a VIP at critical risk
    assertEquals(
        "complaints",
        t.firstMatch(
                view(
                    true,
                    RiskLevel.CRITICAL,
                    1,
                    false,
                    DiscountProfile.Kind.SENSITIVE,
                    TimingStatus.LATE))
            .key());
    Rule spike =
        t.firstMatch(
            view(
                false,
                RiskLevel.LOW,
                0,
                true,
                DiscountProfile.Kind.UNKNOWN,
                TimingStatus.EXPECTED));
    assertEquals(
        List.of("complaints", "CALL", "EMAIL", "CARE"),
        List.of(
            spike.key(), spike.primary().name(), spike.secondary().name(), spike.tone().name()));
    Rule vipAtRisk =
        t.firstMatch(
            view(
                true, RiskLevel.HIGH, 0, false, DiscountProfile.Kind.SENSITIVE, TimingStatus.LATE));
    assertEquals(
        List.of("vip-at-risk", "CALL", "MESSENGER", "VIP"),
        List.of(
            vipAtRisk.key(),
            vipAtRisk.primary().name(),
            vipAtRisk.secondary().name(),
            vipAtRisk.tone().name()));
    Rule vip =
        t.firstMatch(
            view(
                true,
                RiskLevel.MEDIUM,
                0,
                false,
                DiscountProfile.Kind.SENSITIVE,
                TimingStatus.LATE));
    assertEquals(
        List.of("vip", "MESSENGER", "CALL", "VIP"),
        List.of(vip.key(), vip.primary().name(), vip.secondary().name(), vip.tone().name()));
    Rule discount =
        t.firstMatch(
            view(
                false,
                RiskLevel.CRITICAL,
                0,
                false,
                DiscountProfile.Kind.SENSITIVE,
                TimingStatus.LATE));
    assertEquals(
        List.of("discount-sensitive", "EMAIL", "SMS", "DISCOUNT"),
        List.of(
            discount.key(),
            discount.primary().name(),
            discount.secondary().name(),
            discount.tone().name()));
    Rule late =
        t.firstMatch(
            view(
                false,
                RiskLevel.CRITICAL,
                0,
                false,
                DiscountProfile.Kind.OCCASIONAL,
                TimingStatus.LATE));
    assertEquals(
        List.of("late", "MESSENGER", "EMAIL", "URGENCY"),
        List.of(late.key(), late.primary().name(), late.secondary().name(), late.tone().name()));
    Rule now =
        t.firstMatch(
            view(
                false, RiskLevel.LOW, 0, false, DiscountProfile.Kind.FULL_PRICE, TimingStatus.NOW));
    assertEquals(
        List.of("due-now", "MESSENGER", "EMAIL", "INFO"),
        List.of(now.key(), now.primary().name(), now.secondary().name(), now.tone().name()));
    // a low cheque, quiet otherwise: the cheap channel first (the seed's "Email / SMS")
    Rule low =
        t.firstMatch(
            view(
                false,
                RiskLevel.LOW,
                0,
                false,
                DiscountProfile.Kind.FULL_PRICE,
                TimingStatus.EXPECTED,
                true));
    assertEquals(
        List.of("low-check", "SMS", "EMAIL", "INFO"),
        List.of(low.key(), low.primary().name(), low.secondary().name(), low.tone().name()));
    Rule rest =
        t.firstMatch(
            view(
                false,
                RiskLevel.LOW,
                0,
                false,
                DiscountProfile.Kind.FULL_PRICE,
                TimingStatus.EXPECTED));
    assertEquals(
        List.of("default", "EMAIL", "SMS", "INFO"),
        List.of(rest.key(), rest.primary().name(), rest.secondary().name(), rest.tone().name()));
    assertEquals(
        7,
        t.firstMatchIndex(
            view(
                false,
                RiskLevel.LOW,
                0,
                false,
                DiscountProfile.Kind.FULL_PRICE,
                TimingStatus.EXPECTED)));
  }

  @Test
  void channelsFallBackToTheNextOneWhoseContactExists() {
    Rule emailFirst = RuleTable.FALLBACK; // EMAIL, then SMS
    assertEquals(
        List.of(Channel.EMAIL, Channel.SMS), SalesCalculator.channels(emailFirst, true, true));
    // a phone only: the rule's SMS, then the first fallback a phone allows, the messenger
    assertEquals(
        List.of(Channel.SMS, Channel.MESSENGER), SalesCalculator.channels(emailFirst, true, false));
    // e-mail only: the second touch is a follow-up e-mail
    assertEquals(
        List.of(Channel.EMAIL, Channel.EMAIL), SalesCalculator.channels(emailFirst, false, true));
    Rule call = new Rule("x", v -> true, Channel.CALL, Channel.MESSENGER, Tone.VIP, "x");
    assertEquals(
        List.of(Channel.EMAIL, Channel.EMAIL), SalesCalculator.channels(call, false, true));
    assertEquals(
        List.of(Channel.NO_CONTACT, Channel.NO_CONTACT),
        SalesCalculator.channels(call, false, false));
    assertEquals("no-contact", Channel.NO_CONTACT.key());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Rule("y", v -> true, Channel.NO_CONTACT, Channel.EMAIL, Tone.INFO, "y"));
  }

  @Test
  void ruleTablesRejectDuplicateKeysAndRulesTheSameChannelTwice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Rule("x", v -> true, Channel.CALL, Channel.CALL, Tone.INFO, "x"));
    Rule r = new Rule("x", v -> true, Channel.CALL, Channel.EMAIL, Tone.INFO, "x");
    assertThrows(IllegalArgumentException.class, () -> new RuleTable(List.of(r, r)));
  }

  @Test
  void channelsTonesAndRulesOfTheSixCustomers() {
    // VIP = top 20 % by LTV: Иван and ООО Вектор. Иван has 2 complaints → complaints (CALL, CARE);
    // Петр's
    // 3 tickets are a support spike → complaints; Вектор is VIP at HIGH risk → vip-at-risk (CALL,
    // VIP);
    // Алексей and Николай buy only with a discount → discount-sensitive (EMAIL, DISCOUNT); Анна (1
    // of 3
    // discounted, inside her cycle) → default (EMAIL, INFO)
    SalesPlan plan = SalesCalculator.compute(scored);
    assertTrue(plan.absences().isEmpty());
    assertEquals(
        List.of(
            "complaints",
            "vip-at-risk",
            "vip",
            "discount-sensitive",
            "late",
            "due-now",
            "low-check",
            "default"),
        plan.rules().stream().map(CustomerGroup::key).toList());
    assertEquals(sorted(ivan, petr), SalesPlan.group(plan.rules(), "complaints").customers());
    assertEquals(List.of(vector), SalesPlan.group(plan.rules(), "vip-at-risk").customers());
    assertEquals(
        sorted(alexey, nikolay), SalesPlan.group(plan.rules(), "discount-sensitive").customers());
    assertEquals(List.of(anna), SalesPlan.group(plan.rules(), "default").customers());
    assertEquals(sorted(ivan, petr, vector), SalesPlan.group(plan.channels(), "call").customers());
    // the six have phones and no e-mail: the rules' e-mail gives way to their second channel, the
    // SMS; the follow-up goes by messenger
    assertEquals(
        sorted(anna, alexey, nikolay), SalesPlan.group(plan.channels(), "sms").customers());
    assertEquals(0, SalesPlan.group(plan.channels(), "messenger").size());
    assertEquals(0, SalesPlan.group(plan.channels(), "email").size());
    assertEquals(0, SalesPlan.group(plan.channels(), "no-contact").size());
    assertEquals(
        List.of(Channel.SMS, Channel.MESSENGER),
        List.of(row(plan.callList(), anna).primary(), row(plan.callList(), anna).secondary()));
    assertEquals(List.of(vector), SalesPlan.group(plan.tones(), "vip").customers());
    assertEquals(sorted(ivan, petr), SalesPlan.group(plan.tones(), "care").customers());
    assertEquals(sorted(alexey, nikolay), SalesPlan.group(plan.tones(), "discount").customers());
    assertEquals(0, SalesPlan.group(plan.tones(), "urgency").size());
    assertEquals(List.of(anna), SalesPlan.group(plan.tones(), "info").customers());
  }

  @Test
  void withoutOptionalColumnsTheirConditionsAreOffAndSaidSo() {
    SalesPlan plan = SalesCalculator.compute(SeedDashboard.scored(SeedDashboard.base()));
    assertEquals(
        List.of(
            "rule-condition:complaints",
            "rule-condition:support-spike",
            "rule-condition:discount-profile"),
        plan.absences().stream().map(Absence::widget).toList());
    // Вектор is still vip-at-risk; Иван (VIP, LOW) → vip; Николай (100) and Петр (1 000), the two
    // lowest average checks of six (the bottom quarter, ⌈1.5⌉ = 2) → low-check, SMS first; Анна
    // and Алексей → default
    CustomerBase plain = SeedDashboard.base();
    assertEquals(List.of(idx(plain, "Иван")), SalesPlan.group(plan.rules(), "vip").customers());
    assertEquals(
        sorted(idx(plain, "Петр"), idx(plain, "Николай")),
        SalesPlan.group(plan.rules(), "low-check").customers());
    assertEquals(
        sorted(idx(plain, "Анна"), idx(plain, "Алексей")),
        SalesPlan.group(plan.rules(), "default").customers());
    assertEquals(
        Channel.SMS,
        plan.callList().stream()
            .filter(r -> r.index() == idx(plain, "Николай"))
            .findFirst()
            .orElseThrow()
            .primary());
  }

  @Test
  void forecastGroupsCutTheReturnProbabilityAtSixtyAndTwentyPercent() {
    // return probability = P(alive): Иван 0.90, Алексей 0.95, Николай 0.60 (the boundary is
    // success);
    // Вектор 0.30 neutral; Анна 0.10 and Петр 0.05 churn
    SalesPlan plan = SalesCalculator.compute(scored);
    assertEquals(
        List.of("success", "neutral", "churn"),
        plan.forecast().stream().map(CustomerGroup::key).toList());
    assertEquals(
        sorted(ivan, alexey, nikolay), SalesPlan.group(plan.forecast(), "success").customers());
    assertEquals(List.of(vector), SalesPlan.group(plan.forecast(), "neutral").customers());
    assertEquals(sorted(anna, petr), SalesPlan.group(plan.forecast(), "churn").customers());
  }

  @Test
  void theCallListPutsTheMoneySavedByCallingNowFirstAndNotYetDueCustomersLast() {
    // value at stake = R × churn (R = the AOV here, see SeedDashboard): Анна 61 666.67 × 0.90 =
    // 55 500, Вектор 135 000 × 0.70 = 94 500, Иван 515 000 × 0.10 = 51 500, Петр 950, Алексей
    // 7 500, Николай 40. Urgency: Вектор is LATE (1); the others are not yet due, so the elapsed
    // share of their cycle: Анна 357 / 709, Иван 200 / 1020, Петр 494 / 709, Алексей 172 / 709,
    // Николай 155 / 709. Saved = ret × stake × urgency: Вектор 0.30 × 94 500 = 28 350, Анна
    // 0.10 × 55 500 × 0.50353 = 2 794.57, Иван 0.90 × 51 500 × 0.19608 = 9 088.24, Петр
    // 0.05 × 950 × 0.69676 = 33.10, Алексей 0.95 × 7 500 × 0.24260 = 1 728.49, Николай
    // 0.60 × 40 × 0.21862 = 5.25.
    // First tier (due, overdue or critical): Вектор (LATE), Анна and Петр (CRITICAL); Иван, with
    // more to save than Анна, is not yet due and at LOW risk, so he comes after all three.
    SalesPlan plan = SalesCalculator.compute(scored);
    List<CallListRow> rows = plan.callList();
    assertEquals(
        List.of(vector, anna, petr, ivan, alexey, nikolay),
        rows.stream().map(CallListRow::index).toList());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), rows.stream().map(CallListRow::rank).toList());
    double[] stake = {94_500, 55_500, 950, 51_500, 7_500, 40};
    double[] saved = {28_350, 2_794.5698, 33.0959, 9_088.2353, 1_728.4908, 5.2468};
    for (int i = 0; i < 6; i++) {
      assertEquals(stake[i], rows.get(i).valueAtStake(), 1e-6, "stake of row " + (i + 1));
      assertEquals(saved[i], rows.get(i).expectedSaved(), 1e-3, "saved of row " + (i + 1));
    }
    // score = round(100 × ln(1 + saved) / ln(1 + 28 350)): 100, 77.40, 34.42, 88.90, 72.72, 17.87
    assertEquals(
        List.of(100, 77, 34, 89, 73, 18), rows.stream().map(CallListRow::priorityScore).toList());
    // the first tier saves 31 177.67: Вектор starts at 0 (< 80 %) → HIGH; Анна starts at 28 350
    // (90.9 %, < 95 %) → MEDIUM; Петр at 99.9 % → LOW; every not-yet-due customer is LOW
    assertEquals(
        List.of(
            Priority.HIGH, Priority.MEDIUM, Priority.LOW, Priority.LOW, Priority.LOW, Priority.LOW),
        rows.stream().map(CallListRow::priority).toList());
    assertEquals(List.of(vector), SalesPlan.group(plan.priorities(), "high").customers());
    assertEquals(List.of(anna), SalesPlan.group(plan.priorities(), "medium").customers());
    assertEquals(4, SalesPlan.group(plan.priorities(), "low").size());
    // deadlines: Вектор HIGH 3; Анна and Петр, critical, their level's 7 and 14; the not yet due
    // get the days until their expected purchase: Иван 1020 − 200, Алексей 709 − 172, Николай
    // 709 − 155
    assertEquals(
        List.of(3, 7, 14, 820, 537, 554), rows.stream().map(CallListRow::deadlineDays).toList());
    // today's list: the first tier within the capacity (50 by default)
    assertEquals(
        List.of(true, true, true, false, false, false),
        rows.stream().map(CallListRow::today).toList());
    assertEquals(
        List.of(true, true, false, false, false, false),
        SalesCalculator.compute(scored, SalesOptions.defaults().withCallsPerDay(2))
            .callList()
            .stream()
            .map(CallListRow::today)
            .toList());
    assertEquals(
        List.of(vector, anna),
        SalesCalculator.compute(scored, SalesOptions.defaults().withCallListLimit(2))
            .callList()
            .stream()
            .map(CallListRow::index)
            .toList());
  }

  @Test
  void theOverviewsCustomersToSaveAreTheHeadOfTheCallList() {
    Analysis a = Analysis.of(scored);
    assertEquals(
        a.sales().callList().stream().limit(5).map(CallListRow::index).toList(),
        a.overview().topToSave().stream().map(Overview.SaveCandidate::index).toList());
    assertEquals(
        List.of(vector, anna, petr, ivan, alexey),
        a.overview().topToSave().stream().map(Overview.SaveCandidate::index).toList());
  }

  @Test
  void aDueNowCustomersDeadlineEndsWithTheWindow() {
    PurchaseTiming now =
        new PurchaseTiming(
            java.util.OptionalDouble.of(100),
            100,
            98,
            LocalDate.of(2026, 1, 1),
            -2,
            TimingStatus.NOW);
    // window 10 days: 10 − (−2) = 12 days left, so the priority's 3 (HIGH) or 7 (MEDIUM)
    assertEquals(3, SalesCalculator.deadlineDays(3, now, true, 10));
    PurchaseTiming closing =
        new PurchaseTiming(
            java.util.OptionalDouble.of(100),
            100,
            108,
            LocalDate.of(2026, 1, 1),
            8,
            TimingStatus.NOW);
    // 10 − 8 = 2 days left in the window: sooner than the level's 7
    assertEquals(2, SalesCalculator.deadlineDays(7, closing, true, 10));
  }

  @Test
  void callListRowsCarryTheSeedsColumns() {
    List<CallListRow> rows = SalesCalculator.compute(scored).callList();
    CallListRow ivanRow = row(rows, ivan);
    assertEquals("Иван", ivanRow.displayName());
    assertEquals(2, ivanRow.purchases());
    assertEquals(1_030_000, ivanRow.ltv());
    assertEquals(0.9, ivanRow.returnProbability());
    assertEquals(Priority.LOW, ivanRow.priority());
    // the complaints rule's second channel, e-mail, has no address: the messenger instead
    assertEquals(
        List.of(Channel.CALL, Channel.MESSENGER, Tone.CARE),
        List.of(ivanRow.primary(), ivanRow.secondary(), ivanRow.tone()));
    assertEquals(DiscountProfile.Kind.SENSITIVE, ivanRow.discountProfile().kind());
    assertEquals(ReturnForecast.SUCCESS, ivanRow.forecast());
    assertEquals(820, ivanRow.deadlineDays());
    assertEquals("complaints", ivanRow.explanationKey());
    assertEquals(Optional.empty(), ivanRow.nextBestProduct());
    CallListRow annaRow = row(rows, anna);
    assertEquals(DiscountProfile.Kind.OCCASIONAL, annaRow.discountProfile().kind());
    assertEquals(33, Math.round(100 * annaRow.discountProfile().discountedShare().orElseThrow()));
    // Анна: due 2025-06-01 + 709 = 2027-05-11, 357 − 709 = 352 days ahead
    assertTiming(annaRow, "2027-05-11", -352);
    // Вектор: due 2024-02-15 + 189 = 2024-08-22, 829 − 189 = 640 days late
    assertTiming(row(rows, vector), "2024-08-22", 640);
    CallListRow petrRow = row(rows, petr);
    assertFalse(petrRow.timing().enoughData());
    assertEquals(DiscountProfile.Kind.UNKNOWN, petrRow.discountProfile().kind());
    assertTrue(petrRow.discountProfile().discountedShare().isPresent());
    assertEquals(1, petrRow.purchases());
    assertEquals(14, petrRow.deadlineDays());
  }

  @Test
  void callListTimingTextsOfTheManual() {
    // see AnalyticsCalculatorTest.timingBase: due 13.01.2026 and 131 days late; due 01.07.2026, in
    // 38 days;
    // due today; one purchase
    CustomerBase t = AnalyticsCalculatorTest.timingBase();
    List<CallListRow> rows =
        SalesCalculator.compute(ScoredBases.withAlive(t, 0.5, 0.5, 0.5, 0.5, 0.5)).callList();
    assertTiming(row(rows, idx(t, "Поздний")), "2026-01-13", 131);
    assertTiming(row(rows, idx(t, "Скоро")), "2026-07-01", -38);
    assertTiming(row(rows, idx(t, "Сейчас")), "2026-05-24", 0);
    assertFalse(row(rows, idx(t, "Новый")).timing().enoughData());
    // VIP is the top 20 % by LTV: Опоздал alone (8 000), so Поздний, LATE, gets the late rule
    assertEquals("late", row(rows, idx(t, "Поздний")).ruleKey());
    assertEquals("due-now", row(rows, idx(t, "Сейчас")).ruleKey());
  }

  @Test
  void deadlinesFollowTheOptions() {
    SalesOptions o =
        new SalesOptions(
            RuleTable.defaults(), 0.2, 0.6, 0.2, 0.8, 0.95, 1, 21, 11, Integer.MAX_VALUE, 50);
    List<CallListRow> rows = SalesCalculator.compute(scored, o).callList();
    assertEquals(1, row(rows, vector).deadlineDays());
    assertEquals(21, row(rows, anna).deadlineDays());
    assertEquals(11, row(rows, petr).deadlineDays());
    SalesOptions eleven =
        new SalesOptions(
            RuleTable.defaults(), 0.2, 0.6, 0.2, 0.8, 0.95, 11, 7, 14, Integer.MAX_VALUE, 50);
    assertEquals(
        11, row(SalesCalculator.compute(scored, eleven).callList(), vector).deadlineDays());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SalesOptions(
                RuleTable.defaults(), 0.2, 0.6, 0.2, 0.9, 0.8, 3, 7, 14, Integer.MAX_VALUE, 50));
    assertThrows(IllegalArgumentException.class, () -> SalesOptions.defaults().withCallsPerDay(-1));
  }

  @Test
  void aUsersRuleInFrontTakesItsCustomersAndTheFallbackStillCatchesTheRest() {
    // a table of one rule, "whales" (LTV ≥ 200 000 → CALL, VIP): Вектор and Иван; the fallback
    // takes the others
    Rule whales =
        new Rule(
            "whales",
            v -> v.ltv() >= 200_000,
            Channel.CALL,
            Channel.MESSENGER,
            Tone.VIP,
            "Позвонить лично");
    SalesPlan plan =
        SalesCalculator.compute(
            scored, SalesOptions.defaults().withRules(new RuleTable(List.of(whales))));
    assertEquals(
        List.of("whales", "default"), plan.rules().stream().map(CustomerGroup::key).toList());
    assertEquals(sorted(vector, ivan), plan.rules().get(0).customers());
    assertEquals(4, plan.rules().get(1).size());
    assertEquals(
        "Позвонить лично",
        row(plan.callList(), ivan).explanationKey(),
        "a user's explanation key is kept as is");
    // the defaults with a rule inserted in front
    List<Rule> custom = new ArrayList<>(RuleTable.defaults().rules());
    custom.add(0, whales);
    SalesPlan front =
        SalesCalculator.compute(scored, SalesOptions.defaults().withRules(new RuleTable(custom)));
    assertEquals(9, front.rules().size());
    assertEquals(0, SalesPlan.group(front.rules(), "vip-at-risk").size());
    assertEquals(List.of(petr), SalesPlan.group(front.rules(), "complaints").customers());
  }

  @Test
  void theAnalysisUsesAbcClassAAsVipAndOffersTheNextBestProduct() {
    // class A: Иван, Вектор, Анна; Анна is CRITICAL → vip-at-risk, by call
    SalesPlan plan = Analysis.of(scored).sales();
    assertEquals(sorted(anna, vector), SalesPlan.group(plan.rules(), "vip-at-risk").customers());
    assertTrue(plan.callList().stream().allMatch(r -> r.nextBestProduct().isPresent()));
  }

  private static CallListRow row(List<CallListRow> rows, int index) {
    return rows.stream().filter(r -> r.index() == index).findFirst().orElseThrow();
  }

  private static List<Integer> sorted(Integer... indices) {
    return List.of(indices).stream().sorted().toList();
  }

  private static void assertTiming(CallListRow row, String expectedNext, int daysOverdue) {
    assertTrue(row.timing().enoughData());
    assertEquals(java.time.LocalDate.parse(expectedNext), row.timing().expectedNext());
    assertEquals(daysOverdue, row.timing().daysOverdue());
  }
}
