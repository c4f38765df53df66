package dev.reactivator.core.segment.lifecycle;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.internal.ProductHistory;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The customer-development vocabulary of seed 004 for one scored base: every customer's lifecycle
 * stage, renewal share and number of distinct products, ARPU and its growth for existing customers,
 * the upsell share of revenue and the early-warning triggers. The one definition of each; {@code
 * analysis.json}, the dashboard, the CSV files and the executive summary read them from here.
 *
 * <p>Stages (each customer exactly one; the first rule that holds wins):
 *
 * <ol>
 *   <li>{@code at-risk}: churn risk HIGH or CRITICAL;
 *   <li>{@code onboarding}: first purchase fewer than {@link #ONBOARDING_DAYS} days before the
 *       analysis date;
 *   <li>{@code expansion}: an occasion of the last {@link #YEAR_DAYS} days, after the first, has a
 *       product new to the customer (not marked as a renewal);
 *   <li>{@code renewal}: an occasion of the last {@link #YEAR_DAYS} days has a product the customer
 *       bought in an earlier occasion, or a product marked as a renewal by its name («Продление
 *       …»);
 *   <li>{@code adoption}: everyone else.
 * </ol>
 *
 * <p>Stages, renewal shares and the revenue figures need true purchase dates ({@link
 * Field#PURCHASE_DATE}) and are absent without them; the distinct products and the early warnings
 * are always computed (a trigger whose reason code lacks its column is absent).
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerLifecycle {
  /** The onboarding window: a first purchase fewer than this many days ago (8 weeks, seed 004). */
  public static final int ONBOARDING_DAYS = 56;

  /** The length of a "12 months" window, in days. */
  public static final int YEAR_DAYS = 365;

  /** The renewal share from which a customer counts as renewing (seed 000: ≥ 33 %). */
  public static final double RENEWAL_SHARE_THRESHOLD = 0.33;

  private static final LifecycleStage[] STAGES = LifecycleStage.values();

  private final byte[] stageOf; // null without dates
  private final List<CustomerGroup> stages;
  private final double[] renewalShare; // null without dates
  private final int[] distinctProducts;
  private final Optional<RevenueGrowth> growth;
  private final List<EarlyWarning> earlyWarnings;
  private final CustomerGroup warned;
  private final byte[] triggers; // bit i: the i-th of earlyWarnings fires
  private final List<Absence> absences;

  private CustomerLifecycle(
      byte[] stageOf,
      List<CustomerGroup> stages,
      double[] renewalShare,
      int[] distinctProducts,
      Optional<RevenueGrowth> growth,
      List<EarlyWarning> earlyWarnings,
      CustomerGroup warned,
      byte[] triggers,
      List<Absence> absences) {
    this.stageOf = stageOf;
    this.stages = List.copyOf(stages);
    this.renewalShare = renewalShare;
    this.distinctProducts = distinctProducts;
    this.growth = growth;
    this.earlyWarnings = List.copyOf(earlyWarnings);
    this.warned = warned;
    this.triggers = triggers;
    this.absences = List.copyOf(absences);
  }

  /**
   * Computes every figure of {@code scored}.
   *
   * @param scored the scored base: purchases and risk levels
   * @return the stages, shares, revenue figures and triggers, each present or absent with a reason
   */
  public static CustomerLifecycle of(ScoredBase scored) {
    Objects.requireNonNull(scored, "scored");
    CustomerBase base = scored.base();
    int n = base.size();
    List<Absence> absences = new ArrayList<>();
    ProductHistory history = new ProductHistory(base);
    int[] distinct = new int[n];
    for (int c = 0; c < n; c++) {
      distinct[c] = history.distinctProducts(c);
    }

    byte[] stageOf = null;
    double[] renewal = null;
    List<CustomerGroup> stageGroups = List.of();
    Optional<RevenueGrowth> growth = Optional.empty();
    if (base.has(Field.PURCHASE_DATE)) {
      stageOf = new byte[n];
      renewal = new double[n];
      int today = base.asOfDay();
      int yearStart = today - YEAR_DAYS; // the last 12 months: yearStart < day <= today
      int previousStart = yearStart - YEAR_DAYS;
      int active = 0;
      int existing = 0;
      double revenue = 0;
      double upsell = 0;
      double existingNow = 0;
      double existingBefore = 0;
      // per customer: [renewals, renewed in the year, expanded in the year, spent in the year,
      // spent in the year before, upsell in the year]
      double[] acc = new double[6];
      for (int c = 0; c < n; c++) {
        Arrays.fill(acc, 0);
        final int cc = c;
        history.walk(
            c,
            (k, renewed, fresh) -> {
              int day = base.purchaseDay(cc, k);
              double amount = base.purchaseAmount(cc, k);
              if (renewed) {
                acc[0]++;
              }
              if (day > yearStart && day <= today) {
                acc[3] += amount;
                acc[5] += fresh;
                if (renewed) {
                  acc[1] = 1;
                }
                if (fresh > 0) {
                  acc[2] = 1;
                }
              } else if (day > previousStart && day <= yearStart) {
                acc[4] += amount;
              }
            });
        renewal[c] = acc[0] / base.purchaseCount(c);
        boolean inYear = acc[3] > 0;
        if (inYear) {
          active++;
          revenue += acc[3];
          upsell += acc[5];
          if (acc[4] > 0) {
            existing++;
            existingNow += acc[3];
            existingBefore += acc[4];
          }
        }
        LifecycleStage stage;
        if (scored.riskLevel(c).atLeastHigh()) {
          stage = LifecycleStage.AT_RISK;
        } else if (today - base.firstPurchaseDay(c) < ONBOARDING_DAYS) {
          stage = LifecycleStage.ONBOARDING;
        } else if (acc[2] > 0) {
          stage = LifecycleStage.EXPANSION;
        } else if (acc[1] > 0) {
          stage = LifecycleStage.RENEWAL;
        } else {
          stage = LifecycleStage.ADOPTION;
        }
        stageOf[c] = (byte) stage.ordinal();
      }
      stageGroups = groups(stageOf);
      growth =
          Optional.of(
              growth(active, revenue, existing, existingNow, existingBefore, upsell, absences));
    } else {
      absences.add(Absence.of("lifecycle", Field.PURCHASE_DATE));
      absences.add(Absence.of("driver:renewal-share", Field.PURCHASE_DATE));
      absences.add(Absence.of("arpu", Field.PURCHASE_DATE));
      absences.add(Absence.of("arpu-growth", Field.PURCHASE_DATE));
      absences.add(Absence.of("upsell-share", Field.PURCHASE_DATE));
    }

    List<EarlyWarning> warnings = new ArrayList<>();
    byte[] mask = new byte[n];
    for (ReasonCode code : ReasonCode.values()) {
      if (code == ReasonCode.DISCOUNT_DEPENDENCE) {
        continue;
      }
      String key = EarlyWarning.key(code);
      if (!scored.hasReason(code)) {
        absences.add(
            Absence.of(
                "early-warning:" + key, code.requires().orElseThrow(IllegalStateException::new)));
        continue;
      }
      IntList.Builder members = new IntList.Builder();
      for (int c = 0; c < n; c++) {
        if (scored.reasonStrength(code, c) > 0) {
          members.add(c);
          mask[c] |= (byte) (1 << warnings.size());
        }
      }
      warnings.add(new EarlyWarning(code, new CustomerGroup(key, members.build())));
    }
    IntList.Builder warnedMembers = new IntList.Builder();
    for (int c = 0; c < n; c++) {
      if (mask[c] != 0) {
        warnedMembers.add(c);
      }
    }
    return new CustomerLifecycle(
        stageOf,
        stageGroups,
        renewal,
        distinct,
        growth,
        warnings,
        new CustomerGroup("early-warning", warnedMembers.build()),
        mask,
        absences);
  }

  private static List<CustomerGroup> groups(byte[] stageOf) {
    List<CustomerGroup> out = new ArrayList<>(STAGES.length);
    for (LifecycleStage s : STAGES) {
      IntList.Builder members = new IntList.Builder();
      for (int c = 0; c < stageOf.length; c++) {
        if (stageOf[c] == s.ordinal()) {
          members.add(c);
        }
      }
      out.add(new CustomerGroup(s.key(), members.build()));
    }
    return out;
  }

  private static RevenueGrowth growth(
      int active,
      double revenue,
      int existing,
      double now,
      double before,
      double upsell,
      List<Absence> absences) {
    OptionalDouble arpu = OptionalDouble.empty();
    OptionalDouble share = OptionalDouble.empty();
    if (active > 0) {
      arpu = OptionalDouble.of(revenue / active);
      share = OptionalDouble.of(Math.min(1.0, upsell / revenue));
    } else {
      absences.add(
          new Absence(
              "arpu",
              Optional.empty(),
              "no customer bought in the 12 months to the analysis date"));
      absences.add(
          new Absence(
              "upsell-share",
              Optional.empty(),
              "no customer bought in the 12 months to the analysis date"));
    }
    OptionalDouble arpuNow = OptionalDouble.empty();
    OptionalDouble arpuBefore = OptionalDouble.empty();
    OptionalDouble arpuGrowth = OptionalDouble.empty();
    if (existing > 0) {
      arpuNow = OptionalDouble.of(now / existing);
      arpuBefore = OptionalDouble.of(before / existing);
      arpuGrowth = OptionalDouble.of(now / before - 1);
    } else {
      absences.add(
          new Absence(
              "arpu-growth",
              Optional.empty(),
              "no customer bought both in the 12 months to the analysis date and in the 12 before"));
    }
    return new RevenueGrowth(
        active, revenue, arpu, existing, arpuNow, arpuBefore, arpuGrowth, upsell, share);
  }

  /**
   * Whether the lifecycle stages (and the renewal shares) were computed: the input had true
   * purchase dates.
   *
   * @return whether {@link #stage(int)} and {@link #renewalShare(int)} are present
   */
  public boolean hasStages() {
    return stageOf != null;
  }

  /**
   * The customers of each stage, in the order of {@link LifecycleStage}, empty stages included; the
   * group keys are {@link LifecycleStage#key()}.
   *
   * @return the five groups, or an empty list without purchase dates
   */
  public List<CustomerGroup> stages() {
    return stages;
  }

  /**
   * Customer {@code c}'s lifecycle stage.
   *
   * @param c the customer index
   * @return the stage, or empty without purchase dates
   * @throws IndexOutOfBoundsException if {@code c} is out of range
   */
  public Optional<LifecycleStage> stage(int c) {
    Objects.checkIndex(c, distinctProducts.length);
    return stageOf == null ? Optional.empty() : Optional.of(STAGES[stageOf[c]]);
  }

  /**
   * Customer {@code c}'s renewal share: its purchase occasions that contain a product it bought in
   * an earlier occasion or a product marked as a renewal, over all its occasions.
   *
   * @param c the customer index
   * @return the share in [0, 1], or empty without purchase dates
   * @throws IndexOutOfBoundsException if {@code c} is out of range
   */
  public OptionalDouble renewalShare(int c) {
    Objects.checkIndex(c, distinctProducts.length);
    return renewalShare == null ? OptionalDouble.empty() : OptionalDouble.of(renewalShare[c]);
  }

  /**
   * Whether customer {@code c} renews: renewal share at least {@link #RENEWAL_SHARE_THRESHOLD}.
   *
   * @param c the customer index
   * @return whether the customer renews; false without purchase dates
   */
  public boolean renews(int c) {
    return renewalShare(c).orElse(0) >= RENEWAL_SHARE_THRESHOLD;
  }

  /**
   * The number of distinct products customer {@code c} bought.
   *
   * @param c the customer index
   * @return the number of distinct products, at least 1
   * @throws IndexOutOfBoundsException if {@code c} is out of range
   */
  public int distinctProducts(int c) {
    return distinctProducts[c];
  }

  /**
   * ARPU, its growth for existing customers and the upsell share of revenue.
   *
   * @return the revenue figures, or empty without purchase dates
   */
  public Optional<RevenueGrowth> growth() {
    return growth;
  }

  /**
   * The early-warning triggers whose data the input has, in the order {@code pause-beyond-cycle},
   * {@code frequency-drop}, {@code check-drop}, {@code complaints}, {@code support-spike}; a
   * trigger whose column is missing is left out and recorded in {@link #absences()} as {@code
   * early-warning:<key>}.
   *
   * @return the triggers with their customers
   */
  public List<EarlyWarning> earlyWarnings() {
    return earlyWarnings;
  }

  /**
   * The keys of the early-warning triggers that fire for customer {@code c}, in the order of {@link
   * #earlyWarnings()}.
   *
   * @param c the customer index
   * @return the trigger keys, possibly empty
   * @throws IndexOutOfBoundsException if {@code c} is out of range
   */
  public List<String> earlyWarnings(int c) {
    int bits = triggers[c];
    if (bits == 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < earlyWarnings.size(); i++) {
      if ((bits & (1 << i)) != 0) {
        out.add(earlyWarnings.get(i).key());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The customers for whom at least one trigger fires (key {@code early-warning}).
   *
   * @return the warned customers, ascending
   */
  public CustomerGroup warned() {
    return warned;
  }

  /**
   * Every figure or part that is absent, and why: {@code lifecycle}, {@code driver:renewal-share},
   * {@code arpu}, {@code arpu-growth}, {@code upsell-share}, {@code early-warning:<key>}.
   *
   * @return the absences
   */
  public List<Absence> absences() {
    return absences;
  }
}
