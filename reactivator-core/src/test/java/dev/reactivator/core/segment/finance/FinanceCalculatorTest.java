package dev.reactivator.core.segment.finance;

import static dev.reactivator.core.segment.SeedDashboard.idx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SeedDashboard;
import dev.reactivator.core.segment.SegmentOptions;
import dev.reactivator.core.segment.widget.Absence;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The "Финансы" tab worked out by hand on the manual's six customers (see {@link SeedDashboard}).
 */
class FinanceCalculatorTest {

  @Test
  void revenueWaterfallAddsBackTheSimulatorsRevenue() {
    // base potential: Σ LTV = 185 000 + 270 000 + 1 030 000 + 1 000 + 150 000 + 100 = 1 636 100
    // revenue at risk (HIGH + CRITICAL, as in the overview): 94 500 + 55 500 + 950 = 150 950
    // saved = the default campaign's revenue over Анна, Вектор, Петр: 3 × 3.5 % = 0.105 returning
    //   × average check (185 000 + 270 000 + 1 000) / 6 = 76 000 → 7 980
    // forecast = 1 636 100 − 150 950 + 7 980 = 1 493 130
    Finance.RevenueWaterfall w =
        FinanceCalculator.compute(SeedDashboard.scored(SeedDashboard.base())).waterfall();
    assertEquals(1_636_100, w.basePotential(), 1e-6);
    assertEquals(150_950, w.revenueAtRisk(), 1e-6);
    assertEquals(7_980, w.savedRevenue(), 1e-6);
    assertEquals(1_493_130, w.retentionForecast(), 1e-6);
  }

  @Test
  void revenueWaterfallFollowsTheCampaign() {
    // a 10 % conversion over the same three: 0.3 × 76 000 = 22 800 saved
    ScoredBase scored = SeedDashboard.scored(SeedDashboard.base());
    Optional<RoiResult> campaign = RoiSimulator.campaign(scored, 100, 0.10, 500, 3000);
    Finance.RevenueWaterfall w = FinanceCalculator.compute(scored, campaign).waterfall();
    assertEquals(22_800, campaign.orElseThrow().revenue(), 1e-6);
    assertEquals(22_800, w.savedRevenue(), 1e-6);
    assertEquals(1_636_100 - 150_950 + 22_800, w.retentionForecast(), 1e-6);
    Finance.RevenueWaterfall none = FinanceCalculator.compute(scored, Optional.empty()).waterfall();
    assertEquals(0, none.savedRevenue());
  }

  @Test
  void discountHarmIsAbsentWithoutTheDiscountColumn() {
    Finance f = FinanceCalculator.compute(SeedDashboard.scored(SeedDashboard.base()));
    assertTrue(f.discountHarm().isEmpty());
    assertEquals(List.of("discount-harm"), f.absences().stream().map(Absence::widget).toList());
    assertEquals(Optional.of(Field.DISCOUNTED_PURCHASES), f.absences().get(0).missing());
  }

