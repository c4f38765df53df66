package dev.reactivator.core.model.supervised.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.Cdnow;
import dev.reactivator.core.model.FitOptions;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModels;
import dev.reactivator.core.model.internal.AliveLogistic;
import dev.reactivator.core.model.internal.Ranking;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How far a logistic model on the supervised layer's covariates can rank the CDNOW holdout at all
 * (docs/metrics.md, "Supervised layer"): the model is fitted on the holdout's own outcome ("bought
 * in the 39 holdout weeks", covariates as of the end of the calibration period), which no real
 * layer can see. Even so it stays below the goal of 0.775, so no choice of penalty, window
 * or training cut-off of a layer on these covariates can reach it.
 */
class SupervisedCeilingTest {
  static final int CALIBRATION_END = (int) LocalDate.of(1997, 9, 30).toEpochDay();
  static final int HOLDOUT_END = (int) LocalDate.of(1998, 6, 30).toEpochDay();
  static final int FOLDS = 5;
  static final double PENALTY = 1e-2;

  @Test
  void aLogisticModelFittedOnTheHoldoutItselfRanksItBelowTheGoal() {
    Object[] m = Cdnow.masterWithAmounts();
    int[][] log = (int[][]) m[0];
    double[] amount = (double[]) m[1];
    double[] size = (double[]) m[2];
    History h = History.of(log[0], log[1], amount, size, CALIBRATION_END);
    History full = History.of(log[0], log[1], amount, size, HOLDOUT_END);
    Covariates members = Covariates.members(h, CALIBRATION_END, PeriodUnit.WEEKS);
    PurchaseModel model =
        PurchaseModels.fit(ModelKind.MBG_NBD, members.summary, FitOptions.defaults()).model();
    var names = Covariates.namesFor(h, CALIBRATION_END);
    Covariates cov = members.rows(h, names, Covariates.productIds(h, names), model);
    int n = cov.members.length;
    int p = cov.width;
    assertEquals(23_570, n);
    boolean[] bought = new boolean[n];
    for (int i = 0; i < n; i++) {
      bought[i] = full.boughtIn(cov.members[i], CALIBRATION_END, HOLDOUT_END);
    }
    double[] z =
        SupervisedTrainer.standardise(cov.rows.clone(), n, p, new double[p], new double[p]);
    // B = 1: the layer's likelihood is then a plain penalised logistic regression
    double[] one = new double[n];
    Arrays.fill(one, 1.0);
    int[] all = IntStream.range(0, n).toArray();

    double[] w = AliveLogistic.fit(z, p, all, one, bought, PENALTY * n, new double[p + 1]);
    double inSample = Ranking.auc(SupervisedTrainer.predict(w, z, p, all, one), bought);

    double[] outOfFold = new double[n];
    for (int fold = 0; fold < FOLDS; fold++) {
      int f = fold;
      int[] train = IntStream.range(0, n).filter(i -> i % FOLDS != f).toArray();
      int[] test = IntStream.range(0, n).filter(i -> i % FOLDS == f).toArray();
      double[] wf =
          AliveLogistic.fit(z, p, train, one, bought, PENALTY * train.length, new double[p + 1]);
      double[] pf = SupervisedTrainer.predict(wf, z, p, test, one);
      for (int k = 0; k < test.length; k++) {
        outOfFold[test[k]] = pf[k];
      }
    }
    double crossValidated = Ranking.auc(outOfFold, bought);
    System.out.printf(
        "ceiling: in-sample AUC %.4f, %d-fold cross-validated %.4f%n",
        inSample, FOLDS, crossValidated);
    // the figures of docs/metrics.md
    assertEquals(0.7736, inSample, 0.0005);
    assertEquals(0.7729, crossValidated, 0.0005);
    assertTrue(inSample < 0.775, "in-sample " + inSample);
    assertTrue(crossValidated < 0.775, "cross-validated " + crossValidated);
  }
}
