package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the purchase and spend models over random parameters and customers. */
class ModelProperties {

  @Provide
  Arbitrary<PurchaseModel> models() {
    Arbitrary<Double> shape = Arbitraries.doubles().between(0.05, 20);
    Arbitrary<Double> scale = Arbitraries.doubles().between(0.1, 500);
    return Combinators.combine(Arbitraries.of(ModelKind.values()), shape, scale, shape, shape)
        .as(
            (k, r, alpha, a, b) ->
                PurchaseModel.of(k, new BgNbdParameters(r, alpha, a, b), PeriodUnit.DAYS));
  }

  /** Provider names. */
  static final class ModelKindNames {
    static final String ANY = "kinds";
  }

  @Provide
  Arbitrary<ModelKind> kinds() {
    return Arbitraries.of(ModelKind.values());
  }

  @Property(tries = 300)
  void everyProbabilityIsWithinZeroAndOne(
      @ForAll("models") PurchaseModel m,
      @ForAll @IntRange(min = 0, max = 3000) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double txShare,
      @ForAll @DoubleRange(min = 0, max = 5000) double age,
      @ForAll @DoubleRange(min = 0, max = 2000) double t,
      @ForAll @IntRange(min = 0, max = 40) int n) {
    double tx = x == 0 ? 0 : txShare * age;
    double alive = m.probabilityAlive(x, tx, age);
    assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive);
    double ret = m.probabilityOfPurchaseWithin(t, x, tx, age);
    assertTrue(ret >= 0 && ret <= alive, "return " + ret);
    double pn = m.probabilityOfPurchases(n, t);
    assertTrue(pn >= 0 && pn <= 1, "P(X = n) " + pn);
    double e = m.expectedPurchases(t, x, tx, age);
    assertTrue(e >= 0 && Double.isFinite(e), "E " + e);
  }

  @Property(tries = 300)
  void probabilityAliveDoesNotRiseWithAge(
      @ForAll("models") PurchaseModel m,
      @ForAll @IntRange(min = 0, max = 500) int x,
      @ForAll @DoubleRange(min = 0, max = 1000) double tx0,
      @ForAll @DoubleRange(min = 0, max = 1000) double gap,
      @ForAll @DoubleRange(min = 0, max = 1000) double more) {
    double tx = x == 0 ? 0 : tx0;
    double t1 = tx + gap;
    assertTrue(m.probabilityAlive(x, tx, t1 + more) <= m.probabilityAlive(x, tx, t1) + 1e-12);
  }

  @Property(tries = 300)
  void expectedPurchasesDoNotFallWithTheHorizon(
      @ForAll("models") PurchaseModel m,
      @ForAll @IntRange(min = 0, max = 500) int x,
      @ForAll @DoubleRange(min = 0, max = 1) double txShare,
      @ForAll @DoubleRange(min = 0, max = 2000) double age,
      @ForAll @DoubleRange(min = 0, max = 1000) double t,
      @ForAll @DoubleRange(min = 0, max = 1000) double more) {
    double tx = x == 0 ? 0 : txShare * age;
    double e1 = m.expectedPurchases(t, x, tx, age);
    double e2 = m.expectedPurchases(t + more, x, tx, age);
    assertTrue(e2 >= e1 - 1e-9 * (1 + e1), e1 + " then " + e2);
    assertTrue(
        m.probabilityOfPurchaseWithin(t + more, x, tx, age)
            >= m.probabilityOfPurchaseWithin(t, x, tx, age) - 1e-12);
  }

  @Property(tries = 30)
  void countProbabilitiesSumToOne(
      @ForAll(ModelKindNames.ANY) ModelKind kind,
      @ForAll @DoubleRange(min = 0.05, max = 3) double r,
      @ForAll @DoubleRange(min = 2, max = 100) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 20) double a,
      @ForAll @DoubleRange(min = 0.05, max = 20) double b,
      @ForAll @DoubleRange(min = 0.1, max = 10) double t) {
    PurchaseModel m = PurchaseModel.of(kind, new BgNbdParameters(r, alpha, a, b), PeriodUnit.DAYS);
    double sum = 0;
    for (int n = 0; n < 1000; n++) {
      sum += m.probabilityOfPurchases(n, t);
    }
    assertEquals(1.0, sum, 1e-6);
  }

  @Property(tries = 10)
  void fitDoesNotDependOnTheOrderOfCustomers(@ForAll long seed) {
    CustomerSummary s = Cdnow.summaryWithSpend();
    int n = s.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      int j = order.get(i);
      x[i] = s.x(j);
      tx[i] = s.recency(j);
      t[i] = s.age(j);
      m[i] = s.meanRepeatSpend(j);
    }
    CustomerSummary shuffled = CustomerSummary.of(x, tx, t, m, PeriodUnit.WEEKS);
    assertEquals(Reference.BG, PurchaseModels.fit(ModelKind.BG_NBD, shuffled));
    assertEquals(Reference.GG, SpendModels.fit(shuffled));
  }

  /** The fits on the file's own order, computed once. */
  static final class Reference {
    static final PurchaseModelFit BG =
        PurchaseModels.fit(ModelKind.BG_NBD, Cdnow.summaryWithSpend());
    static final SpendModelFit GG = SpendModels.fit(Cdnow.summaryWithSpend());
  }

  @Property(tries = 60)
  void degenerateBasesNeverGiveNaN(
      @ForAll @IntRange(min = 1, max = 12) int n,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3) int kind) {
    Random rnd = new Random(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      switch (kind) {
        case 0 -> t[i] = rnd.nextInt(1000); // nobody repeats
        case 1 -> {} // everyone on one day, T = 0
        case 2 -> { // everyone repeats on the day of the first purchase
          x[i] = 1 + rnd.nextInt(3);
          t[i] = rnd.nextInt(50);
          m[i] = 1 + rnd.nextInt(100);
        }
        default -> { // anything, ages up to 30 years
          x[i] = rnd.nextInt(20);
          t[i] = rnd.nextInt(11_000);
          tx[i] = x[i] == 0 ? 0 : rnd.nextInt((int) t[i] + 1);
          m[i] = x[i] == 0 ? 0 : rnd.nextDouble() * 1000;
        }
      }
    }
    CustomerSummary s = CustomerSummary.of(x, tx, t, m, PeriodUnit.DAYS);
    for (ModelKind k : ModelKind.values()) {
      PurchaseModelFit fit = PurchaseModels.fit(k, s);
      assertFalse(Double.isNaN(fit.logLikelihood()));
      PurchaseModel model = fit.model();
      GammaGammaModel spend = SpendModels.fit(s).model();
      for (int i = 0; i < n; i++) {
        double aov = spend.expectedAverageOrder(x[i], m[i]);
        double clv = Clv.value(model, x[i], tx[i], t[i], aov, 12, 30, 0.01, 1);
        assertTrue(Double.isFinite(clv) && clv >= 0);
        double alive = model.probabilityAlive(x[i], tx[i], t[i]);
        assertTrue(alive >= 0 && alive <= 1);
      }
    }
  }
}
