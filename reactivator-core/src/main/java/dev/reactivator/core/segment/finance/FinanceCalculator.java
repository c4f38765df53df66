package dev.reactivator.core.segment.finance;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.drivers.ConfidenceInterval;
import dev.reactivator.core.segment.drivers.IndependenceTest;
import dev.reactivator.core.segment.drivers.LtvComparison;
import dev.reactivator.core.segment.drivers.RetentionDrivers;
import dev.reactivator.core.segment.internal.RevenueModel;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Computes the {@link Finance} widgets of a {@link ScoredBase}. Stateless.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class FinanceCalculator {
  private FinanceCalculator() {}

  /**
   * The finance widgets of {@code scored}, the saved revenue from the default campaign ({@link
   * RoiSimulator#campaign(ScoredBase, double, double, double, double)} with a 100 ₽ call, 3.5 %
   * conversion, no offer and a CAC of 3 000).
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @return the finance widgets of {@code scored} with the default campaign
   */
  public static Finance compute(ScoredBase scored) {
    return compute(
        scored,
        RoiSimulator.campaign(
            scored, RoiInputs.CALL_COST, RoiInputs.CONVERSION, 0, LtvCacOptions.defaults().cac()));
  }

  /**
   * The finance widgets of {@code scored}.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @param campaign the reactivation campaign whose revenue is the waterfall's saved revenue (the
   *     ROI simulator's result); empty when nobody is at risk (nothing saved)
   * @return the finance widgets of {@code scored}
   */
  public static Finance compute(ScoredBase scored, Optional<RoiResult> campaign) {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(campaign, "campaign");
    return compute(ScoreColumns.of(scored), campaign);
  }

  /**
   * The finance widgets computed from precomputed score columns; the entry point the segment stage
   * uses.
   *
   * @param k the score columns of the scored base (one entry per customer, in customer-index order)
   * @param campaign the ROI simulator's campaign whose revenue is the saved revenue
   * @return the revenue waterfall and the discount-harm analysis (absent without the
   *     discounted-purchases column)
   */
  static Finance compute(ScoreColumns k, Optional<RoiResult> campaign) {
    double[] retained = RevenueModel.retainedRevenue(k, k.scored.options().horizonDays());
    double potential = 0;
    double atRisk = 0;
    for (int c = 0; c < k.n; c++) {
      potential += k.ltv[c];
      if (ScoreColumns.atLeastHigh(k.risk[c])) {
        atRisk += retained[c] * k.churn(c);
      }
    }
    double saved = campaign.map(RoiResult::revenue).orElse(0.0);
    Finance.RevenueWaterfall waterfall =
        new Finance.RevenueWaterfall(potential, atRisk, saved, potential - atRisk + saved);
    if (!k.base.has(Field.DISCOUNTED_PURCHASES)) {
      return new Finance(
          waterfall,
          Optional.empty(),
          List.of(Absence.of("discount-harm", Field.DISCOUNTED_PURCHASES)));
    }
    Finance.DiscountHarm harm = discountHarm(k);
    return new Finance(waterfall, Optional.of(harm), harm.absences());
  }

  static Finance.DiscountHarm discountHarm(ScoreColumns k) {
    DiscountProfile.Kind[] kinds = DiscountProfile.Kind.values();
    IntList.Builder[] members = new IntList.Builder[kinds.length];
    double[] ltv = new double[kinds.length];
    double[] purchases = new double[kinds.length];
    int[] repeat = new int[kinds.length];
    double[] churn = new double[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      members[i] = new IntList.Builder();
    }
    for (int c = 0; c < k.n; c++) {
      int d = k.base.discountedPurchases(c).orElse(-1);
      int g = DiscountProfile.of(k.purchases[c], d).kind().ordinal();
      members[g].add(c);
      ltv[g] += k.ltv[c];
      purchases[g] += k.purchases[c];
      repeat[g] += k.purchases[c] >= 2 ? 1 : 0;
      churn[g] += k.churn(c);
    }
    List<Finance.DiscountGroup> groups = new ArrayList<>(kinds.length);
    for (int i = 0; i < kinds.length; i++) {
      int m = members[i].size();
      String key = kinds[i].name().toLowerCase(Locale.ROOT).replace('_', '-');
      groups.add(
          new Finance.DiscountGroup(
              kinds[i],
              new CustomerGroup(key, members[i].build()),
              avg(ltv[i], m),
              avg(purchases[i], m),
              avg(repeat[i], m),
              avg(churn[i], m)));
    }
    List<Finance.DiscountEffect> effects = new ArrayList<>();
    List<Absence> absences = new ArrayList<>();
    elasticity(k, effects, absences);
    return new Finance.DiscountHarm(groups, effects, absences);
  }

  /**
   * The discount elasticity: the discount-sensitive customers against all the others, with the
   * retention drivers' tests ({@link RetentionDrivers#compare} for means, {@link
   * RetentionDrivers#independence} for shares) and their 95 % intervals.
   */
  private static void elasticity(
      ScoreColumns k, List<Finance.DiscountEffect> effects, List<Absence> absences) {
    boolean[] sensitive = new boolean[k.n];
    double[] ltv = new double[k.n];
    double[] cheque = new double[k.n];
    double[] purchases = new double[k.n];
    boolean[] repeat = new boolean[k.n];
    boolean[] churned = new boolean[k.n];
    for (int c = 0; c < k.n; c++) {
      int d = k.base.discountedPurchases(c).orElse(-1);
      sensitive[c] = DiscountProfile.of(k.purchases[c], d).kind() == DiscountProfile.Kind.SENSITIVE;
      ltv[c] = k.ltv[c];
      cheque[c] = k.purchases[c] > 0 ? k.ltv[c] / k.purchases[c] : 0;
      purchases[c] = k.purchases[c];
      repeat[c] = k.purchases[c] >= 2;
      churned[c] = ScoreColumns.atLeastHigh(k.risk[c]);
    }
    double level = ConfidenceInterval.DEFAULT_LEVEL;
    mean("ltv", ltv, sensitive, level, effects, absences);
    mean("cheque", cheque, sensitive, level, effects, absences);
    mean("purchases", purchases, sensitive, level, effects, absences);
    share("repeat-rate", repeat, sensitive, level, effects, absences);
    share("churn", churned, sensitive, level, effects, absences);
  }

  private static void mean(
      String metric,
      double[] values,
      boolean[] sensitive,
      double level,
      List<Finance.DiscountEffect> effects,
      List<Absence> absences) {
    String[] why = {""};
    Optional<LtvComparison> t = RetentionDrivers.compare(values, sensitive, r -> why[0] = r);
    if (t.isPresent()) {
      LtvComparison x = t.get();
      effects.add(
          new Finance.DiscountEffect(
              metric, x.meanWith(), x.meanWithout(), x.differenceInterval(level), x.p()));
    } else {
      absences.add(absence(metric, why[0]));
    }
  }

  private static void share(
      String metric,
      boolean[] outcome,
      boolean[] sensitive,
      double level,
      List<Finance.DiscountEffect> effects,
      List<Absence> absences) {
    String[] why = {""};
    Optional<IndependenceTest> t =
        RetentionDrivers.independence(sensitive, outcome, r -> why[0] = r);
    if (t.isPresent()) {
      IndependenceTest x = t.get();
      effects.add(
          new Finance.DiscountEffect(
              metric,
              x.outcomeRateWith(),
              x.outcomeRateWithout(),
              x.differenceInterval(level),
              x.p()));
    } else {
      absences.add(absence(metric, why[0]));
    }
  }

  private static Absence absence(String metric, String why) {
    return new Absence("discount-elasticity:" + metric, Optional.empty(), why);
  }

  private static OptionalDouble avg(double sum, int count) {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
  }
}
