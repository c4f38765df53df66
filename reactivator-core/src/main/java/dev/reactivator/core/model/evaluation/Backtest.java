package dev.reactivator.core.model.evaluation;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.internal.IndexSort;
import dev.reactivator.core.model.FitOptions;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.SupervisedLayer;
import dev.reactivator.core.model.internal.Ranking;
import dev.reactivator.core.model.supervised.internal.History;
import dev.reactivator.core.model.supervised.internal.SupervisedTrainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A calibration / holdout backtest of the purchase models on a transaction log: the models are
 * fitted on the transactions up to the end of the calibration period, and each customer's
 * conditional expected transactions over the holdout period are compared with what the customer
 * did. A transaction is a distinct (customer, day): purchases on the same day count once, as in the
 * CDNOW summaries. Only customers whose first purchase falls in the calibration period take part.
 *
 * <p>Reusable on any log: the inputs are parallel primitive arrays (customer key, epoch day), in
 * any order. The CDNOW figures and the resulting choice of the default model are in {@code
 * docs/metrics.md} ("Models", "Backtest").
 *
 * <p>Immutable and thread-safe.
 */
public final class Backtest {
  private final int[] customer;
  private final int[] day;
  private final double[] amount;
  private final double[] size;
  private final int calibrationEnd;
  private final int holdoutEnd;
  private final PeriodUnit unit;
  // per customer of the cohort, in ascending key order
  private final int[] keys;
  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final int[] holdout;

  private Backtest(
      int[] customer,
      int[] day,
      double[] amount,
      double[] size,
      int calibrationEnd,
      int holdoutEnd,
      PeriodUnit unit) {
    this.customer = customer;
    this.day = day;
    this.amount = amount;
    this.size = size;
    this.calibrationEnd = calibrationEnd;
    this.holdoutEnd = holdoutEnd;
    this.unit = unit;
    int n = customer.length;
    int[] order =
        IndexSort.order(
            n,
            (i, j) -> {
              int c = Integer.compare(customer[i], customer[j]);
              return c != 0 ? c : Integer.compare(day[i], day[j]);
            });
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
   * @param holdoutEnd the last epoch day of the holdout period (inclusive), after {@code
   *     calibrationEnd}
   * @param unit the time unit to fit in (weeks reproduce the published CDNOW parameters)
   * @return the backtest, holding copies of the arrays
   * @throws IllegalArgumentException if the arrays differ in length or {@code holdoutEnd <=
   *     calibrationEnd}
   */
  public static Backtest of(
      int[] customer, int[] day, int calibrationEnd, int holdoutEnd, PeriodUnit unit) {
    return of(
        customer,
        day,
        new double[day.length],
        new double[day.length],
        calibrationEnd,
        holdoutEnd,
        unit);
  }

  /**
   * A backtest over a transaction log with amounts and basket sizes, the inputs of {@link
   * #supervised}.
   *
   * @param customer the customer key of each purchase
   * @param day the epoch day of each purchase
   * @param amount the amount of each purchase
   * @param size the basket size (items) of each purchase
   * @param calibrationEnd the last epoch day of the calibration period (inclusive)
   * @param holdoutEnd the last epoch day of the holdout period (inclusive), after {@code
   *     calibrationEnd}
   * @param unit the time unit to fit in
   * @return the backtest, holding copies of the arrays
   * @throws IllegalArgumentException if the arrays differ in length or {@code holdoutEnd <=
   *     calibrationEnd}
   */
  public static Backtest of(
      int[] customer,
      int[] day,
      double[] amount,
      double[] size,
      int calibrationEnd,
      int holdoutEnd,
      PeriodUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (customer.length != day.length || amount.length != day.length || size.length != day.length) {
      throw new IllegalArgumentException(
          "customer, day, amount and size must have the same length, had "
              + customer.length
              + ", "
              + day.length
              + ", "
              + amount.length
              + " and "
              + size.length);
    }
    if (holdoutEnd <= calibrationEnd) {
      throw new IllegalArgumentException(
          "holdoutEnd must be after calibrationEnd (" + calibrationEnd + "), was " + holdoutEnd);
    }
    return new Backtest(
        customer.clone(),
        day.clone(),
        amount.clone(),
        size.clone(),
        calibrationEnd,
        holdoutEnd,
        unit);
  }

  /**
   * The calibration-period summaries of the cohort, in ascending order of customer key.
   *
   * @return x, t_x and T of each cohort customer at the end of the calibration period, in the
   *     backtest's unit
   */
  public CustomerSummary calibrationSummary() {
    return CustomerSummary.of(x, tx, age, unit);
  }

  /**
   * The cohort's customer keys, ascending, indexed like {@link #calibrationSummary()}.
   *
   * @return the customer keys whose first purchase falls in the calibration period
   */
  public List<Integer> customerKeys() {
    List<Integer> l = new ArrayList<>(keys.length);
    for (int k : keys) {
      l.add(k);
    }
    return List.copyOf(l);
  }

  /**
   * The length of the holdout period in the backtest's unit.
   *
   * @return the holdout length, {@code > 0}
   */
  public double holdoutLength() {
    return unit.fromDays(holdoutEnd - calibrationEnd);
  }

  /**
   * Fits {@code kind} on the calibration period and scores the holdout.
   *
   * @param kind the purchase model to fit
   * @param options the fitting options
   * @return how the fitted model predicted the holdout
   */
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
    int n = keys.length;
    double[] expected = new double[n];
    double[] back = new double[n];
    double backSum = 0;
    for (int i = 0; i < n; i++) {
      double e = m.expectedPurchases(t, x[i], tx[i], age[i]);
      expected[i] = e;
      back[i] = m.probabilityOfPurchaseWithin(t, x[i], tx[i], age[i]);
      backSum += back[i];
      actual += holdout[i];
      predicted += e;
      absError += Math.abs(e - holdout[i]);
      if (x[i] == 0) {
        oneTime++;
        aliveSum += m.probabilityAlive(0, 0, age[i]);
        returnSum += back[i];
        returned += holdout[i] > 0 ? 1 : 0;
        oneTimeActual += holdout[i];
        oneTimePredicted += e;
      }
    }
    return new ModelBacktest(
        fit,
        n,
        actual,
        predicted,
        n == 0 ? 0 : absError / n,
        oneTime,
        oneTime == 0 ? 0 : aliveSum / oneTime,
        oneTime == 0 ? 0 : returnSum / oneTime,
        oneTime == 0 ? 0 : (double) returned / oneTime,
        oneTimeActual,
        oneTimePredicted,
        auc(back, holdout),
        n == 0 ? 0 : backSum / n,
        actualReturn(),
        deciles(expected, holdout));
  }

