package dev.reactivator.core.features;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The per-customer feature table, computed once from a {@link CustomerBase} and read by every later
 * stage (model fitting, scoring, widgets): purchase counts and days, recency and tenure, the
 * model's sufficient statistics x / t_x / T, spend, the optional behaviour counts and the purchase
 * cycle. Immutable; indices are those of the base. The formulas are documented in {@code
 * docs/metrics.md} ("Models", "Purchase timing").
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerFeatures {
  /** The smallest cycle used, in days (purchases all on one day would give 0). */
  public static final double MIN_CYCLE_DAYS = 1.0;

  /** The smallest population cycle used when nobody repeats, in days. */
  public static final double MIN_FALLBACK_CYCLE_DAYS = 30.0;

  private final int n;
  private final int asOfDay;
  private final boolean datesKnown;
  private final int[] purchases;
  private final int[] firstDay;
  private final int[] lastDay;
  private final int[] daysSinceLast;
  private final int[] ageDays;
  private final int[] activeSpan;
  private final double[] total;
  private final double[] meanOrder;
  private final int[] x;
  private final double[] tx;
  private final double[] modelAge;
  private final double[] repeatSpend;
  private final double[] personalCycle;
  private final double populationCycle;
  private final boolean populationCycleFromRepeaters;
  private final int[] complaints;
  private final int[] tickets;
  private final int[] discounted;
  private final Set<Field> optional;

  private CustomerFeatures(CustomerBase base) {
    n = base.size();
    asOfDay = base.asOfDay();
    datesKnown = base.has(Field.PURCHASE_DATE);
    purchases = new int[n];
    firstDay = new int[n];
    lastDay = new int[n];
    daysSinceLast = new int[n];
    ageDays = new int[n];
    activeSpan = new int[n];
    total = new double[n];
    meanOrder = new double[n];
    x = new int[n];
    tx = new double[n];
    modelAge = new double[n];
    repeatSpend = new double[n];
    personalCycle = new double[n];
    double[] cycles = new double[n];
    int repeaters = 0;
    for (int c = 0; c < n; c++) {
      int k = base.purchaseCount(c);
      int first = base.firstPurchaseDay(c);
      int last = base.lastPurchaseDay(c);
      double spent = base.totalSpent(c);
      purchases[c] = k;
      firstDay[c] = first;
      lastDay[c] = last;
      daysSinceLast[c] = Math.max(0, asOfDay - last);
      ageDays[c] = Math.max(0, asOfDay - first);
      activeSpan[c] = Math.max(0, last - first);
      total[c] = spent;
      meanOrder[c] = k > 0 ? spent / k : 0;
      modelStatistics(base, c, k, first, Math.max(first, last), spent);
      if (k >= 2) {
        personalCycle[c] = Math.max(MIN_CYCLE_DAYS, (double) (last - first) / (k - 1));
        cycles[repeaters++] = personalCycle[c];
      } else {
        personalCycle[c] = Double.NaN;
      }
    }
    if (repeaters > 0) {
      populationCycle = median(Arrays.copyOf(cycles, repeaters));
      populationCycleFromRepeaters = true;
    } else {
      double[] ages = new double[n];
      for (int c = 0; c < n; c++) {
        ages[c] = ageDays[c];
      }
      populationCycle = fallbackCycle(n == 0 ? 0 : median(ages));
      populationCycleFromRepeaters = false;
    }
    complaints = base.counts(Field.COMPLAINTS);
    tickets = base.counts(Field.TICKETS);
    discounted = base.counts(Field.DISCOUNTED_PURCHASES);
    EnumSet<Field> present = EnumSet.noneOf(Field.class);
    for (Field f : List.of(Field.COMPLAINTS, Field.TICKETS, Field.DISCOUNTED_PURCHASES)) {
      if (base.has(f)) {
        present.add(f);
      }
    }
    optional = Collections.unmodifiableSet(present);
  }

  /**
   * Fills x, t_x, T and the mean repeat spend of customer {@code c}: a transaction is a distinct
   * purchase day; without purchase dates only the first and the last purchase are real.
   */
  private void modelStatistics(CustomerBase base, int c, int k, int first, int last, double spent) {
    int repeats;
    double repeatTotal;
    if (datesKnown) {
      // distinct days; the first-purchase day counts even without a row of its own
      int days = 1;
      int prev = first;
      repeatTotal = 0;
      for (int j = 0; j < k; j++) {
        int d = base.purchaseDay(c, j);
        if (d > first) {
          repeatTotal += base.purchaseAmount(c, j);
          if (d != prev) {
            days++;
            prev = d;
          }
        }
      }
      repeats = days - 1;
    } else {
      repeats = Math.max(k - 1, last > first ? 1 : 0);
      repeatTotal = repeats > 0 ? spent / k * repeats : 0;
    }
    x[c] = repeats;
    tx[c] = repeats > 0 ? last - first : 0;
    modelAge[c] = Math.max(tx[c], asOfDay - first);
    repeatSpend[c] = repeats > 0 ? Math.max(0, repeatTotal / repeats) : 0;
  }

  /**
   * Computes the features of every customer of {@code base}.
   *
   * @param base the loaded customer base
   * @return the feature table, indexed like the base
   */
  public static CustomerFeatures of(CustomerBase base) {
    return new CustomerFeatures(Objects.requireNonNull(base, "base"));
  }

  /**
   * The number of customers.
   *
   * @return the number of rows of the table
   */
  public int size() {
    return n;
  }

  /**
   * The analysis date.
   *
   * @return the analysis date as an epoch day
   */
  public int asOfDay() {
    return asOfDay;
  }

  /**
   * Whether the purchases carry true dates (else only the first and the last purchase are real).
   *
   * @return whether the source had purchase dates
   */
  public boolean datesKnown() {
    return datesKnown;
  }

  /**
   * The number of purchases (occasions) of a customer.
   *
   * @param c the customer index
   * @return the purchase count, at least 1
   */
  public int purchaseCount(int c) {
    return purchases[c];
  }

  /**
   * The first purchase day of a customer.
   *
   * @param c the customer index
   * @return the epoch day of the first purchase
   */
  public int firstDay(int c) {
    return firstDay[c];
  }

  /**
   * The last purchase day of a customer.
   *
   * @param c the customer index
   * @return the epoch day of the last purchase
   */
  public int lastDay(int c) {
    return lastDay[c];
  }

  /**
   * Recency: days from the last purchase to the analysis date.
   *
   * @param c the customer index
   * @return the days since the last purchase, at least 0
   */
  public int daysSinceLast(int c) {
    return daysSinceLast[c];
  }

  /**
   * Tenure: days from the first purchase to the analysis date.
   *
   * @param c the customer index
   * @return the customer's age in days, at least 0
   */
  public int ageDays(int c) {
    return ageDays[c];
  }

  /**
   * Days from the first to the last purchase.
   *
   * @param c the customer index
   * @return the active span in days, at least 0
   */
  public int activeSpanDays(int c) {
    return activeSpan[c];
  }

  /**
   * The total a customer spent (historical LTV).
   *
   * @param c the customer index
   * @return the sum of the customer's purchase amounts
   */
  public double totalSpent(int c) {
    return total[c];
  }

  /**
   * The mean order value over all purchases.
   *
   * @param c the customer index
   * @return total spent over the purchase count
   */
  public double meanOrderValue(int c) {
    return meanOrder[c];
  }

  /**
   * The model's x: repeat transactions (distinct purchase days after the first).
   *
   * @param c the customer index
   * @return x, at least 0
   */
  public int x(int c) {
    return x[c];
  }

  /**
   * The model's t_x: days from the first to the last transaction (0 when x = 0).
   *
   * @param c the customer index
   * @return t_x in days
   */
  public double tx(int c) {
    return tx[c];
  }

  /**
   * The model's T: days from the first transaction to the analysis date, at least t_x.
   *
   * @param c the customer index
   * @return T in days
   */
  public double modelAge(int c) {
    return modelAge[c];
  }

  /**
   * The mean value of the repeat transactions.
   *
   * @param c the customer index
   * @return the mean repeat spend, 0 without repeat transactions
   */
  public double meanRepeatSpend(int c) {
    return repeatSpend[c];
  }

  /**
   * Whether a customer has a personal purchase cycle (two or more purchases).
   *
   * @param c the customer index
   * @return whether {@link #personalCycle(int)} is a number
   */
  public boolean hasPersonalCycle(int c) {
    return !Double.isNaN(personalCycle[c]);
  }

  /**
   * The personal cycle {@code (last − first) / (n − 1)} floored at {@link #MIN_CYCLE_DAYS}.
   *
   * @param c the customer index
   * @return the personal cycle in days, NaN for a one-time buyer (see {@link #hasPersonalCycle})
   */
  public double personalCycle(int c) {
    return personalCycle[c];
  }

  /**
   * The population's median personal cycle; for a base without repeat buyers the fallback.
   *
   * @return the population cycle in days
   */
  public double populationCycle() {
    return populationCycle;
  }

  /**
   * The population cycle of a base without repeat buyers: the median age (days since the first
   * purchase), at least {@link #MIN_FALLBACK_CYCLE_DAYS}. The one definition the library's features
   * and the Spark job (which computes the median distributed) share.
   *
   * @param medianAgeDays the median of every customer's days since the first purchase, 0 for no
   *     customers
   * @return the fallback cycle in days
   */
  public static double fallbackCycle(double medianAgeDays) {
    return Math.max(MIN_FALLBACK_CYCLE_DAYS, medianAgeDays);
  }

  /**
   * Whether {@link #populationCycle()} came from repeat buyers (else from the median age).
   *
   * @return whether anybody repeats
   */
  public boolean populationCycleFromRepeaters() {
    return populationCycleFromRepeaters;
  }

  /**
   * The cycle used for a customer: personal, or the population's for a one-time buyer.
   *
   * @param c the customer index
   * @return the cycle in days
   */
  public double cycle(int c) {
    return Double.isNaN(personalCycle[c]) ? populationCycle : personalCycle[c];
  }

  /**
   * Days since the last purchase divided by the cycle used.
   *
   * @param c the customer index
   * @return the pause ratio
   */
  public double pauseRatio(int c) {
    return daysSinceLast[c] / cycle(c);
  }

  /**
   * Whether an optional behaviour column ({@code COMPLAINTS}, {@code TICKETS}, {@code
   * DISCOUNTED_PURCHASES}) is present.
   *
   * @param field the optional column
   * @return whether the source had it
   */
  public boolean has(Field field) {
    column(field);
    return optional.contains(field);
  }

  /**
   * A customer's value in an optional behaviour column.
   *
   * @param field {@code COMPLAINTS}, {@code TICKETS} or {@code DISCOUNTED_PURCHASES}
   * @param c the customer index
   * @return the count, 0 when the column or the customer's value is missing
   */
  public int count(Field field, int c) {
    int[] v = column(field);
    return v.length == 0 ? 0 : v[c];
  }

  private int[] column(Field field) {
    return switch (field) {
      case COMPLAINTS -> complaints;
      case TICKETS -> tickets;
      case DISCOUNTED_PURCHASES -> discounted;
      default -> throw new IllegalArgumentException("not a behaviour column: " + field);
    };
  }

  int[] xs() {
    return x;
  }

  double[] txs() {
    return tx;
  }

  double[] modelAges() {
    return modelAge;
  }

  double[] repeatSpends() {
    return repeatSpend;
  }

  double[] meanOrders() {
    return meanOrder;
  }

  /**
   * The median; sorts {@code values} in place.
   *
   * @param values the values, reordered
   * @return the median, NaN for no values
   */
  public static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(values);
    int m = values.length / 2;
    return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
  }

  @Override
  public String toString() {
    return "CustomerFeatures[customers=" + n + ", populationCycle=" + populationCycle + "]";
  }
}
