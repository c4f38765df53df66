package dev.reactivator.core.features;

import dev.reactivator.core.internal.PackedTriples;
import java.util.Arrays;
import java.util.Objects;

/**
 * The models' sufficient statistics grouped: the purchase rows as distinct (x, t_x, T) groups, each
 * with its number of customers, and the spend rows (x, mean repeat spend) of the repeat buyers with
 * a positive spend only. It is what the purchase and spend fitters read ({@code
 * PurchaseModels.fit}, {@code SpendModels.fit}); a {@link CustomerSummary} is grouped into one by
 * {@link #of(CustomerSummary)}, and a distributed job builds one from counts made on the cluster
 * with {@link #of(int[], double[], double[], long[], int[], double[], double, PeriodUnit)}, so that
 * the driver receives the distinct groups and the repeat buyers' spend, not every customer.
 *
 * <p>The groups are held sorted by (x, t_x, T), equal triples merged, whatever order they were
 * given in: the fit on a grouped summary equals the fit on the customers it groups.
 *
 * <p>Immutable and thread-safe; the arrays passed in are copied.
 */
public final class WeightedSummary {
  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final long[] weight;
  private final long customers;
  private final long repeatCustomers;
  private final int[] spendX;
  private final double[] spend;
  private final double meanOrder;
  private final PeriodUnit unit;

