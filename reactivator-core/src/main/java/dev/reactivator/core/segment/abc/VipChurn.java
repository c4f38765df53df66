package dev.reactivator.core.segment.abc;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "VIP churn by month": for each of the {@value #MONTHS} calendar months ending with the analysis
 * date's month, how many VIP customers (ABC class A, the VIP monitor's group) crossed into risk in
 * it and the money they carried. A VIP's risk date is the last purchase + round({@value
 * #RISK_MULTIPLE} × cycle used) days: the pause at which the empirical rule's churn reaches 0.5,
 * the seed's "sleeping whale" point. A customer is counted once, in the month of their risk date,
 * when that date is on or before the analysis date (they have not bought since, or their last
 * purchase would be later). Needs purchase dates; defined in {@code docs/metrics.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param months the {@value #MONTHS} months, oldest first; the last is the analysis date's own
 *     month, counted up to that date
 * @param earlier the VIP customers whose risk date fell before the first month, ascending by index
 *     (key {@code earlier})
 * @param earlierLtv their total spent (Σ LTV)
 * @param notCrossed how many VIP customers' risk date is after the analysis date
 */
public record VipChurn(
    List<VipChurnMonth> months, CustomerGroup earlier, double earlierLtv, int notCrossed) {

  /** How many calendar months the figure covers. */
  public static final int MONTHS = 12;

  /** The pause, in cycles, from which a VIP counts as crossed into risk. */
  public static final double RISK_MULTIPLE = PurchaseModel.EMPIRICAL_MIDPOINT;

  /** The days before the last purchase, that day included, whose revenue is "annual revenue". */
  public static final int ANNUAL_DAYS = 365;

  /**
   * Checks the components and copies the list.
   *
   * @param months the {@value #MONTHS} months, oldest first; the last is the analysis date's own
   *     month, counted up to that date
   * @param earlier the VIP customers whose risk date fell before the first month, ascending by
   *     index (key {@code earlier})
   * @param earlierLtv their total spent (Σ LTV)
   * @param notCrossed how many VIP customers' risk date is after the analysis date
   */
  public VipChurn {
    months = List.copyOf(months);
    Objects.requireNonNull(earlier, "earlier");
    if (notCrossed < 0) {
      throw new IllegalArgumentException("notCrossed must be >= 0, was " + notCrossed);
    }
  }

  /**
   * How many VIP customers crossed into risk within the {@value #MONTHS} months.
   *
   * @return the sum of the months' counts
   */
  public int count() {
    return months.stream().mapToInt(VipChurnMonth::count).sum();
  }

  /**
   * The total spent of the VIP customers who crossed into risk within the {@value #MONTHS} months.
   *
   * @return the sum of the months' Σ LTV
   */
  public double ltv() {
    return months.stream().mapToDouble(VipChurnMonth::ltv).sum();
  }

  /**
   * The annual revenue of the VIP customers who crossed into risk within the {@value #MONTHS}
   * months.
   *
   * @return the sum of the months' annual revenue
   */
  public double annualRevenue() {
    return months.stream().mapToDouble(VipChurnMonth::annualRevenue).sum();
  }

  /**
   * Customer {@code c}'s risk date: the last purchase + round({@value #RISK_MULTIPLE} × cycle used)
   * days.
   *
   * @param scored the scored base
   * @param c the customer index
   * @return the risk date as an epoch day
   */
  public static long riskDay(ScoredBase scored, int c) {
    return scored.base().lastPurchaseDay(c) + Math.round(RISK_MULTIPLE * scored.cycleDays(c));
  }

  /**
   * The VIP churn by month of {@code vips} in {@code scored}. Only meaningful with purchase dates
   * (the caller records the absence otherwise).
   *
   * @param scored the scored base
   * @param vips the VIP customers (ABC class A), any order
   * @return the months, the earlier crossings and the VIP customers not yet crossed
   */
  public static VipChurn of(ScoredBase scored, IntList vips) {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(vips, "vips");
    CustomerBase base = scored.base();
    LocalDate asOf = base.asOf();
    YearMonth last = YearMonth.from(asOf);
    YearMonth first = last.minusMonths(MONTHS - 1L);
    long firstDay = first.atDay(1).toEpochDay();
    long asOfDay = asOf.toEpochDay();
    int[] sorted = vips.intStream().sorted().distinct().toArray();
    List<IntList.Builder> members = new ArrayList<>(MONTHS);
    double[] ltv = new double[MONTHS];
    double[] annual = new double[MONTHS];
    int[] atRisk = new int[MONTHS];
    for (int m = 0; m < MONTHS; m++) {
      members.add(new IntList.Builder());
    }
    IntList.Builder earlier = new IntList.Builder();
    double earlierLtv = 0;
    int notCrossed = 0;
    for (int c : sorted) {
      long day = riskDay(scored, c);
      if (day > asOfDay) {
        notCrossed++;
      } else if (day < firstDay) {
        earlier.add(c);
        earlierLtv += scored.features().totalSpent(c);
      } else {
        YearMonth month = YearMonth.from(LocalDate.ofEpochDay(day));
        int m = (int) first.until(month, ChronoUnit.MONTHS);
        members.get(m).add(c);
        ltv[m] += scored.features().totalSpent(c);
        annual[m] += annualRevenue(base, c);
        if (scored.riskLevel(c).atLeastHigh()) {
          atRisk[m]++;
        }
      }
    }
    List<VipChurnMonth> months = new ArrayList<>(MONTHS);
    for (int m = 0; m < MONTHS; m++) {
      YearMonth month = first.plusMonths(m);
      months.add(
          new VipChurnMonth(
              month,
              new CustomerGroup(month.toString(), members.get(m).build()),
              ltv[m],
              annual[m],
              atRisk[m],
              month.equals(last)));
    }
    return new VipChurn(
        months, new CustomerGroup("earlier", earlier.build()), earlierLtv, notCrossed);
  }

  /** The revenue of the {@value #ANNUAL_DAYS} days up to and including the last purchase. */
  private static double annualRevenue(CustomerBase base, int c) {
    int k = base.purchaseCount(c);
    int from = base.lastPurchaseDay(c) - ANNUAL_DAYS;
    double s = 0;
    for (int i = k - 1; i >= 0 && base.purchaseDay(c, i) > from; i--) {
      s += base.purchaseAmount(c, i);
    }
    return s;
  }
}