  /**
   * Trains the supervised layer on top of {@code kind} inside the calibration period, exactly as
   * {@code Scoring} does as of the end of the calibration period with the holdout length as the
   * horizon (covariates as of an earlier cut-off, the label window the horizon or half the history,
   * whichever is shorter), and scores the holdout with it and with the BTYD model alone.
   *
   * @param kind the BTYD model to build on
   * @param options the fitting options
   * @return the comparison, or empty with no layer trained (too short a history, too few customers)
   */
  public Optional<SupervisedBacktest> supervised(ModelKind kind, FitOptions options) {
    History h = History.of(customer, day, amount, size, calibrationEnd);
    ModelBacktest btyd = run(kind, options);
    SupervisedTrainer.Outcome outcome =
        SupervisedTrainer.train(
            h, calibrationEnd, holdoutEnd - calibrationEnd, btyd.fit(), options);
    if (outcome.layer().isEmpty()) {
      return Optional.empty();
    }
    SupervisedLayer layer = outcome.layer().get();
    PurchaseModel m = btyd.fit().model();
    double[] alive = SupervisedTrainer.alive(layer, h, calibrationEnd, m);
    double t = holdoutLength();
    int n = keys.length;
    double[] base = new double[n];
    double[] supervised = new double[n];
    boolean[] bought = new boolean[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      base[i] = m.probabilityOfPurchaseWithin(t, x[i], tx[i], age[i]);
      supervised[i] = m.purchaseWithin(t, x[i], age[i], alive[i]);
      sum += supervised[i];
      bought[i] = holdout[i] > 0;
    }
    return Optional.of(
        new SupervisedBacktest(
            btyd,
            layer,
            Ranking.auc(base, bought),
            Ranking.auc(supervised, bought),
            Ranking.logLoss(base, bought),
            Ranking.logLoss(supervised, bought),
            Ranking.calibrationError(base, bought),
            Ranking.calibrationError(supervised, bought),
            n == 0 ? 0 : sum / n));
  }