  private WeightedSummary(
      int[] x,
      double[] tx,
      double[] age,
      long[] weight,
      int[] spendX,
      double[] spend,
      double meanOrder,
      PeriodUnit unit) {
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.weight = weight;
    long n = 0;
    long r = 0;
    for (int g = 0; g < x.length; g++) {
      n += weight[g];
      if (x[g] > 0) {
        r += weight[g];
      }
    }
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "at most " + Integer.MAX_VALUE + " customers can be fitted, had " + n);
    }
    if (spendX.length > r) {
      throw new IllegalArgumentException(
          spendX.length + " spend rows but only " + r + " customers with x >= 1");
    }
    this.customers = n;
    this.repeatCustomers = r;
    this.spendX = spendX;
    this.spend = spend;
    this.meanOrder = meanOrder;
    this.unit = unit;
  }

  /**
   * Groups a per-customer summary: its distinct (x, t_x, T) with their customer counts, the (x,
   * mean repeat spend) of its customers with x ≥ 1 and a positive mean repeat spend, and the mean
   * of the positive mean orders (summed in sorted order).
   *
   * @param summary the customers' statistics
   * @return the grouped statistics; fitting them gives the fit on {@code summary}
   */
  public static WeightedSummary of(CustomerSummary summary) {
    Objects.requireNonNull(summary, "summary");
    int n = summary.size();
    int k = 0;
    int[] sx = new int[n];
    double[] sm = new double[n];
    double[] orders = new double[n];
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (summary.x(i) >= 1 && summary.meanRepeatSpend(i) > 0) {
        sx[k] = summary.x(i);
        sm[k] = summary.meanRepeatSpend(i);
        k++;
      }
      if (summary.averageSpend(i) > 0) {
        orders[c++] = summary.averageSpend(i);
      }
    }
    Arrays.sort(orders, 0, c);
    double sum = 0;
    for (int i = 0; i < c; i++) {
      sum += orders[i];
    }
    WeightedSummary whole =
        wholeDays(
            summary.xs(),
            summary.txs(),
            summary.ages(),
            Arrays.copyOf(sx, k),
            Arrays.copyOf(sm, k),
            c == 0 ? 0.0 : sum / c,
            summary.unit());
    if (whole != null) {
      return whole;
    }
    long[] ones = new long[n];
    Arrays.fill(ones, 1L);
    return grouped(
        summary.xs(),
        summary.txs(),
        summary.ages(),
        ones,
        Arrays.copyOf(sx, k),
        Arrays.copyOf(sm, k),
        c == 0 ? 0.0 : sum / c,
        summary.unit());
  }

  /**
   * Grouped statistics counted elsewhere (by a distributed job).
   *
   * @param x each group's repeat transactions, {@code >= 0}
   * @param tx each group's t_x, in {@code unit}, {@code 0 <= tx <= T} and 0 when x = 0
   * @param age each group's T, in {@code unit}, finite
   * @param customers each group's number of customers, {@code >= 1}; groups may repeat a triple
   *     (their counts are added)
   * @param spendX the x of every customer with x ≥ 1 and a positive mean repeat spend
   * @param spend that customer's mean repeat spend, finite and {@code > 0}, aligned with {@code
   *     spendX}
   * @param meanOrder the mean over all customers with one of their positive mean order value,
   *     finite and {@code >= 0} (0 when nobody has one); read only when there is no spend row, as
   *     the population mean of the spend model's defaults
   * @param unit the time unit of t_x and T
   * @return the grouped statistics
   * @throws IllegalArgumentException when arrays differ in length, a value is out of range, there
   *     are more spend rows than customers with x ≥ 1, or more than {@link Integer#MAX_VALUE}
   *     customers
   */
  public static WeightedSummary of(
      int[] x,
      double[] tx,
      double[] age,
      long[] customers,
      int[] spendX,
      double[] spend,
      double meanOrder,
      PeriodUnit unit) {
    Objects.requireNonNull(unit, "unit");
    int n = x.length;
    if (tx.length != n || age.length != n || customers.length != n) {
      throw new IllegalArgumentException(
          "x, tx, T and customers must have the same length, had "
              + n
              + ", "
              + tx.length
              + ", "
              + age.length
              + ", "
              + customers.length);
    }
    if (spend.length != spendX.length) {
      throw new IllegalArgumentException(
          "spendX and spend must have the same length, had "
              + spendX.length
              + " and "
              + spend.length);
    }
    for (int g = 0; g < n; g++) {
      checkGroup(g, x[g], tx[g], age[g], customers[g]);
    }
    for (int i = 0; i < spendX.length; i++) {
      if (spendX[i] < 1 || !(spend[i] > 0) || Double.isInfinite(spend[i])) {
        throw new IllegalArgumentException(
            "spend row "
                + i
                + " must have x >= 1 and a finite spend > 0, was x = "
                + spendX[i]
                + ", spend = "
                + spend[i]);
      }
    }
    if (!(meanOrder >= 0) || Double.isInfinite(meanOrder)) {
      throw new IllegalArgumentException("meanOrder must be finite and >= 0, was " + meanOrder);
    }
    return grouped(x, tx, age, customers, spendX.clone(), spend.clone(), meanOrder, unit);
  }

  private static void checkGroup(int g, int x, double tx, double age, long w) {
    if (x < 0) {
      throw new IllegalArgumentException("x[" + g + "] must be >= 0, was " + x);
    }
    if (!(tx >= 0) || Double.isInfinite(tx) || (x == 0 && tx != 0)) {
      throw new IllegalArgumentException(
          "tx[" + g + "] must be finite, >= 0 and 0 when x = 0, was " + tx);
    }
    if (!(age >= tx) || Double.isInfinite(age)) {
      throw new IllegalArgumentException(
          "T[" + g + "] must be finite and >= tx (" + tx + "), was " + age);
    }
    if (w < 1) {
      throw new IllegalArgumentException("customers[" + g + "] must be >= 1, was " + w);
    }
  }

  /**
   * The grouping of one customer per triple when every value is a whole number in [0, 2^21) (whole
   * days, the normal case): the triples packed so that their numeric order is the (x, t_x, T)
   * order, and radix-sorted as primitives ({@code PackedTriples}); else {@code null}.
   */
  private static WeightedSummary wholeDays(
      int[] xs,
      double[] txs,
      double[] ts,
      int[] spendX,
      double[] spend,
      double meanOrder,
      PeriodUnit unit) {
    int maxTime = PackedTriples.maxTime(xs, txs, ts);
    if (maxTime < 0) {
      return null;
    }
    int n = xs.length;
    int timeBits = PackedTriples.bits(maxTime);
    long timeMask = (1L << timeBits) - 1;
    long[] keys = PackedTriples.sorted(xs, txs, ts, timeBits);
    int[] gx = new int[n];
    double[] gt = new double[n];
    double[] gT = new double[n];
    long[] gw = new long[n];
    int g = -1;
    long prev = -1;
    for (long key : keys) {
      if (key == prev) {
        gw[g]++;
      } else {
        prev = key;
        g++;
        gx[g] = (int) (key >>> (2 * timeBits));
        gt[g] = (key >>> timeBits) & timeMask;
        gT[g] = key & timeMask;
        gw[g] = 1;
      }
    }
    int m = g + 1;
    return new WeightedSummary(
        Arrays.copyOf(gx, m),
        Arrays.copyOf(gt, m),
        Arrays.copyOf(gT, m),
        Arrays.copyOf(gw, m),
        spendX,
        spend,
        meanOrder,
        unit);
  }

  /** Sorts the triples by (x, t_x, T) and merges equal ones, adding their weights. */
  private static WeightedSummary grouped(
      int[] xs,
      double[] txs,
      double[] ts,
      long[] ws,
      int[] spendX,
      double[] spend,
      double meanOrder,
      PeriodUnit unit) {
    int n = xs.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (i, j) -> {
          int c = Integer.compare(xs[i], xs[j]);
          if (c == 0) {
            c = Double.compare(txs[i], txs[j]);
          }
          return c != 0 ? c : Double.compare(ts[i], ts[j]);
        });
    int[] gx = new int[n];
    double[] gt = new double[n];
    double[] gT = new double[n];
    long[] gw = new long[n];
    int g = -1;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (g >= 0 && gx[g] == xs[i] && gt[g] == txs[i] && gT[g] == ts[i]) {
        gw[g] += ws[i];
      } else {
        g++;
        gx[g] = xs[i];
        gt[g] = txs[i];
        gT[g] = ts[i];
        gw[g] = ws[i];
      }
    }
    int m = g + 1;
    return new WeightedSummary(
        Arrays.copyOf(gx, m),
        Arrays.copyOf(gt, m),
        Arrays.copyOf(gT, m),
        Arrays.copyOf(gw, m),
        spendX,
        spend,
        meanOrder,
        unit);
  }

  /**
   * The number of distinct (x, t_x, T) groups.
   *
   * @return the groups, {@code >= 0}
   */
  public int groups() {
    return x.length;
  }

  /**
   * Group {@code g}'s repeat transactions; groups are sorted by (x, t_x, T).
   *
   * @param g the group, {@code 0 <= g < groups()}
   * @return x, {@code >= 0}
   */
  public int x(int g) {
    return x[g];
  }

  /**
   * Group {@code g}'s t_x.
   *
   * @param g the group, {@code 0 <= g < groups()}
   * @return t_x, in {@link #unit()}
   */
  public double recency(int g) {
    return tx[g];
  }

  /**
   * Group {@code g}'s T.
   *
   * @param g the group, {@code 0 <= g < groups()}
   * @return T, in {@link #unit()}
   */
  public double age(int g) {
    return age[g];
  }

  /**
   * Group {@code g}'s number of customers.
   *
   * @param g the group, {@code 0 <= g < groups()}
   * @return the customers with this (x, t_x, T), {@code >= 1}
   */
  public long customers(int g) {
    return weight[g];
  }

  /**
   * The number of customers, the sum of the groups' counts.
   *
   * @return the customers, {@code 0 ..} {@link Integer#MAX_VALUE}
   */
  public int size() {
    return (int) customers;
  }

  /**
   * The number of customers with x ≥ 1.
   *
   * @return the repeat customers, {@code 0 ..} {@link #size()}
   */
  public int repeatCustomers() {
    return (int) repeatCustomers;
  }

  /**
   * The number of spend rows: customers with x ≥ 1 and a positive mean repeat spend.
   *
   * @return the spend rows, {@code 0 ..} {@link #repeatCustomers()}
   */
  public int spendRows() {
    return spendX.length;
  }

  /**
   * Spend row {@code i}'s x.
   *
   * @param i the row, {@code 0 <= i < spendRows()}
   * @return x, {@code >= 1}
   */
  public int spendX(int i) {
    return spendX[i];
  }

  /**
   * Spend row {@code i}'s mean repeat spend.
   *
   * @param i the row, {@code 0 <= i < spendRows()}
   * @return the mean repeat-transaction value, {@code > 0}
   */
  public double spend(int i) {
    return spend[i];
  }

  /**
   * The mean of the customers' positive mean order values (0 when nobody has one): the spend
   * model's population mean when there is no spend row.
   *
   * @return the mean order, {@code >= 0}
   */
  public double meanOrder() {
    return meanOrder;
  }

  /**
   * The time unit of t_x and T.
   *
   * @return the unit
   */
  public PeriodUnit unit() {
    return unit;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WeightedSummary s)) {
      return false;
    }
    if (unit != s.unit
        || Double.compare(meanOrder, s.meanOrder) != 0
        || !Arrays.equals(x, s.x)
        || !Arrays.equals(tx, s.tx)
        || !Arrays.equals(age, s.age)
        || !Arrays.equals(weight, s.weight)
        || spendX.length != s.spendX.length) {
      return false;
    }
    return Arrays.equals(sortedSpend(), s.sortedSpend());
  }

  /** The spend rows as (x, spend bits) pairs in sorted order: their order carries no meaning. */
  private long[] sortedSpend() {
    long[] v = new long[2 * spendX.length];
    Integer[] order = new Integer[spendX.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (i, j) -> {
          int c = Integer.compare(spendX[i], spendX[j]);
          return c != 0 ? c : Double.compare(spend[i], spend[j]);
        });
    for (int k = 0; k < order.length; k++) {
      v[2 * k] = spendX[order[k]];
      v[2 * k + 1] = Double.doubleToLongBits(spend[order[k]]);
    }
    return v;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, customers, repeatCustomers, spendX.length, Arrays.hashCode(weight));
  }

  @Override
  public String toString() {
    return "WeightedSummary[customers="
        + customers
        + ", groups="
        + x.length
        + ", spendRows="
        + spendX.length
        + ", unit="
        + unit
        + "]";
  }
}
