package dev.reactivator.core.segment.analytics;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Computes the score-based {@link ScoreAnalytics} of a {@link ScoredBase}. Stateless.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class AnalyticsCalculator {
  private AnalyticsCalculator() {}

  /**
   * The analytics of {@code scored} with the default options.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @return the analytics of {@code scored} with the default options
   */
  public static ScoreAnalytics compute(ScoredBase scored) {
    return compute(scored, AnalyticsOptions.defaults());
  }

  /**
   * The analytics of {@code scored}.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @param options the day edges of the overdue histogram
   * @return the analytics of {@code scored}
   */
  public static ScoreAnalytics compute(ScoredBase scored, AnalyticsOptions options) {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(options, "options");
    return compute(ScoreColumns.of(scored), options);
  }

  /**
   * The analytics computed from precomputed score columns; the entry point the segment stage uses.
   *
   * @param k the score columns of the scored base (one entry per customer, in customer-index order)
   * @param o the day edges of the overdue histogram
   * @return the score analytics of the base
   */
  static ScoreAnalytics compute(ScoreColumns k, AnalyticsOptions o) {
    List<Absence> absences = new ArrayList<>();
    List<ReasonCode> present = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      if (k.scored.hasReason(code)) {
        present.add(code);
      } else {
        Field missing = code.requires().orElseThrow();
        absences.add(Absence.of("radar-axis:" + key(code), missing));
      }
    }
    int axes = present.size();
    int n = k.n;
    double[][] strength = new double[axes][n];
    for (int a = 0; a < axes; a++) {
      ReasonCode code = present.get(a);
      double[] s = strength[a];
      for (int c = 0; c < n; c++) {
        s[c] = k.scored.reasonStrength(code, c);
      }
    }
    double[] sum = new double[axes];
    double[] contribution = new double[axes];
    double[] sumAtRisk = new double[axes];
    double[] contributionAtRisk = new double[axes];
    IntList.Builder[] members = new IntList.Builder[axes];
    for (int a = 0; a < axes; a++) {
      members[a] = new IntList.Builder();
    }
    int atRisk = 0;
    for (int c = 0; c < n; c++) {
      double total = 0;
      for (int a = 0; a < axes; a++) {
        total += strength[a][c];
      }
      boolean risky = ScoreColumns.atLeastHigh(k.risk[c]);
      atRisk += risky ? 1 : 0;
      for (int a = 0; a < axes; a++) {
        double s = strength[a][c];
        double share = total > 0 ? k.churn(c) * s / total : 0;
        sum[a] += s;
        contribution[a] += share;
        if (risky) {
          sumAtRisk[a] += s;
          contributionAtRisk[a] += share;
        }
        if (s > 0) {
          members[a].add(c);
        }
      }
    }
    List<ScoreAnalytics.RadarAxis> radarAxes = new ArrayList<>(axes);
    for (int a = 0; a < axes; a++) {
      radarAxes.add(
          new ScoreAnalytics.RadarAxis(
              present.get(a),
              new CustomerGroup(key(present.get(a)), members[a].build()),
              n == 0 ? 0 : sum[a] / n,
              contribution[a],
              atRisk == 0 ? 0 : sumAtRisk[a] / atRisk,
              contributionAtRisk[a]));
    }
    boolean support = k.base.has(Field.COMPLAINTS) || k.base.has(Field.TICKETS);
    return new ScoreAnalytics(
        new ScoreAnalytics.ChurnRadar(radarAxes, atRisk, support), t2np(k, o), absences);
  }

  static ScoreAnalytics.T2npDistribution t2np(ScoreColumns k, AnalyticsOptions o) {
    IntList.Builder expected = new IntList.Builder();
    IntList.Builder now = new IntList.Builder();
    IntList.Builder late = new IntList.Builder();
    IntList.Builder single = new IntList.Builder();
    List<Integer> edges = o.overdueBinEdges();
    int bins = edges.size() + 1;
    int[] edge = new int[edges.size()];
    for (int i = 0; i < edge.length; i++) {
      edge[i] = edges.get(i);
    }
    IntList.Builder[] bin = new IntList.Builder[bins];
    for (int i = 0; i < bins; i++) {
      bin[i] = new IntList.Builder();
    }
    for (int c = 0; c < k.n; c++) {
      if (k.purchases[c] < 2) {
        single.add(c);
      } else if (k.status[c] == ScoreColumns.EXPECTED) {
        expected.add(c);
      } else if (k.status[c] == ScoreColumns.NOW) {
        now.add(c);
      } else {
        late.add(c);
        long overdue = k.daysSince[c] - Math.round(k.cycle[c]);
        int b = 0;
        while (b < edge.length && overdue > edge[b]) {
          b++;
        }
        bin[b].add(c);
      }
    }
    List<ScoreAnalytics.OverdueBin> histogram = new ArrayList<>(bins);
    int from = 1;
    for (int i = 0; i < bins; i++) {
      boolean last = i == edge.length;
      String key = last ? from + "+" : from + "-" + edge[i];
      histogram.add(
          new ScoreAnalytics.OverdueBin(
              new CustomerGroup(key, bin[i].build()),
              from,
              last ? OptionalInt.empty() : OptionalInt.of(edge[i])));
      if (!last) {
        from = edge[i] + 1;
      }
    }
    return new ScoreAnalytics.T2npDistribution(
        new CustomerGroup("expected", expected.build()),
        new CustomerGroup("now", now.build()),
        new CustomerGroup("late", late.build()),
        new CustomerGroup("not-enough-data", single.build()),
        histogram);
  }

  /** The stable key of a reason code: {@code RECENCY_DROP} → {@code recency-drop}. */
  static String key(ReasonCode code) {
    return code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