  @Test
  void discountHarmAveragesEachDiscountProfile() {
    // SENSITIVE (share > 70 %): Вектор 2/2, Иван 2/2, Алексей 1/1, Николай 1/1
    //   LTV (270 000 + 1 030 000 + 150 000 + 100) / 4 = 362 525; purchases (2 + 2 + 1 + 1) / 4 =
    // 1.5;
    //   repeat rate 2/4; churn (0.70 + 0.10 + 0.05 + 0.40) / 4 = 0.3125
    // OCCASIONAL: Анна 1/3 → 185 000, 3, 1.0, 0.90; FULL_PRICE: nobody (averages absent);
    // UNKNOWN: Петр 0 of 1 purchase → 1 000, 1, 0, 0.95
    CustomerBase base = SeedDashboard.extendedBase();
    Finance f = FinanceCalculator.compute(SeedDashboard.scored(base));
    assertTrue(f.absences().isEmpty());
    List<Finance.DiscountGroup> g = f.discountHarm().orElseThrow().groups();
    assertEquals(
        List.of(
            DiscountProfile.Kind.SENSITIVE,
            DiscountProfile.Kind.OCCASIONAL,
            DiscountProfile.Kind.FULL_PRICE,
            DiscountProfile.Kind.UNKNOWN),
        g.stream().map(Finance.DiscountGroup::kind).toList());
    assertEquals(
        List.of("sensitive", "occasional", "full-price", "unknown"),
        g.stream().map(x -> x.group().key()).toList());
    Finance.DiscountGroup sensitive = g.get(0);
    assertEquals(
        List.of(
                idx(base, "ООО Вектор"),
                idx(base, "Иван"),
                idx(base, "Алексей"),
                idx(base, "Николай"))
            .stream()
            .sorted()
            .toList(),
        sensitive.group().customers());
    assertEquals(362_525, sensitive.averageLtv().orElseThrow(), 1e-6);
    assertEquals(1.5, sensitive.averagePurchases().orElseThrow(), 1e-12);
    assertEquals(0.5, sensitive.repeatRate().orElseThrow(), 1e-12);
    assertEquals(0.3125, sensitive.meanChurnProbability().orElseThrow(), 1e-12);
    Finance.DiscountGroup occasional = g.get(1);
    assertEquals(List.of(idx(base, "Анна")), occasional.group().customers());
    assertEquals(185_000, occasional.averageLtv().orElseThrow(), 1e-6);
    assertEquals(3, occasional.averagePurchases().orElseThrow(), 1e-12);
    assertEquals(1.0, occasional.repeatRate().orElseThrow(), 1e-12);
    assertEquals(0.9, occasional.meanChurnProbability().orElseThrow(), 1e-12);
    Finance.DiscountGroup fullPrice = g.get(2);
    assertEquals(0, fullPrice.count());
    assertTrue(
        fullPrice.averageLtv().isEmpty()
            && fullPrice.averagePurchases().isEmpty()
            && fullPrice.repeatRate().isEmpty()
            && fullPrice.meanChurnProbability().isEmpty());
    Finance.DiscountGroup unknown = g.get(3);
    assertEquals(List.of(idx(base, "Петр")), unknown.group().customers());
    assertEquals(1_000, unknown.averageLtv().orElseThrow(), 1e-9);
    assertEquals(0, unknown.repeatRate().orElseThrow());
    assertEquals(0.95, unknown.meanChurnProbability().orElseThrow(), 1e-12);
  }

