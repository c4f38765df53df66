package dev.reactivator.core.model.supervised.internal;

import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.FitOptions;
import dev.reactivator.core.model.FitQuality;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.SupervisedLayer;
import dev.reactivator.core.model.SupervisedValidation;
import dev.reactivator.core.model.internal.AliveLogistic;
import dev.reactivator.core.model.internal.Ranking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trains, validates and applies the supervised layer ({@link SupervisedLayer}): the covariates as
 * of {@code asOf − window}, the label "bought in (asOf − window, asOf]", the window the horizon or
 * half the history, whichever is shorter; a fixed quarter of the customers validates the penalty
 * and the choice against the BTYD model alone.
 */
public final class SupervisedTrainer {
  /** The shortest label window, days. */
  public static final int MIN_WINDOW_DAYS = 28;

  /** The fewest customers as of the cut-off. */
  public static final int MIN_CUSTOMERS = 200;

  /** The fewest buyers and non-buyers in the window, each. */
  public static final int MIN_CLASS = 20;

  /** At most this many customers fit the weights (a fixed sample of larger bases). */
  static final int MAX_TRAINING = 40_000;

  /** At most this many customers validate. */
  static final int MAX_VALIDATION = 20_000;

  /**
   * The L2 penalties per training customer tried, strongest first (each fit starts at the last).
   */
  static final double[] PENALTIES = {1e-2, 1e-3, 1e-4};

  private SupervisedTrainer() {}

  /**
   * The layer trained on {@code h}, or why none was.
   *
   * @param layer the layer, validated (chosen or not)
   * @param note in plain English, what was done and why
   */
  public record Outcome(Optional<SupervisedLayer> layer, String note) {}

  /**
   * The label window for a history from {@code firstDay} to {@code asOfDay}: the horizon or half
   * the history, whichever is shorter.
   *
   * @param firstDay the first purchase day in the data
   * @param asOfDay the analysis day
   * @param horizonDays the prediction horizon
   * @return the window, days
   */
  public static int window(int firstDay, int asOfDay, int horizonDays) {
    long span = (long) asOfDay - firstDay;
    return (int) Math.min(horizonDays, Math.max(0, span / 2));
  }

