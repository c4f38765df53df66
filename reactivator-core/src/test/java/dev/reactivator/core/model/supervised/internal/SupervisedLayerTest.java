package dev.reactivator.core.model.supervised.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.FitOptions;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.SupervisedLayer;
import dev.reactivator.core.model.internal.AliveLogistic;
import dev.reactivator.core.model.internal.Ranking;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The supervised layer: its logistic fit, its bounds, and what a covariate adds. */
class SupervisedLayerTest {
  static final int AS_OF = 720;

  /**
   * A synthetic base with a known truth: each customer buys at an exponentially distributed rate
   * (mean one purchase in 90 days) from a first day in the first year until an exponential dropout
   * whose rate (1/500 a day) grows e^1.2-fold with each complaint; {@code [0]} the history with the
   * complaints column, {@code [1]} whether each customer is still alive on day 720.
   */
  static Object[] complaintsBase(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] customer = new int[n * 64];
    int[] day = new int[n * 64];
    int rows = 0;
    int[] complaints = new int[n];
    boolean[] alive = new boolean[n];
    for (int c = 0; c < n; c++) {
      double u = random.nextDouble();
      complaints[c] = u < 0.6 ? 0 : u < 0.8 ? 1 : u < 0.9 ? 2 : 3;
      double rate = gamma(random, 1) / 90.0;
      double dropout = Math.exp(1.2 * complaints[c]) / 500.0;
      int first = random.nextInt(360);
      double end = first + -Math.log(1 - random.nextDouble()) / dropout;
      alive[c] = end > AS_OF;
      double t = first;
      while (t <= Math.min(end, AS_OF) && rows < customer.length) {
        customer[rows] = c;
        day[rows] = (int) t;
        rows++;
        t += -Math.log(1 - random.nextDouble()) / rate;
      }
    }
    double[] amount = new double[rows];
    double[] size = new double[rows];
    Arrays.fill(amount, 50);
    Arrays.fill(size, 1);
    History h =
        History.of(Arrays.copyOf(customer, rows), Arrays.copyOf(day, rows), amount, size, AS_OF);
    return new Object[] {h.withCounts(complaints, null, null), alive};
  }

  static double gamma(SplittableRandom r, int shape) {
    double s = 0;
    for (int i = 0; i < shape; i++) {
      s += -Math.log(1 - r.nextDouble());
    }
    return s;
  }

  /** P(alive) of every customer: the layer's if it is chosen, else the BTYD model's. */
  static double[] alive(History h, int horizon) {
    PurchaseModel model = btyd(h, AS_OF);
    SupervisedTrainer.Outcome o =
        SupervisedTrainer.train(h, AS_OF, horizon, fitAt(h, AS_OF), FitOptions.defaults());
    if (o.layer().isPresent() && o.layer().get().chosen()) {
      return SupervisedTrainer.alive(o.layer().get(), h, AS_OF, model);
    }
    Covariates m = Covariates.members(h, AS_OF, PeriodUnit.DAYS);
    double[] out = new double[h.customers()];
    for (int i = 0; i < m.members.length; i++) {
      out[m.members[i]] =
          model.probabilityAlive(m.summary.x(i), m.summary.recency(i), m.summary.age(i));
    }
    return out;
  }

  static PurchaseModel btyd(History h, int asOf) {
    return fitAt(h, asOf).model();
  }

  static PurchaseModelFit fitAt(History h, int asOf) {
    Covariates m = Covariates.members(h, asOf, PeriodUnit.DAYS);
    return PurchaseModels.fit(ModelKind.MBG_NBD, m.summary, FitOptions.defaults());
  }

  @Test
  void theComplaintsColumnRaisesTheAucOfAliveAgainstTheTruthByThreePoints() {
    Object[] base = complaintsBase(7, 6000);
    History with = (History) base[0];
    boolean[] truth = (boolean[]) base[1];
    History without = with.withCounts(null, null, null);
    double aucWith = Ranking.auc(alive(with, 180), truth);
    double aucWithout = Ranking.auc(alive(without, 180), truth);
    // measured: the figures of docs/metrics.md ("Supervised layer")
    System.out.printf("complaints AUC with %.4f without %.4f%n", aucWith, aucWithout);
    assertTrue(aucWith >= aucWithout + 0.03, aucWith + " vs " + aucWithout);
    SupervisedLayer layer =
        SupervisedTrainer.train(with, AS_OF, 180, fitAt(with, AS_OF), FitOptions.defaults())
            .layer()
            .orElseThrow();
    assertTrue(layer.chosen());
    int j = layer.features().indexOf(Covariates.COMPLAINTS);
    assertTrue(layer.weights().get(j + 1) < 0, "complaints lower P(alive): " + layer);
  }

  @Test
  void withBuyingCertainTheFitIsThePlainLogisticMaximumLikelihood() {
    // one covariate, −1 for four customers of whom one bought, +1 for four of whom three did: the
    // MLE is logit(1/4) = −ln 3 and logit(3/4) = ln 3, so w₀ = 0 and w₁ = ln 3
    double[] z = {-1, -1, -1, -1, 1, 1, 1, 1};
    boolean[] bought = {true, false, false, false, true, true, true, false};
    double[] buy = new double[8];
    Arrays.fill(buy, 1.0);
    int[] rows = {0, 1, 2, 3, 4, 5, 6, 7};
    double[] w = AliveLogistic.fit(z, 1, rows, buy, bought, 0.0, new double[2]);
    assertEquals(0.0, w[0], 1e-6);
    assertEquals(Math.log(3), w[1], 1e-6);
    // a penalty shrinks the weight, not the intercept's balance
    double[] shrunk = AliveLogistic.fit(z, 1, rows, buy, bought, 4.0, new double[2]);
    assertTrue(shrunk[1] > 0 && shrunk[1] < w[1]);
    assertEquals(0.0, shrunk[0], 1e-6);
  }

  @Test
  void whenTheHistoryIsShorterThanTwoWindowsNoLayerIsTrained() {
    History h =
        History.of(
            new int[] {1, 1, 2}, new int[] {700, 710, 705}, new double[3], new double[3], AS_OF);
    SupervisedTrainer.Outcome o =
        SupervisedTrainer.train(h, AS_OF, 180, fitAt(h, AS_OF), FitOptions.defaults());
    assertTrue(o.layer().isEmpty());
    assertTrue(o.note().contains("fewer than two windows"), o.note());
  }

  @Property(tries = 15)
  void everyProbabilityIsInTheUnitInterval(
      @ForAll @IntRange(min = 0, max = 10_000) int seed,
      @ForAll @IntRange(min = 300, max = 1500) int n) {
    Object[] base = complaintsBase(seed, n);
    History h = (History) base[0];
    SupervisedTrainer.Outcome o =
        SupervisedTrainer.train(h, AS_OF, 120, fitAt(h, AS_OF), FitOptions.defaults());
    if (o.layer().isEmpty()) {
      return;
    }
    double[] alive = SupervisedTrainer.alive(o.layer().get(), h, AS_OF, btyd(h, AS_OF));
    for (double a : alive) {
      assertTrue(Double.isNaN(a) || (a >= 0 && a <= 1), "P(alive) " + a);
    }
    var v = o.layer().get().validation();
    for (double p :
        new double[] {
          v.btydAuc(), v.supervisedAuc(), v.btydCalibrationError(), v.supervisedCalibrationError()
        }) {
      assertTrue(p >= 0 && p <= 1, v.toString());
    }
  }
}