  /**
   * Scores the holdout with the seed's rule of thumb instead of a model: see {@link
   * BaselineBacktest}. The naive baseline every model must beat.
   *
   * @return how the rule of thumb predicted the holdout
   */
  public BaselineBacktest naive() {
    int n = keys.length;
    double t = holdoutLength();
    double[] cycles = new double[n];
    int repeaters = 0;
    for (int i = 0; i < n; i++) {
      if (x[i] > 0) {
        cycles[repeaters++] = tx[i] / x[i];
      }
    }
    double[] sorted = Arrays.copyOf(cycles, repeaters);
    Arrays.sort(sorted);
    double median =
        repeaters == 0
            ? Double.POSITIVE_INFINITY
            : repeaters % 2 == 1
                ? sorted[repeaters / 2]
                : (sorted[repeaters / 2 - 1] + sorted[repeaters / 2]) / 2;
    double[] expected = new double[n];
    double[] back = new double[n];
    long actual = 0;
    double predicted = 0;
    double absError = 0;
    int expectedBack = 0;
    for (int i = 0; i < n; i++) {
      double cycle = x[i] > 0 ? tx[i] / x[i] : median;
      boolean due = cycle > 0 && age[i] - tx[i] <= cycle;
      back[i] = due ? 1 : 0;
      expected[i] = due ? t / cycle : 0;
      expectedBack += due ? 1 : 0;
      actual += holdout[i];
      predicted += expected[i];
      absError += Math.abs(expected[i] - holdout[i]);
    }
    return new BaselineBacktest(
        n,
        actual,
        predicted,
        n == 0 ? 0 : absError / n,
        auc(back, holdout),
        n == 0 ? 0 : (double) expectedBack / n,
        actualReturn(),
        deciles(expected, holdout));
  }

  private double actualReturn() {
    int back = 0;
    for (int h : holdout) {
      back += h > 0 ? 1 : 0;
    }
    return holdout.length == 0 ? 0 : (double) back / holdout.length;
  }

  /**
   * The Mann–Whitney AUC of {@code score} for {@code holdout > 0}: the probability that a random
   * returning customer scores above a random non-returning one, ties counting half; 0.5 when either
   * class is empty.
   */
  static double auc(double[] score, int[] holdout) {
    boolean[] positive = new boolean[holdout.length];
    for (int i = 0; i < holdout.length; i++) {
      positive[i] = holdout[i] > 0;
    }
    return Ranking.auc(score, positive);
  }

  /** Ten groups of customers by ascending prediction (ties broken by index), with their means. */
  static List<CalibrationBin> deciles(double[] predicted, int[] holdout) {
    int n = predicted.length;
    int[] order =
        IndexSort.order(
            n,
            (i, j) -> {
              int c = Double.compare(predicted[i], predicted[j]);
              return c != 0 ? c : Integer.compare(i, j);
            });
    List<CalibrationBin> out = new ArrayList<>(10);
    for (int d = 0; d < 10 && n > 0; d++) {
      int from = (int) ((long) n * d / 10);
      int to = (int) ((long) n * (d + 1) / 10);
      double p = 0;
      double a = 0;
      for (int k = from; k < to; k++) {
        p += predicted[order[k]];
        a += holdout[order[k]];
      }
      int size = to - from;
      out.add(new CalibrationBin(d + 1, size, size == 0 ? 0 : p / size, size == 0 ? 0 : a / size));
    }
    return List.copyOf(out);
  }

  /**
   * Runs every likelihood model (BG/NBD, MBG/NBD; not the empirical rule) with {@link
   * FitOptions#defaults()}, in {@link ModelKind} order.
   *
   * @return one backtest per likelihood model
   */
  public List<ModelBacktest> runAll() {
    List<ModelBacktest> out = new ArrayList<>();
    for (ModelKind k : ModelKind.values()) {
      if (k != ModelKind.EMPIRICAL) {
        out.add(run(k, FitOptions.defaults()));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Backtest[purchases="
        + customer.length
        + ", cohort="
        + keys.length
        + ", calibrationEnd="
        + calibrationEnd
        + ", holdoutEnd="
        + holdoutEnd
        + ", unit="
        + unit
        + "]";
  }
}
