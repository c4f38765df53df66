package dev.reactivator.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.BgNbdParameters;
import dev.reactivator.core.model.Clv;
import dev.reactivator.core.model.GammaGammaModel;
import dev.reactivator.core.model.GammaGammaParameters;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModel;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** {@link CustomerScorer} returns exactly what the per-customer model methods return. */
class CustomerScorerTest {

  @Property(tries = 60)
  void batchScoresEqualPerCustomerCalls(
      @ForAll ModelKind kind,
      @ForAll @DoubleRange(min = 0.05, max = 5) double r,
      @ForAll @DoubleRange(min = 0.5, max = 200) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 5) double a,
      @ForAll @DoubleRange(min = 0.05, max = 10) double b,
      @ForAll boolean singularA,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    PurchaseModel model =
        PurchaseModel.of(
            kind, new BgNbdParameters(r, alpha, singularA ? 1 + 1e-7 : a, b), PeriodUnit.DAYS);
    GammaGammaModel spend = GammaGammaModel.of(new GammaGammaParameters(3, 5, 40));
    Random rnd = new Random(seed);
    int n = 300;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      // few distinct (x, T) so that the cache is hit, some continuous T so that it is missed
      age[i] = rnd.nextBoolean() ? rnd.nextInt(20) : rnd.nextDouble() * 1000;
      x[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(rnd.nextBoolean() ? 3 : 60);
      tx[i] = x[i] == 0 ? 0 : Math.floor(rnd.nextDouble() * age[i]);
      m[i] = x[i] == 0 ? 0 : 10 + rnd.nextDouble() * 100;
    }
    CustomerSummary s = CustomerSummary.of(x, tx, age, m, PeriodUnit.DAYS);
    double[][] out = new double[5][n];
    CustomerScorer scorer = new CustomerScorer(model, spend, 365, 12, 30, 0.01, 0.8);
    scorer.score(s, 0, n / 3, out[0], out[1], out[2], out[3], out[4]);
    scorer.score(s, n / 3, n, out[0], out[1], out[2], out[3], out[4]);
    for (int i = 0; i < n; i++) {
      double aov = spend.expectedAverageOrder(x[i], s.meanRepeatSpend(i));
      assertEquals(model.probabilityAlive(x[i], tx[i], age[i]), out[0][i], 0.0);
      assertEquals(model.probabilityOfPurchaseWithin(365, x[i], tx[i], age[i]), out[1][i], 0.0);
      assertEquals(model.expectedPurchases(365, x[i], tx[i], age[i]), out[2][i], 0.0);
      assertEquals(aov, out[3][i], 0.0);
      assertEquals(Clv.value(model, x[i], tx[i], age[i], aov, 12, 30, 0.01, 0.8), out[4][i], 0.0);
    }
  }
}
