package dev.reactivator.core.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A calibration / holdout backtest of the purchase models on a transaction log: the models are fitted
 * on the transactions up to the end of the calibration period, and each customer's conditional
 * expected transactions over the holdout period are compared with what the customer did. A transaction
 * is a distinct (customer, day): purchases on the same day count once, as in the CDNOW summaries.
 * Only customers whose first purchase falls in the calibration period take part.
 *
 * <p>Reusable on any log: the inputs are parallel primitive arrays (customer key, epoch day), in any
 * order. The CDNOW figures and the resulting choice of the default model are in
 * {@code docs/metrics.md} ("Models", "Backtest").
 */
public final class Backtest {
  private final int[] customer;
  private final int[] day;
  private final int calibrationEnd;
  private final int holdoutEnd;
  private final PeriodUnit unit;
  // per customer of the cohort, in ascending key order
  private final int[] keys;
  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final int[] holdout;

  private Backtest(int[] customer, int[] day, int calibrationEnd, int holdoutEnd, PeriodUnit unit) {
    this.customer = customer;
    this.day = day;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.unit = unit;
    int n = customer.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> customer[i]).thenComparingInt(i -> day[i]));
    List<int[]> rows = new ArrayList<>();
    int k = 0;
    while (k < n) {
      int key = customer[order[k]];
      int first = day[order[k]];
      int last = first;
      int calDays = 0;
      int holdDays = 0;
      int prev = Integer.MIN_VALUE;
      for (; k < n && customer[order[k]] == key; k++) {
        int d = day[order[k]];
        if (d == prev) {
          continue;
        }
        prev = d;
        if (d <= calibrationEnd) {
          calDays++;
          last = d;
        } else if (d <= holdoutEnd) {
          holdDays++;
        }
      }
      if (first <= calibrationEnd) {
        rows.add(new int[] {key, calDays - 1, last - first, calibrationEnd - first, holdDays});
      }
    }
    int m = rows.size();
    keys = new int[m];
    x = new int[m];
    tx = new double[m];
    age = new double[m];
    holdout = new int[m];
    for (int i = 0; i < m; i++) {
      int[] r = rows.get(i);
      keys[i] = r[0];
      x[i] = r[1];
      tx[i] = unit.fromDays(r[2]);
      age[i] = unit.fromDays(r[3]);
      holdout[i] = r[4];
    }
  }

  /**
   * A backtest over a transaction log.
   *
   * @param customer the customer key of each purchase
   * @param day the epoch day of each purchase
   * @param calibrationEnd the last epoch day of the calibration period (inclusive)
   * @param holdoutEnd the last epoch day of the holdout period (inclusive), after {@code calibrationEnd}
   * @param unit the time unit to fit in (weeks reproduce the published CDNOW parameters)
   */
  public static Backtest of(int[] customer, int[] day, int calibrationEnd, int holdoutEnd, PeriodUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (customer.length != day.length) {
      throw new IllegalArgumentException("customer and day must have the same length, had " + customer.length + " and " + day.length);
    }
    if (holdoutEnd <= calibrationEnd) {
      throw new IllegalArgumentException("holdoutEnd must be after calibrationEnd (" + calibrationEnd + "), was " + holdoutEnd);
    }
    return new Backtest(customer.clone(), day.clone(), calibrationEnd, holdoutEnd, unit);
  }

  /** The calibration-period summaries of the cohort, in ascending order of customer key. */
  public CustomerSummary calibrationSummary() {
    return CustomerSummary.of(x, tx, age, unit);
  }

  /** The cohort's customer keys, ascending, indexed like {@link #calibrationSummary()}. */
  public List<Integer> customerKeys() {
    List<Integer> l = new ArrayList<>(keys.length);
    for (int k : keys) {
      l.add(k);
    }
    return List.copyOf(l);
  }

  /** The length of the holdout period in the backtest's unit. */
  public double holdoutLength() {
    return unit.fromDays(holdoutEnd - calibrationEnd);
  }

  /** Fits {@code kind} on the calibration period and scores the holdout. */
  public ModelBacktest run(ModelKind kind, FitOptions options) {
    PurchaseModelFit fit = PurchaseModels.fit(kind, calibrationSummary(), options);
    PurchaseModel m = fit.model();
    double t = holdoutLength();
    long actual = 0;
    double predicted = 0;
    double absError = 0;
    int oneTime = 0;
    double aliveSum = 0;
    double returnSum = 0;
    int returned = 0;
    long oneTimeActual = 0;
    double oneTimePredicted = 0;
    for (int i = 0; i < keys.length; i++) {
      double e = m.expectedPurchases(t, x[i], tx[i], age[i]);
      actual += holdout[i];
      predicted += e;
      absError += Math.abs(e - holdout[i]);
      if (x[i] == 0) {
        oneTime++;
        aliveSum += m.probabilityAlive(0, 0, age[i]);
        returnSum += m.probabilityOfPurchaseWithin(t, 0, 0, age[i]);
        returned += holdout[i] > 0 ? 1 : 0;
        oneTimeActual += holdout[i];
        oneTimePredicted += e;
      }
    }
    int n = keys.length;
    return new ModelBacktest(fit, n, actual, predicted, n == 0 ? 0 : absError / n, oneTime,
        oneTime == 0 ? 0 : aliveSum / oneTime, oneTime == 0 ? 0 : returnSum / oneTime,
        oneTime == 0 ? 0 : (double) returned / oneTime, oneTimeActual, oneTimePredicted);
  }

  /** Runs every model kind with {@link FitOptions#defaults()}, in {@link ModelKind} order. */
  public List<ModelBacktest> runAll() {
    List<ModelBacktest> out = new ArrayList<>();
    for (ModelKind k : ModelKind.values()) {
      out.add(run(k, FitOptions.defaults()));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Backtest[purchases=" + customer.length + ", cohort=" + keys.length + ", calibrationEnd=" + calibrationEnd
        + ", holdoutEnd=" + holdoutEnd + ", unit=" + unit + "]";
  }
}
