package dev.reactivator.core.features;

import dev.reactivator.core.base.CustomerBase;
import java.util.Arrays;
import java.util.Objects;

/**
 * The sufficient statistics of every customer for the purchase and spend models, held in primitive
 * columns: x (repeat transactions), t_x (time from the first to the last transaction), T (time from
 * the first transaction to the analysis date), the mean value of the repeat transactions and the
 * mean value of all transactions. Immutable; the arrays passed in are copied.
 *
 * <p>{@link #fromBase(CustomerBase)} derives them from a CRM export (documented in {@code
 * docs/metrics.md}, "Models"): a transaction is a distinct purchase day, purchases on the same day
 * summed. With purchase dates, x = distinct purchase days (the first-purchase date counted as one)
 * − 1; without them only the first and the last purchase are real, so x = purchases − 1 (at least 1
 * when the first purchase is earlier than the last), t_x = last − first.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerSummary {
  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final double[] repeatSpend;
  private final double[] averageSpend;
  private final PeriodUnit unit;

  private CustomerSummary(
      int[] x,
      double[] tx,
      double[] age,
      double[] repeatSpend,
      double[] averageSpend,
      PeriodUnit unit) {
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.repeatSpend = repeatSpend;
    this.averageSpend = averageSpend;
    this.unit = unit;
  }

  /**
   * Summaries without spend (spend columns zero).
   *
   * @param x repeat transactions per customer, each {@code >= 0}
   * @param tx t_x per customer, in {@code unit}, {@code 0 <= tx <= T} and 0 when x = 0
   * @param age T per customer, in {@code unit}, finite
   * @param unit the time unit of t_x and T
   * @return the summaries; the arrays are copied
   * @throws IllegalArgumentException when the arrays differ in length or a value is out of range
   */
  public static CustomerSummary of(int[] x, double[] tx, double[] age, PeriodUnit unit) {
    return of(x, tx, age, new double[x.length], unit);
  }

  /**
   * Summaries with the mean value of the repeat transactions ({@code 0} when x = 0), which also
   * serves as the mean value of all transactions.
   *
   * @param x repeat transactions per customer, each {@code >= 0}
   * @param tx t_x per customer, in {@code unit}, {@code 0 <= tx <= T} and 0 when x = 0
   * @param age T per customer, in {@code unit}, finite
   * @param repeatSpend the mean repeat-transaction value per customer, {@code >= 0}
   * @param unit the time unit of t_x and T
   * @return the summaries; the arrays are copied
   * @throws IllegalArgumentException when the arrays differ in length, or for a customer unless
   *     {@code x ≥ 0}, {@code 0 ≤ t_x ≤ T} (t_x = 0 when x = 0), values finite, spend ≥ 0
   */
  public static CustomerSummary of(
      int[] x, double[] tx, double[] age, double[] repeatSpend, PeriodUnit unit) {
    Objects.requireNonNull(unit, "unit");
    int n = x.length;
    if (tx.length != n || age.length != n || repeatSpend.length != n) {
      throw new IllegalArgumentException(
          "x, tx, T and spend must have the same length, had "
              + n
              + ", "
              + tx.length
              + ", "
              + age.length
              + ", "
              + repeatSpend.length);
    }
    for (int i = 0; i < n; i++) {
      check(i, x[i], tx[i], age[i], repeatSpend[i]);
    }
    return new CustomerSummary(
        x.clone(), tx.clone(), age.clone(), repeatSpend.clone(), repeatSpend.clone(), unit);
  }

  /**
   * Summaries with the mean repeat-transaction value and, apart from it, the mean value of all of a
   * customer's transactions, as {@link #of(CustomerFeatures)} makes them: for a feature table
   * computed elsewhere (a distributed job) and collected.
   *
   * @param x repeat transactions per customer, each {@code >= 0}
   * @param tx t_x per customer, in {@code unit}, {@code 0 <= tx <= T} and 0 when x = 0
   * @param age T per customer, in {@code unit}, finite
   * @param repeatSpend the mean repeat-transaction value per customer, {@code >= 0}
   * @param averageSpend the mean value of all transactions per customer, {@code >= 0}
   * @param unit the time unit of t_x and T
   * @return the summaries; the arrays are copied
   * @throws IllegalArgumentException as {@link #of(int[], double[], double[], double[],
   *     PeriodUnit)}, and when {@code averageSpend} differs in length or holds a value that is not
   *     finite and {@code >= 0}
   */
  public static CustomerSummary of(
      int[] x,
      double[] tx,
      double[] age,
      double[] repeatSpend,
      double[] averageSpend,
      PeriodUnit unit) {
    CustomerSummary s = of(x, tx, age, repeatSpend, unit);
    if (averageSpend.length != x.length) {
      throw new IllegalArgumentException(
          "averageSpend must have " + x.length + " values, had " + averageSpend.length);
    }
    for (int i = 0; i < averageSpend.length; i++) {
      if (!(averageSpend[i] >= 0) || Double.isInfinite(averageSpend[i])) {
        throw new IllegalArgumentException(
            "averageSpend[" + i + "] must be finite and >= 0, was " + averageSpend[i]);
      }
    }
    return new CustomerSummary(
        s.xs(), s.txs(), s.ages(), repeatSpend.clone(), averageSpend.clone(), unit);
  }

  private static void check(int i, int x, double tx, double age, double spend) {
    if (x < 0) {
      throw new IllegalArgumentException("x[" + i + "] must be >= 0, was " + x);
    }
    if (!(tx >= 0) || Double.isInfinite(tx) || (x == 0 && tx != 0)) {
      throw new IllegalArgumentException(
          "tx[" + i + "] must be finite, >= 0 and 0 when x = 0, was " + tx);
    }
    if (!(age >= tx) || Double.isInfinite(age)) {
      throw new IllegalArgumentException(
          "T[" + i + "] must be finite and >= tx (" + tx + "), was " + age);
    }
    if (!(spend >= 0) || Double.isInfinite(spend)) {
      throw new IllegalArgumentException("spend[" + i + "] must be finite and >= 0, was " + spend);
    }
  }

  /**
   * The summaries of every customer of {@code base}, in days, indexed like the base.
   *
   * @param base the loaded customer base
   * @return the summaries, read from {@link CustomerFeatures#of(CustomerBase)}
   */
  public static CustomerSummary fromBase(CustomerBase base) {
    return of(CustomerFeatures.of(base));
  }

  /**
   * The model's view of a feature table: x, t_x, T and the spend columns, in days, shared with the
   * table without recomputation (both are immutable).
   *
   * @param features the customers' features
   * @return the summaries, indexed like the features
   */
  public static CustomerSummary of(CustomerFeatures features) {
    return new CustomerSummary(
        features.xs(),
        features.txs(),
        features.modelAges(),
        features.repeatSpends(),
        features.meanOrders(),
        PeriodUnit.DAYS);
  }

  /**
   * The number of customers.
   *
   * @return the number of customers, {@code >= 0}
   */
  public int size() {
    return x.length;
  }

  /**
   * The time unit of t_x and T.
   *
   * @return the unit (days or weeks) of t_x and T
   */
  public PeriodUnit unit() {
    return unit;
  }

  /**
   * Customer {@code i}'s repeat transactions x.
   *
   * @param i the customer index, {@code 0 <= i < size()}
   * @return the number of repeat transactions, {@code >= 0}
   */
  public int x(int i) {
    return x[i];
  }

  /**
   * Customer {@code i}'s t_x, the time from the first to the last transaction.
   *
   * @param i the customer index, {@code 0 <= i < size()}
   * @return t_x, in {@link #unit()}
   */
  public double recency(int i) {
    return tx[i];
  }

  /**
   * Customer {@code i}'s T, the time from the first transaction to the analysis date.
   *
   * @param i the customer index, {@code 0 <= i < size()}
   * @return T, in {@link #unit()}
   */
  public double age(int i) {
    return age[i];
  }

  /**
   * Customer {@code i}'s mean repeat-transaction value (0 without repeat transactions).
   *
   * @param i the customer index, {@code 0 <= i < size()}
   * @return the mean repeat-transaction value, {@code >= 0}
   */
  public double meanRepeatSpend(int i) {
    return repeatSpend[i];
  }

  /**
   * Customer {@code i}'s mean value over all transactions.
   *
   * @param i the customer index, {@code 0 <= i < size()}
   * @return the mean transaction value, {@code >= 0}
   */
  public double averageSpend(int i) {
    return averageSpend[i];
  }

  /**
   * The number of customers with x ≥ 1.
   *
   * @return the number of customers with at least one repeat transaction, {@code 0 ..} {@link
   *     #size()}
   */
  public int repeatCustomers() {
    int k = 0;
    for (int v : x) {
      if (v > 0) {
        k++;
      }
    }
    return k;
  }

  /**
   * The x column, shared (do not modify).
   *
   * @return x per customer
   */
  public int[] xs() {
    return x;
  }

  /**
   * The t_x column, shared (do not modify).
   *
   * @return t_x per customer
   */
  public double[] txs() {
    return tx;
  }

  /**
   * The T column, shared (do not modify).
   *
   * @return T per customer
   */
  public double[] ages() {
    return age;
  }

  double[] repeatSpends() {
    return repeatSpend;
  }

  double[] averageSpends() {
    return averageSpend;
  }

  @Override
  public String toString() {
    return "CustomerSummary[customers="
        + size()
        + ", repeatCustomers="
        + repeatCustomers()
        + ", unit="
        + unit
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerSummary s
        && unit == s.unit
        && Arrays.equals(x, s.x)
        && Arrays.equals(tx, s.tx)
        && Arrays.equals(age, s.age)
        && Arrays.equals(repeatSpend, s.repeatSpend)
        && Arrays.equals(averageSpend, s.averageSpend);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, Arrays.hashCode(x), Arrays.hashCode(tx), Arrays.hashCode(age));
  }
}