  /**
   * Trains and validates the layer.
   *
   * @param h the customers' history
   * @param asOfDay the analysis day
   * @param horizonDays the prediction horizon
   * @param fitted the BTYD fit as of {@code asOfDay} the layer sits on: its kind is refitted as of
   *     the cut-off, with its penalty when it is a penalised fit (no second penalty search)
   * @param options the BTYD fitting options
   * @return the layer or why none was trained
   */
  public static Outcome train(
      History h, int asOfDay, int horizonDays, PurchaseModelFit fitted, FitOptions options) {
    ModelKind kind = fitted.kind();
    PeriodUnit unit = fitted.unit();
    if (fitted.quality() == FitQuality.REGULARISED && !fitted.attempts().isEmpty()) {
      options = options.withPenalty(fitted.attempts().get(fitted.attempts().size() - 1).penalty());
    }
    if (kind == ModelKind.EMPIRICAL) {
      return none("not trained: the purchase model is the empirical rule, not a likelihood model");
    }
    int first = h.firstDay();
    int window = window(first, asOfDay, horizonDays);
    if (first == Integer.MAX_VALUE || window < MIN_WINDOW_DAYS) {
      return none(
          String.format(
              Locale.ROOT,
              "not trained: the history covers %d days, fewer than two windows of %d days",
              first == Integer.MAX_VALUE ? 0 : asOfDay - first,
              MIN_WINDOW_DAYS));
    }
    int cutoff = asOfDay - window;
    Covariates members = Covariates.members(h, cutoff, unit);
    int m = members.members.length;
    if (m < MIN_CUSTOMERS) {
      return none(
          String.format(
              Locale.ROOT,
              "not trained: %d customers had bought by the cut-off, fewer than %d",
              m,
              MIN_CUSTOMERS));
    }
    PurchaseModelFit fit = PurchaseModels.fit(kind, members.summary, options);
    if (fit.kind() == ModelKind.EMPIRICAL) {
      return none("not trained: the purchase model as of the cut-off is the empirical rule");
    }
    PurchaseModel model = fit.model();
    List<String> names = Covariates.namesFor(h, cutoff);
    Covariates cov = members.rows(h, names, Covariates.productIds(h, names), model);
    int p = cov.width;
    double t = unit.fromDays(window);
    double[] buy = new double[m];
    boolean[] bought = new boolean[m];
    int positives = 0;
    for (int i = 0; i < m; i++) {
      buy[i] = model.purchaseWithin(t, cov.summary.x(i), cov.summary.age(i), 1.0);
      bought[i] = h.boughtIn(cov.members[i], cutoff, asOfDay);
      positives += bought[i] ? 1 : 0;
    }
    if (positives < MIN_CLASS || m - positives < MIN_CLASS) {
      return none(
          String.format(
              Locale.ROOT,
              "not trained: %d of %d customers bought in the %d-day window; at least %d of each"
                  + " class are needed",
              positives,
              m,
              window,
              MIN_CLASS));
    }
    double[] mean = new double[p];
    double[] scale = new double[p];
    // the raw rows are read afterwards only for their first column (the BTYD logit of the
    // baseline): kept apart, so the rows are standardised in place instead of in a second m × p
    // copy (31 MB more at 200 000 customers, in one block)
    double[] btydLogit = new double[m];
    for (int i = 0; i < m; i++) {
      btydLogit[i] = cov.rows[i * p];
    }
    double[] z = standardise(cov.rows, m, p, mean, scale);
    int[][] split = split(cov.members);
    int[] train = split[0];
    int[] valid = split[1];
    double[] start = new double[p + 1];
    start[0] = mean[0];
    start[1] = scale[0];
    double[] baseline = new double[valid.length];
    boolean[] validBought = new boolean[valid.length];
    for (int k = 0; k < valid.length; k++) {
      int i = valid[k];
      baseline[k] = AliveLogistic.sigmoid(btydLogit[i]) * buy[i];
      validBought[k] = bought[i];
    }
    double bestLoss = Double.POSITIVE_INFINITY;
    double bestPenalty = PENALTIES[0];
    double[] best = start;
    double[] bestPrediction = baseline;
    double[] previous = start;
    for (double penalty : PENALTIES) {
      double[] w = AliveLogistic.fit(z, p, train, buy, bought, penalty * train.length, previous);
      previous = w;
      double[] prediction = predict(w, z, p, valid, buy);
      double loss = Ranking.logLoss(prediction, validBought);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestPenalty = penalty;
        best = w;
        bestPrediction = prediction;
      }
    }
    double btydLoss = Ranking.logLoss(baseline, validBought);
    boolean chosen = bestLoss < btydLoss;
    int[] all = concat(train, valid);
    double[] w = AliveLogistic.fit(z, p, all, buy, bought, bestPenalty * all.length, best);
    SupervisedValidation validation =
        new SupervisedValidation(
            cutoff,
            window,
            train.length,
            valid.length,
            bestPenalty,
            btydLoss,
            bestLoss,
            Ranking.auc(baseline, validBought),
            Ranking.auc(bestPrediction, validBought),
            Ranking.calibrationError(baseline, validBought),
            Ranking.calibrationError(bestPrediction, validBought),
            chosen);
    SupervisedLayer layer = SupervisedLayer.of(names, list(mean), list(scale), list(w), validation);
    return new Outcome(
        Optional.of(layer),
        String.format(
            Locale.ROOT,
            "%s: validation log loss %.4f against the BTYD model's %.4f on %d customers",
            chosen ? "chosen" : "not chosen",
            bestLoss,
            btydLoss,
            valid.length));
  }

  private static Outcome none(String note) {
    return new Outcome(Optional.empty(), note);
  }

  /**
   * P(alive) of every customer of {@code h} who had bought by {@code asOfDay}, by the layer on top
   * of {@code model}; customers without a purchase by then get NaN.
   *
   * @param layer the layer
   * @param h the history
   * @param asOfDay the analysis day
   * @param model the BTYD model as of {@code asOfDay}
   * @return P(alive) per customer of {@code h}
   * @throws IllegalArgumentException if the layer needs a column {@code h} does not have
   */
  public static double[] alive(SupervisedLayer layer, History h, int asOfDay, PurchaseModel model) {
    List<String> names = layer.features();
    requireColumn(names, Covariates.COMPLAINTS, h.complaints, "complaints");
    requireColumn(names, Covariates.TICKETS, h.tickets, "tickets");
    requireColumn(names, Covariates.DISCOUNT, h.discounted, "discounted purchases");
    Covariates members = Covariates.members(h, asOfDay, model.unit());
    // one row at a time: each is read once, so the members × columns matrix (≈ 38 MB at 200 000
    // customers) is never built
    Covariates.RowFiller filler = members.filler(h, names, Covariates.productIds(h, names), model);
    double[] row = new double[names.size()];
    double[] out = new double[h.customers()];
    Arrays.fill(out, Double.NaN);
    for (int i = 0; i < members.members.length; i++) {
      filler.fill(i, row, 0);
      out[members.members[i]] = AliveLogistic.sigmoid(layer.logitAlive(row, 0));
    }
    return out;
  }

  private static void requireColumn(List<String> names, String name, int[] column, String what) {
    if (names.contains(name) && column == null) {
      throw new IllegalArgumentException(
          "the supervised layer was trained with the " + what + " column, which this base lacks");
    }
  }

  static double[] predict(double[] w, double[] z, int p, int[] rows, double[] buy) {
    double[] out = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      int i = rows[k];
      out[k] = AliveLogistic.sigmoid(AliveLogistic.eta(w, z, p, i)) * buy[i];
    }
    return out;
  }

  /**
   * Standardises the columns in place, filling their means and standard deviations, and returns
   * {@code rows}.
   */
  static double[] standardise(double[] rows, int m, int p, double[] mean, double[] scale) {
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < p; j++) {
        mean[j] += rows[i * p + j];
      }
    }
    for (int j = 0; j < p; j++) {
      mean[j] /= m;
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < p; j++) {
        double d = rows[i * p + j] - mean[j];
        scale[j] += d * d;
      }
    }
    for (int j = 0; j < p; j++) {
      double sd = Math.sqrt(scale[j] / m);
      scale[j] = sd > 1e-12 ? sd : 1.0;
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < p; j++) {
        rows[i * p + j] = (rows[i * p + j] - mean[j]) / scale[j];
      }
    }
    return rows;
  }

  /**
   * Rows of the training and the validation customers: a customer validates when a hash of its
   * index falls in a fixed quarter; each part is thinned to an even sample of at most {@link
   * #MAX_TRAINING} / {@link #MAX_VALIDATION} rows.
   */
  static int[][] split(int[] members) {
    List<Integer> train = new ArrayList<>();
    List<Integer> valid = new ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      ((mix(members[i]) & 3) == 0 ? valid : train).add(i);
    }
    return new int[][] {thin(train, MAX_TRAINING), thin(valid, MAX_VALIDATION)};
  }

  private static int[] thin(List<Integer> rows, int max) {
    int n = rows.size();
    int k = Math.min(n, max);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = rows.get((int) ((long) i * n / k));
    }
    return out;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    Arrays.sort(out);
    return out;
  }

  private static List<Double> list(double[] a) {
    List<Double> l = new ArrayList<>(a.length);
    for (double v : a) {
      l.add(v);
    }
    return l;
  }

  private static int mix(int v) {
    long h = v * 0x9E3779B97F4A7C15L;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 29;
    return (int) h;
  }
}
