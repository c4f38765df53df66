package dev.reactivator.core.segment.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.SeedExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class RetentionDriversTest {

  @Test
  void comparesLtvWithWelchsTestAndCohensD() {
    double[] v = {10, 12, 14, 16, 30, 1, 2, 3};
    boolean[] g = {true, true, true, true, true, false, false, false};
    LtvComparison r = RetentionDrivers.compare(v, g).orElseThrow();
    // by hand: m1 = 82/5 = 16.4, s1² = Σ(x−m1)²/4 = 251.2/4 = 62.8; m0 = 2, s0² = 1
    assertEquals(16.4, r.meanWith(), 1e-12);
    assertEquals(2, r.meanWithout(), 1e-12);
    double se = Math.sqrt(62.8 / 5 + 1 / 3.0);
    assertEquals(14.4 / se, r.t(), 1e-12);
    double a = 62.8 / 5;
    double b = 1 / 3.0;
    assertEquals((a + b) * (a + b) / (a * a / 4 + b * b / 2), r.degreesOfFreedom(), 1e-9);
    assertEquals(14.4 / Math.sqrt((251.2 + 2) / 6), r.cohensD(), 1e-12);
    double[] with = {10, 12, 14, 16, 30};
    double[] without = {1, 2, 3};
    assertEquals(new TTest().t(with, without), r.t(), 1e-12);
    assertEquals(new TTest().tTest(with, without), r.p(), 1e-9);
  }

  @Test
  void testsIndependenceOnTheTwoByTwoTable() {
    // a=20 b=10 / c=5 d=25, N = 60
    boolean[] f = new boolean[60];
    boolean[] o = new boolean[60];
    for (int i = 0; i < 30; i++) {
      f[i] = true;
      o[i] = i < 20;
    }
    for (int i = 30; i < 60; i++) {
      o[i] = i < 35;
    }
    IndependenceTest r = RetentionDrivers.independence(f, o).orElseThrow();
    assertEquals(20, r.featureAndOutcome());
    assertEquals(25, r.neither());
    double expected = 60.0 * Math.pow(20 * 25 - 10 * 5, 2) / (30.0 * 30 * 25 * 35);
    assertEquals(expected, r.statistic(), 1e-12);
    long[][] table = {{20, 10}, {5, 25}};
    assertEquals(new ChiSquareTest().chiSquare(table), r.statistic(), 1e-9);
    assertEquals(new ChiSquareTest().chiSquareTest(table), r.p(), 1e-9);
    assertEquals(20 / 30.0, r.outcomeRateWith(), 1e-12);
    assertFalse(r.smallExpectedCounts());
  }

  @Test
  void isAbsentWhenAGroupIsTooSmallOrTheTableDegenerate() {
    CustomerBase base = SeedExample.base();
    int ivan = SeedExample.index(base, "Иван");
    List<String> why = new ArrayList<>();
    Optional<LtvComparison> one = RetentionDrivers.compareLtv(base, c -> c == ivan, why::add);
    assertTrue(one.isEmpty());
    assertEquals(List.of("each group needs at least 2 customers, had 1 with and 5 without"), why);
    assertTrue(
        RetentionDrivers.independence(base, c -> true, RetentionDrivers.repeatCustomer(base))
            .isEmpty());
  }

  @Test
  void relatesRepeatPurchasesToBuyingAServerOnTheSeedExample() {
    CustomerBase base = SeedExample.base();
    int ibm = base.productNames().indexOf("Сервер IBM");
    IndependenceTest r =
        RetentionDrivers.independence(
                base,
                RetentionDrivers.boughtProduct(base, ibm),
                RetentionDrivers.repeatCustomer(base))
            .orElseThrow();
    // Анна, ООО Вектор, Иван bought a Сервер IBM and all three are repeat customers: a=3 b=0 c=0
    // d=3
    assertEquals(3, r.featureAndOutcome());
    assertEquals(3, r.neither());
    assertEquals(6.0, r.statistic(), 1e-12);
    assertTrue(r.smallExpectedCounts());
    LtvComparison ltv =
        RetentionDrivers.compareLtv(base, RetentionDrivers.boughtProduct(base, ibm)).orElseThrow();
    assertEquals(495_000, ltv.meanWith(), 1e-9);
    assertEquals(151_100 / 3.0, ltv.meanWithout(), 1e-9);
  }
}
