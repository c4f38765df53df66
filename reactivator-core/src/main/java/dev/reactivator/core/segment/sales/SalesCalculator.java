package dev.reactivator.core.segment.sales;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.features.ExactSum;
import dev.reactivator.core.score.CallValue;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.PurchaseTiming;
import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.TimingStatus;
import dev.reactivator.core.segment.internal.CallOrder;
import dev.reactivator.core.segment.internal.LazyList;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
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
    double[] negatedCheck = new double[n];
    for (int c = 0; c < n; c++) {
      negatedCheck[c] = -averageCheck(k.ltv[c], k.purchases[c]);
    }
    boolean[] lowCheck = ScoreColumns.topShare(negatedCheck, LOW_CHECK_SHARE);
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
    Channel[] primaryOf = new Channel[n];
    Channel[] secondaryOf = new Channel[n];
    IntList.Builder[] byRule = builders(table.size());
    IntList.Builder[] byChannel = builders(Channel.values().length);
    IntList.Builder[] byTone = builders(Tone.values().length);
    IntList.Builder[] byForecast = builders(ReturnForecast.values().length);
    IntList.Builder[] byPriority = builders(Priority.values().length);
    CallOrder order = CallOrder.of(k);
    Priority[] priority = priorities(order, o);
    int[] score = priorityScores(order.saved);
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
              k.churn(c),
              k.ret[c],
              vip[c],
              complaints,
              spike,
              kind,
              STATUSES[k.status[c]],
              k.purchases[c] >= 2,
              k.ltv[c],
              k.pauseRatio(c),
              lowCheck[c]);
      int r = o.rules().firstMatchIndex(view);
      r = r < 0 ? fallback : r;
      Rule rule = table.get(r);
      ruleOf[c] = r;
      byRule[r].add(c);
      Channel[] chosen = channelsOf(rule, k.base.hasPhone(c), k.base.hasEmail(c));
      primaryOf[c] = chosen[0];
      secondaryOf[c] = chosen[1];
      byChannel[chosen[0].ordinal()].add(c);
      byTone[rule.tone().ordinal()].add(c);
      byForecast[o.forecastOf(k.ret[c]).ordinal()].add(c);
      byPriority[priority[c].ordinal()].add(c);
    }

    List<CallListRow> callList =
        callList(k, o, table, ruleOf, primaryOf, secondaryOf, order, priority, score, nbp);
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
   * A customer's average check, the one {@link CustomerView#lowCheck()} ranks: historical LTV /
   * purchases (at least one).
   *
   * @param ltv the historical LTV (total spent)
   * @param purchases the purchases
   * @return the average check
   */
  public static double averageCheck(double ltv, int purchases) {
    return ltv / Math.max(1, purchases);
  }

  /**
   * The rank of the low-check threshold among the average checks of {@code n} customers: a
   * customer's check is low ({@link CustomerView#lowCheck()}) when it is at most the {@code k}-th
   * smallest check, {@code k = ⌈}{@link #LOW_CHECK_SHARE}{@code × n⌉} (at least 1, at most n).
   *
   * @param n the customers, at least 1
   * @return the rank {@code k}, 1-based
   */
  public static long lowCheckRank(long n) {
    return ScoreColumns.topShareCount(n, LOW_CHECK_SHARE);
  }

  /**
   * The customer's first and second channel under {@code rule}: the first reachable of the rule's
   * primary, the rule's secondary, then e-mail, messenger, call; the second is the next reachable
   * one, or the first again (a follow-up through the same channel) when only one is reachable;
   * {@link Channel#NO_CONTACT} for both when the customer has neither a phone nor an e-mail.
   *
   * @param rule the rule that matched ({@link RuleTable#firstMatch})
   * @param phone whether the customer has a phone
   * @param email whether the customer has an e-mail
   * @return the first and the second channel
   */
  public static List<Channel> channels(Rule rule, boolean phone, boolean email) {
    return List.of(channelsOf(Objects.requireNonNull(rule, "rule"), phone, email));
  }

  /**
   * The priority of a first-tier customer (due, overdue or critical) from the expected money saved
   * of the first-tier customers called before it: HIGH while that is below {@code highShare} of the
   * first tier's whole expected money saved, MEDIUM while below {@code mediumShare}, else LOW.
   * Customers whose amounts are equal as floats (as the call order compares them) are "before" none
   * of each other, so they share the level. Both sums are exact sums rounded once ({@link
   * dev.reactivator.core.features.ExactSum}), so sums computed by partitions give the same level.
   *
   * @param before the expected money saved of the first-tier customers whose amount (as a float) is
   *     larger
   * @param total the expected money saved of the whole first tier
   * @param o the shares
   * @return the priority
   */
  public static Priority priorityOf(double before, double total, SalesOptions o) {
    return before < o.highShare() * total
        ? Priority.HIGH
        : before < o.mediumShare() * total ? Priority.MEDIUM : Priority.LOW;
  }

  /**
   * The share of customers with the lowest average checks (historical LTV / purchases) that {@link
   * CustomerView#lowCheck()} flags: the bottom quarter, ties included.
   */
  public static final double LOW_CHECK_SHARE = 0.25;

  /** The channels tried after the rule's two, cheapest first. */
  private static final Channel[] FALLBACK_CHANNELS = {
    Channel.EMAIL, Channel.MESSENGER, Channel.CALL
  };

  /**
   * The customer's first and second channel: the first reachable of the rule's primary, the rule's
   * secondary, then e-mail, messenger, call; the second is the next reachable one, or the first
   * again (a follow-up through the same channel) when only one is reachable; {@link
   * Channel#NO_CONTACT} for both when the customer has neither a phone nor an e-mail.
   */
  static Channel[] channelsOf(Rule rule, boolean phone, boolean email) {
    Channel first = null;
    Channel second = null;
    Channel[] candidates = {
      rule.primary(),
      rule.secondary(),
      FALLBACK_CHANNELS[0],
      FALLBACK_CHANNELS[1],
      FALLBACK_CHANNELS[2]
    };
    for (Channel ch : candidates) {
      if (!ch.reachable(phone, email) || ch == first) {
        continue;
      }
      if (first == null) {
        first = ch;
      } else {
        second = ch;
        break;
      }
    }
    if (first == null) {
      return new Channel[] {Channel.NO_CONTACT, Channel.NO_CONTACT};
    }
    return new Channel[] {first, second == null ? first : second};
  }

  /**
   * The priority of every customer: walking the call order, a first-tier row (due, overdue or
   * critical) is HIGH while the first-tier rows before it hold less than {@code highShare} of the
   * first tier's expected money saved, MEDIUM while less than {@code mediumShare}, else LOW; every
   * not-yet-due customer is LOW.
   */
  static Priority[] priorities(CallOrder order, SalesOptions o) {
    Priority[] p = new Priority[order.order.length];
    double total = order.firstTierSaved;
    ExactSum before = new ExactSum();
    Priority previous = null;
    float previousSaved = Float.NaN;
    for (int c : order.order) {
      if (!order.firstTier[c]) {
        p[c] = Priority.LOW;
        continue;
      }
      // equal amounts (as the order compares them) share the level, whatever their indices
      float saved = (float) order.saved[c];
      p[c] = saved == previousSaved ? previous : priorityOf(before.doubleValue(), total, o);
      previous = p[c];
      previousSaved = saved;
      before.add(order.saved[c]);
    }
    return p;
  }

  /**
   * The priority scores: {@code round(100 × ln(1 + saved) / ln(1 + the largest saved))}, 0 when
   * nobody has anything to save.
   */
  static int[] priorityScores(double[] saved) {
    double max = 0;
    for (double v : saved) {
      max = Math.max(max, v);
    }
    int[] score = new int[saved.length];
    for (int c = 0; c < saved.length; c++) {
      score[c] = priorityScore(saved[c], max);
    }
    return score;
  }

  /**
   * One customer's priority score, 0 to 100: {@code round(100 × ln(1 + saved) / ln(1 + the largest
   * saved))}, 0 when nobody has anything to save.
   *
   * @param saved the customer's expected money saved ({@link CallValue#saved})
   * @param largest the largest expected money saved of the base
   * @return the score
   */
  public static int priorityScore(double saved, double largest) {
    double logMax = Math.log1p(largest);
    double v = logMax > 0 ? 100 * Math.log1p(saved) / logMax : 0;
    return (int) Math.max(0, Math.min(100, Math.round(v)));
  }

  /**
   * The contact deadline in days, from the priority and the customer's own cycle: overdue → the
   * priority's deadline; due now → the priority's deadline, at most the days left in the "now"
   * window (at least 1); not yet due and not critical → the days until the expected next purchase,
   * at least the priority's deadline.
   *
   * @param priorityDeadline the priority's deadline ({@link SalesOptions#deadlineDays})
   * @param t the customer's purchase timing
   * @param firstTier whether the customer is in the first tier ({@link CallValue#firstTier})
   * @param windowDays the "now" window, {@code max(minWindowDays, windowFraction × cycle)}
   * @return the deadline in days
   */
  public static int deadlineDays(
      int priorityDeadline, PurchaseTiming t, boolean firstTier, double windowDays) {
    return switch (t.status()) {
      case LATE -> priorityDeadline;
      case NOW ->
          (int) Math.max(1, Math.min(priorityDeadline, Math.floor(windowDays - t.daysOverdue())));
      case EXPECTED -> firstTier ? priorityDeadline : Math.max(priorityDeadline, -t.daysOverdue());
    };
  }

  /**
   * The call list: every customer in the {@link CallOrder} (due, overdue and critical customers
   * first, each tier by the expected money saved descending, then by index); at most {@code
   * callListLimit} rows; the first {@code callsPerDay} first-tier rows are today's list.
   */
  private static List<CallListRow> callList(
      ScoreColumns k,
      SalesOptions o,
      List<Rule> table,
      int[] ruleOf,
      Channel[] primaryOf,
      Channel[] secondaryOf,
      CallOrder callOrder,
      Priority[] priority,
      int[] score,
      IntFunction<Optional<String>> nbp) {
    int n = k.n;
    int rows = Math.min(n, o.callListLimit());
    int[] order = callOrder.order;
    ScoredBase s = k.scored;
    CustomerFeatures f = s.features();
    double fraction = s.options().timingWindowFraction();
    int minWindow = s.options().timingMinWindowDays();
    // the rows are built when read: a million-customer call list is usually read only at its head;
    // the list keeps only the columns it needs, not all of k, and reads the customer figures from
    // the scored base rather than from k's copies, which would stay live as long as the list
    return new LazyList<>(
        rows,
        i -> {
          int c = order[i];
          Rule rule = table.get(ruleOf[c]);
          Priority p = priority[c];
          Optional<String> product =
              Objects.requireNonNull(nbp.apply(c), "next best product of customer " + c);
          String name = s.base().name(c).orElseGet(() -> s.base().pseudonym(c));
          PurchaseTiming timing = s.timing(c);
          boolean first = callOrder.firstTier[c];
          double window = Math.max(minWindow, fraction * f.cycle(c));
          double ret = s.returnProbability(c);
          return new CallListRow(
              i + 1,
              c,
              name,
              f.purchaseCount(c),
              f.totalSpent(c),
              timing,
              ret,
              callOrder.stake[c],
              callOrder.saved[c],
              score[c],
              p,
              first && i < o.callsPerDay(),
              rule.key(),
              primaryOf[c],
              secondaryOf[c],
              rule.tone(),
              s.discountProfile(c),
              o.forecastOf(ret),
              deadlineDays(o.deadlineDays(p), timing, first, window),
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