  @Test
  void discountElasticityComparesTheSensitiveCustomersWithAllOthersWithIntervals() {
    // sensitive (Вектор, Иван, Алексей, Николай) against the others (Анна, Петр)
    // LTV 270 000, 1 030 000, 150 000, 100 (mean 362 525) against 185 000, 1 000 (mean 93 000):
    //   s₁² = 1.9046e11 / 3 … SE = 247 010.544, ν = 3.7522, t(0.975, ν) = 2.8350 →
    //   269 525 ± 704 048.236 = [−434 523.236, 973 573.236]
    // cheque 135 000, 515 000, 150 000, 100 (mean 200 025) against 61 666.67, 1 000 (mean
    //   31 333.33): [−171 597.276, 508 980.609]
    // purchases 2, 2, 1, 1 (1.5) against 3, 1 (2): s₁² = 1/3, s₀² = 2, SE = √(1/12 + 1) =
    //   1.040833, ν = (13/12)² / ((1/12)²/3 + 1) = 1.170901 → −0.5 ± 9.432566
    // repeat rate 2/4 against 1/2: Wilson [0.150039, 0.849961] and [0.094531, 0.905469], Newcombe
    //   0 ± √(0.349961² + 0.405469²) = ±0.535610, χ² = 0, p = 1
    // churn (HIGH or CRITICAL) 1/4 (Вектор) against 2/2 (Анна, Петр): Wilson [0.045587, 0.699358]
    //   and [0.342380, 1]: −0.75 − √(0.204413² + 0²) = −0.954413, −0.75 + √(0.449358² +
    //   0.657620²) = 0.046484; χ² = 3, p = 0.083265
    CustomerBase base = SeedDashboard.extendedBase();
    Finance.DiscountHarm h =
        FinanceCalculator.compute(SeedDashboard.scored(base)).discountHarm().orElseThrow();
    assertEquals(
        Finance.DiscountEffect.METRICS,
        h.effects().stream().map(Finance.DiscountEffect::metric).toList());
    assertTrue(h.absences().isEmpty());
    Finance.DiscountEffect ltv = h.effect("ltv").orElseThrow();
    assertEquals(362_525, ltv.sensitive(), 1e-6);
    assertEquals(93_000, ltv.others(), 1e-6);
    assertEquals(-434_523.236, ltv.interval().low(), 1e-3);
    assertEquals(973_573.236, ltv.interval().high(), 1e-3);
    assertEquals(0.340266, ltv.p(), 1e-6);
    Finance.DiscountEffect cheque = h.effect("cheque").orElseThrow();
    assertEquals(200_025, cheque.sensitive(), 1e-6);
    assertEquals(31_333.333, cheque.others(), 1e-3);
    assertEquals(-171_597.276, cheque.interval().low(), 1e-3);
    assertEquals(508_980.609, cheque.interval().high(), 1e-3);
    Finance.DiscountEffect purchases = h.effect("purchases").orElseThrow();
    assertEquals(-0.5, purchases.difference(), 1e-12);
    assertEquals(-9.932566, purchases.interval().low(), 1e-6);
    assertEquals(8.932566, purchases.interval().high(), 1e-6);
    assertEquals(0.705241, purchases.p(), 1e-6);
    Finance.DiscountEffect repeat = h.effect("repeat-rate").orElseThrow();
    assertEquals(0.5, repeat.sensitive(), 1e-12);
    assertEquals(0.5, repeat.others(), 1e-12);
    assertEquals(-0.535610, repeat.interval().low(), 1e-6);
    assertEquals(0.535610, repeat.interval().high(), 1e-6);
    assertEquals(1.0, repeat.p(), 1e-12);
    Finance.DiscountEffect churn = h.effect("churn").orElseThrow();
    assertEquals(0.25, churn.sensitive(), 1e-12);
    assertEquals(1.0, churn.others(), 1e-12);
    assertEquals(-0.954413, churn.interval().low(), 1e-6);
    assertEquals(0.046484, churn.interval().high(), 1e-6);
    assertEquals(0.083265, churn.p(), 1e-6);
    assertTrue(churn.isShare() && !cheque.isShare());
    assertEquals(0.95, churn.interval().level());
  }

  @Test
  void reactivationSavesTheAcquisitionCostOfTheConvertedMinusTheCampaignCost() {
    // touch base: the 3 HIGH / CRITICAL customers; average check (185 000 + 270 000 + 1 000) / (3 +
    // 2 + 1) = 76 000
    // converted 3 × 3.5 % = 0.105; budget 3 × 100 = 300; acquisition 0.105 × 3 000 = 315 → saving
    // 15
    // revenue 0.105 × 76 000 = 7 980; net 7 980 − 300 = 7 680; ROI 7 680 / 300 = 2 560 %
    ScoredBase scored = SeedDashboard.scored(SeedDashboard.base());
    RoiResult roi = Analysis.of(scored).roi().orElseThrow();
    assertEquals(0.105, roi.convertedClients(), 1e-12);
    assertEquals(315, roi.acquisitionCost(), 1e-9);
    assertEquals(15, roi.savingsVsAcquisition(), 1e-9);
    assertEquals(7_680, roi.netProfit(), 1e-9);
    assertEquals(2_560, roi.roiPercent().orElseThrow(), 1e-9);
    // SMS at 5 ₽ with a 500 ₽ offer and CAC 5 000: cost 15 + 0.105 × 500 = 67.5; acquisition 525 →
    // saving 457.5
    Analysis smsAnalysis =
        Analysis.of(scored, SegmentOptions.defaults().withCac(5_000).withRoi(5, 0.035, 500));
    RoiResult sms = smsAnalysis.roi().orElseThrow();
    // one campaign: the waterfall's saved revenue is the simulator's revenue, 7 980
    assertEquals(sms.revenue(), smsAnalysis.finance().waterfall().savedRevenue());
    assertEquals(15, sms.touchBudget(), 1e-9);
    assertEquals(52.5, sms.discounts(), 1e-9);
    assertEquals(525, sms.acquisitionCost(), 1e-9);
    assertEquals(457.5, sms.savingsVsAcquisition(), 1e-9);
    assertEquals(
        5_000, Analysis.of(scored, SegmentOptions.defaults().withCac(5_000)).ltvVsCac().cac());
  }
}
