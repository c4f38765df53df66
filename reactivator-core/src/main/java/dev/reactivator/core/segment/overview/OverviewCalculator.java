package dev.reactivator.core.segment.overview;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.internal.CallOrder;
import dev.reactivator.core.segment.internal.RevenueModel;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Computes the {@link Overview} of a {@link ScoredBase}. Stateless.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class OverviewCalculator {
  private OverviewCalculator() {}

  /**
   * The overview of {@code scored} with the default options.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @return the overview of {@code scored} with the default options
   */
  public static Overview compute(ScoredBase scored) {
    return compute(scored, OverviewOptions.defaults());
  }

  /**
   * The overview of {@code scored}.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @param options the health weights, alarm level, critical pause multiple and save-first count
   * @return the overview of {@code scored}
   */
  public static Overview compute(ScoredBase scored, OverviewOptions options) {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(options, "options");
    return compute(ScoreColumns.of(scored), options);
  }

  /**
   * The overview computed from precomputed score columns; the entry point the segment stage uses.
   *
   * @param k the score columns of the scored base (one entry per customer, in customer-index order)
   * @param o the health weights, alarm level, critical pause multiple and save-first count
   * @return the overview tab of the base
   */
  static Overview compute(ScoreColumns k, OverviewOptions o) {
    int n = k.n;
    int horizon = k.scored.options().horizonDays();
    // health, risk zones, structure
    int notLate = 0;
    int repeaters = 0;
    double churnSum = 0;
    IntList.Builder active = new IntList.Builder();
    IntList.Builder zone = new IntList.Builder();
    IntList.Builder critical = new IntList.Builder();
    double activeRevenue = 0;
    double zoneRevenue = 0;
    double criticalRevenue = 0;
    for (int c = 0; c < n; c++) {
      churnSum += k.churn(c);
      if (k.purchases[c] >= 2) {
        repeaters++;
      }
      if (k.status[c] != ScoreColumns.LATE) {
        notLate++;
        active.add(c);
        activeRevenue += k.ltv[c];
      } else if (k.pauseRatio(c) > o.criticalPauseMultiple()) {
        critical.add(c);
        criticalRevenue += k.ltv[c];
      } else {
        zone.add(c);
        zoneRevenue += k.ltv[c];
      }
    }
    double activity = n == 0 ? 0 : (double) notLate / n;
    double repeatRate = n == 0 ? 0 : (double) repeaters / n;
    double retention = n == 0 ? 0 : 1 - churnSum / n;
    double score =
        100
            * (o.activityWeight() * activity
                + o.repeatWeight() * repeatRate
                + o.retentionWeight() * retention);
    score = Math.max(0, Math.min(100, score));
    Overview.HealthIndex health =
        new Overview.HealthIndex(score, activity, repeatRate, retention, score < o.alarmBelow());
    CustomerGroup zoneGroup = new CustomerGroup("risk-zone", zone.build());
    CustomerGroup criticalGroup = new CustomerGroup("critical-churn", critical.build());
    List<Overview.StructureBar> structure =
        List.of(
            new Overview.StructureBar(new CustomerGroup("active", active.build()), activeRevenue),
            new Overview.StructureBar(zoneGroup, zoneRevenue),
            new Overview.StructureBar(criticalGroup, criticalRevenue));

    // revenue at risk by bucket, NRR
    double[] retained = RevenueModel.retainedRevenue(k, horizon);
    double[] recent = RevenueModel.recentRevenue(k, horizon);
    RiskLevel[] levels = RiskLevel.values();
    IntList.Builder[] bucket = new IntList.Builder[levels.length];
    for (int i = 0; i < levels.length; i++) {
      bucket[i] = new IntList.Builder();
    }
    double[] bucketBase = new double[levels.length];
    double[] bucketRisk = new double[levels.length];
    double currentBase = 0;
    double expansion = 0;
    double contraction = 0;
    double churnLoss = 0;
    double projected = 0;
    for (int c = 0; c < n; c++) {
      int r = k.risk[c];
      bucket[r].add(c);
      bucketBase[r] += retained[c];
      bucketRisk[r] += retained[c] * k.churn(c);
      // B − p × B + (1 − p) × (R − B) = (1 − p) × R: each customer's current revenue, less what
      // leaves if they churn, plus or minus the change of those who stay
      double stay = 1 - k.churn(c);
      double change = stay * (retained[c] - recent[c]);
      currentBase += recent[c];
      churnLoss += k.churn(c) * recent[c];
      if (change >= 0) {
        expansion += change;
      } else {
        contraction -= change;
      }
      projected += stay * retained[c];
    }
    List<Overview.RiskBucket> buckets = new ArrayList<>(levels.length);
    double riskAll = 0;
    double riskHigh = 0;
    for (int i = 0; i < levels.length; i++) {
      buckets.add(
          new Overview.RiskBucket(
              levels[i],
              new CustomerGroup(levels[i].name().toLowerCase(Locale.ROOT), bucket[i].build()),
              bucketBase[i],
              bucketRisk[i]));
      riskAll += bucketRisk[i];
      if (levels[i].atLeastHigh()) {
        riskHigh += bucketRisk[i];
      }
    }
    Overview.NrrWaterfall nrr =
        new Overview.NrrWaterfall(
            currentBase,
            !k.base.has(Field.PURCHASE_DATE),
            expansion,
            contraction,
            churnLoss,
            projected,
            currentBase > 0
                ? OptionalDouble.of(100 * projected / currentBase)
                : OptionalDouble.empty());

    return new Overview(
        k.base.purchaseCount(),
        n,
        health,
        new Overview.Share(zoneGroup, n == 0 ? 0 : (double) zoneGroup.size() / n),
        new Overview.Share(criticalGroup, n == 0 ? 0 : (double) criticalGroup.size() / n),
        new Overview.RevenueAtRisk(riskHigh, riskAll, buckets),
        topToSave(k, o.topToSave()),
        nrr,
        structure);
  }

  /**
   * The head of the call list ({@link CallOrder}): the customers with the most money to save by a
   * call now, due, overdue and critical ones first, so that the overview and the call list name the
   * same people.
   */
  static List<Overview.SaveCandidate> topToSave(ScoreColumns k, int top) {
    int[] head = CallOrder.of(k).order;
    IntList sorted = IntList.of(head, Math.min(head.length, Math.max(0, top)));
    List<Overview.SaveCandidate> out = new ArrayList<>(Math.min(top, sorted.size()));
    for (int i = 0; i < sorted.size() && i < top; i++) {
      int c = sorted.getInt(i);
      out.add(
          new Overview.SaveCandidate(
              c,
              k.displayName(c),
              LocalDate.ofEpochDay(k.base.lastPurchaseDay(c)),
              k.daysSince[c],
              100 * k.churn(c),
              k.ltv[c]));
    }
    return out;
  }
}
