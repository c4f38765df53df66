package dev.reactivator.core.model.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.Cdnow;
import dev.reactivator.core.model.ModelKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CDNOW calibration / holdout backtest (39 + 39 weeks) behind the choice of the default model.
 */
class BacktestTest {
  static final int CALIBRATION_END = (int) LocalDate.of(1997, 9, 30).toEpochDay();
  static final int HOLDOUT_END = (int) LocalDate.of(1998, 6, 30).toEpochDay();
  static Backtest backtest;
  static List<ModelBacktest> results;

  @BeforeAll
  static void run() {
    int[][] log = sample();
    backtest = Backtest.of(log[0], log[1], CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEKS);
    results = backtest.runAll();
  }

  /** {@code CDNOW_sample.txt}: (id within the sample, epoch day) per purchase. */
  static int[][] sample() {
    return Cdnow.transactions("CDNOW_sample.txt", 1, 2);
  }

  @Test
  void calibrationSummaryOfTheSampleIsThePublishedSummary() {
    CustomerSummary mine = backtest.calibrationSummary();
    CustomerSummary published = Cdnow.summary();
    assertEquals(published.size(), mine.size());
    for (int i = 0; i < mine.size(); i++) {
      assertEquals(published.x(i), mine.x(i), "x of customer " + (i + 1));
      assertEquals(published.recency(i), mine.recency(i), 0.006, "t_x of customer " + (i + 1));
      assertEquals(published.age(i), mine.age(i), 0.006, "T of customer " + (i + 1));
    }
    assertEquals(39.0, backtest.holdoutLength(), 1e-9);
  }

  @Test
  void backtestFiguresOfDocsMetrics() {
    ModelBacktest bg = results.get(0);
    ModelBacktest mbg = results.get(1);
    assertEquals(ModelKind.BG_NBD, bg.kind());
    assertEquals(1882, bg.actualPurchases());
    assertEquals(1653.4, bg.predictedPurchases(), 0.5);
    assertEquals(0.7855, bg.meanAbsoluteError(), 0.0005);
    assertEquals(1411, bg.oneTimeBuyers());
    assertEquals(1.0, bg.oneTimeMeanAlive(), 1e-12);
    assertEquals(0.1605, bg.oneTimePredictedReturn(), 0.0005);
    assertEquals(0.1368, bg.oneTimeActualReturn(), 0.0005);
    assertEquals(1576.7, mbg.predictedPurchases(), 0.5);
    assertEquals(0.7648, mbg.meanAbsoluteError(), 0.0005);
    assertEquals(0.4088, mbg.oneTimeMeanAlive(), 0.0005);
    assertEquals(0.1255, mbg.oneTimePredictedReturn(), 0.0005);
  }

  @Test
  void theDefaultModelHasTheSmallerErrorPerCustomerAndTheBetterCalibratedOneTimeBuyers() {
    ModelBacktest bg = results.get(0);
    ModelBacktest mbg = results.get(1);
    assertEquals(ModelKind.MBG_NBD, dev.reactivator.core.score.ScoringOptions.DEFAULT_MODEL);
    assertTrue(mbg.meanAbsoluteError() < bg.meanAbsoluteError());
    assertTrue(
        Math.abs(mbg.oneTimePredictedReturn() - mbg.oneTimeActualReturn())
            < Math.abs(bg.oneTimePredictedReturn() - bg.oneTimeActualReturn()));
    for (ModelBacktest r : results) {
      assertEquals(2357, r.customers());
      assertTrue(Math.abs(r.totalError()) < 0.20, r.kind() + " total error " + r.totalError());
    }
  }
}
