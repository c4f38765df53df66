package dev.reactivator.core.model.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The backtest's AUC and decile table, by hand. */
class BacktestMetricsTest {
  @Test
  void aucIsTheShareOfPositiveNegativePairsRankedRightWithTiesCountingHalf() {
    // positives score 0.35 and 0.8, negatives 0.1 and 0.4: pairs (0.35>0.1) (0.35<0.4) (0.8>0.1)
    // (0.8>0.4) → 3/4
    assertEquals(
        0.75, Backtest.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 2}), 1e-12);
    // one tie between a positive and a negative counts half: (0.5 vs 0.5) → 0.5, (0.5 > 0.2) → 1 →
    // 1.5/2
    assertEquals(0.75, Backtest.auc(new double[] {0.5, 0.5, 0.2}, new int[] {1, 0, 0}), 1e-12);
    assertEquals(0.5, Backtest.auc(new double[] {0.3, 0.9}, new int[] {0, 0}), 1e-12);
  }

  @Test
  void decilesCutTheRankedCustomersIntoTenGroupsWithTheirMeans() {
    double[] predicted = new double[20];
    int[] actual = new int[20];
    for (int i = 0; i < 20; i++) {
      predicted[i] = 19 - i; // customer 19 has the lowest prediction
      actual[i] = i % 2;
    }
    List<CalibrationBin> bins = Backtest.deciles(predicted, actual);
    assertEquals(10, bins.size());
    // the lowest decile holds customers 19 and 18: predictions 0 and 1, actual 1 and 0
    assertEquals(new CalibrationBin(1, 2, 0.5, 0.5), bins.get(0));
    assertEquals(new CalibrationBin(10, 2, 18.5, 0.5), bins.get(9));
  }
}
