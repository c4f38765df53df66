package dev.reactivator.core.segment.sales;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.TimingStatus;
import dev.reactivator.core.segment.internal.LazyList;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Computes the {@link SalesPlan} of a {@link ScoredBase}. Stateless.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class SalesCalculator {
  private static final RiskLevel[] LEVELS = RiskLevel.values();
  private static final TimingStatus[] STATUSES = TimingStatus.values();

  private SalesCalculator() {}

  /**
   * The sales plan of {@code scored} with the default options, VIP = top share, no next best
   * product.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @return the sales plan of {@code scored} with the default options, VIP = top share, no next
   *     best product
   */
  public static SalesPlan compute(ScoredBase scored) {
    return compute(scored, SalesOptions.defaults());
  }

  /**
   * The sales plan of {@code scored}, VIP = the options' top share by LTV, no next best product.
   *
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @param options the channel, tone and priority rules and the call-list limit
   * @return the sales plan of {@code scored}, VIP = the options' top share by LTV, no next best
   *     product
   */
  public static SalesPlan compute(ScoredBase scored, SalesOptions options) {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(options, "options");
    return compute(ScoreColumns.of(scored), options, Optional.empty(), c -> Optional.empty());
  }

  /**
   * The sales plan of {@code scored}.
   *
   * @param vip the VIP flag by customer index (for example ABC group A); absent → the top {@link
   *     SalesOptions#vipTopShare()} by historical LTV
   * @param nextBestProduct the product to offer by customer index (computed elsewhere)
   * @param scored the scored base: the customer base with every customer's churn, return and value
   *     scores
   * @param options the channel, tone and priority rules and the call-list limit
   * @return the sales plan of {@code scored}
   */
  public static SalesPlan compute(
      ScoredBase scored,
      SalesOptions options,
      Optional<IntPredicate> vip,
      IntFunction<Optional<String>> nextBestProduct) {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(vip, "vip");
    Objects.requireNonNull(nextBestProduct, "nextBestProduct");
    return compute(ScoreColumns.of(scored), options, vip, nextBestProduct);
  }

  /**
   * The sales plan computed from precomputed score columns; the entry point the segment stage uses.
   *
   * @param k the score columns of the scored base (one entry per customer, in customer-index order)
   * @param o the channel, tone and priority rules and the call-list limit
   * @param vipInput the VIP flag by customer index from the input, or empty to take the top LTV
   *     share
   * @param nbp each customer's next best product by customer index, empty when there is none
   * @return the call list and its groups
   */
  static SalesPlan compute(
      ScoreColumns k,
      SalesOptions o,
      Optional<IntPredicate> vipInput,
      IntFunction<Optional<String>> nbp) {
    int n = k.n;
    ScoredBase s = k.scored;
    boolean[] vip;
    if (vipInput.isPresent()) {
      IntPredicate p = vipInput.get();
      vip = new boolean[n];
      for (int c = 0; c < n; c++) {
        vip[c] = p.test(c);
      }
    } else {
      vip = ScoreColumns.topShare(k.ltv, o.vipTopShare());
    }
    List<Absence> absences = new ArrayList<>();
    boolean hasComplaints = k.base.has(Field.COMPLAINTS);
    boolean hasSpike = s.hasReason(ReasonCode.SUPPORT_SPIKE);
    boolean hasDiscounts = k.base.has(Field.DISCOUNTED_PURCHASES);
    if (!hasComplaints) {
      absences.add(Absence.of("rule-condition:complaints", Field.COMPLAINTS));
    }
    if (!hasSpike) {
      absences.add(Absence.of("rule-condition:support-spike", Field.TICKETS));
    }
    if (!hasDiscounts) {
      absences.add(Absence.of("rule-condition:discount-profile", Field.DISCOUNTED_PURCHASES));
    }

    // rules
    // the table plus the fallback at the end: a rule's group index is its position
    List<Rule> table = new ArrayList<>(o.rules().rules());
    int fallback = table.size();
    table.add(RuleTable.FALLBACK);
    int[] ruleOf = new int[n];
    IntList.Builder[] byRule = builders(table.size());
    IntList.Builder[] byChannel = builders(Channel.values().length);
    IntList.Builder[] byTone = builders(Tone.values().length);
    IntList.Builder[] byForecast = builders(ReturnForecast.values().length);
    IntList.Builder[] byPriority = builders(Priority.values().length);
    double maxStake = 0;
    for (int c = 0; c < n; c++) {
      maxStake = Math.max(maxStake, k.ltv[c] * k.churn[c]);
    }
    double logMax = Math.log1p(maxStake);
    int[] score = new int[n];
    for (int c = 0; c < n; c++) {
      OptionalInt complaints = hasComplaints ? s.base().complaints(c) : OptionalInt.empty();
      boolean spike = hasSpike && s.reasonStrength(ReasonCode.SUPPORT_SPIKE, c) > 0;
      DiscountProfile.Kind kind =
          hasDiscounts
              ? DiscountProfile.of(k.purchases[c], k.base.discountedPurchases(c).orElse(-1)).kind()
              : DiscountProfile.Kind.UNKNOWN;
      CustomerView view =
          new CustomerView(
              c,
              LEVELS[k.risk[c]],
              k.churn[c],
              k.ret[c],
              vip[c],
              complaints,
              spike,
              kind,
              STATUSES[k.status[c]],
              k.purchases[c] >= 2,
              k.ltv[c],
              k.pauseRatio(c));
      int r = o.rules().firstMatchIndex(view);
      r = r < 0 ? fallback : r;
      Rule rule = table.get(r);
      ruleOf[c] = r;
      byRule[r].add(c);
      byChannel[rule.primary().ordinal()].add(c);
      byTone[rule.tone().ordinal()].add(c);
      byForecast[o.forecastOf(k.ret[c]).ordinal()].add(c);
      score[c] = priorityScore(k.ltv[c] * k.churn[c], logMax, k.ret[c], o.stakeWeight());
      byPriority[o.priorityOf(score[c]).ordinal()].add(c);
    }

    List<CallListRow> callList = callList(k, o, table, ruleOf, score, logMax, nbp);
    List<CustomerGroup> rules = new ArrayList<>(table.size());
    for (int i = 0; i < table.size(); i++) {
      // the fallback group is listed only when the table has no rule of its own with that key
      if (i < fallback
          || table.subList(0, fallback).stream()
              .noneMatch(x -> x.key().equals(RuleTable.FALLBACK.key()))) {
        rules.add(new CustomerGroup(table.get(i).key(), byRule[i].build()));
      }
    }
    List<CustomerGroup> channels = new ArrayList<>();
    for (Channel ch : Channel.values()) {
      channels.add(new CustomerGroup(ch.key(), byChannel[ch.ordinal()].build()));
    }
    List<CustomerGroup> tones = new ArrayList<>();
    for (Tone t : Tone.values()) {
      tones.add(new CustomerGroup(t.key(), byTone[t.ordinal()].build()));
    }
    List<CustomerGroup> forecast = new ArrayList<>();
    for (ReturnForecast f : ReturnForecast.values()) {
      forecast.add(new CustomerGroup(f.key(), byForecast[f.ordinal()].build()));
    }
    List<CustomerGroup> priorities = new ArrayList<>();
    for (Priority p : Priority.values()) {
      priorities.add(new CustomerGroup(p.key(), byPriority[p.ordinal()].build()));
    }
    return new SalesPlan(channels, tones, rules, forecast, priorities, callList, absences);
  }

  /**
   * The priority score: {@code round(100 × (w × ln(1 + stake) / ln(1 + max stake) + (1 − w) ×
   * return))} with {@code stake = LTV × churn}; the stake term is 0 when the largest stake is 0.
   */
  static int priorityScore(
      double stake, double logMax, double returnProbability, double stakeWeight) {
    double stakeTerm = logMax > 0 ? Math.log1p(Math.max(0, stake)) / logMax : 0;
    double v = 100 * (stakeWeight * stakeTerm + (1 - stakeWeight) * returnProbability);
    return (int) Math.max(0, Math.min(100, Math.round(v)));
  }

  /**
   * The call list: every customer, by priority score descending, then by the stake's log scale
   * (quantised to 2⁻²⁴) descending, then by index; at most {@code callListLimit} rows.
   */
  private static List<CallListRow> callList(
      ScoreColumns k,
      SalesOptions o,
      List<Rule> table,
      int[] ruleOf,
      int[] score,
      double logMax,
      IntFunction<Optional<String>> nbp) {
    int n = k.n;
    long[] keys = new long[n];
    for (int c = 0; c < n; c++) {
      double stakeTerm = logMax > 0 ? Math.log1p(k.ltv[c] * k.churn[c]) / logMax : 0;
      long q = Math.min((1L << 24) - 1, (long) Math.floor(stakeTerm * (1 << 24)));
      long rankKey = ((long) (100 - score[c]) << 24) | ((1L << 24) - 1 - q);
      keys[c] = (rankKey << 32) | c;
    }
    Arrays.sort(keys);
    int rows = Math.min(n, o.callListLimit());
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = (int) (keys[i] & 0xffffffffL);
    }
    ScoredBase s = k.scored;
    int[] purchases = k.purchases;
    double[] ltv = k.ltv;
    double[] ret = k.ret;
    // the rows are built when read: a million-customer call list is usually read only at its head;
    // the list keeps only the columns it needs, not all of k
    return new LazyList<>(
        rows,
        i -> {
          int c = order[i];
          Rule rule = table.get(ruleOf[c]);
          Priority p = o.priorityOf(score[c]);
          Optional<String> product =
              Objects.requireNonNull(nbp.apply(c), "next best product of customer " + c);
          String name = s.base().name(c).orElseGet(() -> s.base().pseudonym(c));
          return new CallListRow(
              i + 1,
              c,
              name,
              purchases[c],
              ltv[c],
              s.timing(c),
              ret[c],
              score[c],
              p,
              rule.key(),
              rule.primary(),
              rule.secondary(),
              rule.tone(),
              s.discountProfile(c),
              o.forecastOf(ret[c]),
              o.deadlineDays(p),
              rule.explanationKey(),
              product);
        });
  }

  private static IntList.Builder[] builders(int count) {
    IntList.Builder[] b = new IntList.Builder[count];
    for (int i = 0; i < count; i++) {
      b[i] = new IntList.Builder();
    }
    return b;
  }
}
