package dev.reactivator.core.segment.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.SeedExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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
  void chiSquarePValueOfAStrongAssociationIsTinyButNotZero() {
    // a=200 b=0 / c=0 d=200: χ² = 400 × (200 × 200)² / 200⁴ = 400; with one degree of freedom
    // p = erfc(√(χ² / 2)) = erfc(√200) ≈ 5.3e-89, which 1 − CDF rounds to exactly 0
    boolean[] f = new boolean[400];
    boolean[] o = new boolean[400];
    for (int i = 0; i < 200; i++) {
      f[i] = true;
      o[i] = true;
    }
    IndependenceTest r = RetentionDrivers.independence(f, o).orElseThrow();
    assertEquals(400, r.statistic(), 1e-9);
    double expected = org.apache.commons.math3.special.Erf.erfc(Math.sqrt(200));
    assertTrue(r.p() > 0, "p " + r.p());
    assertEquals(expected, r.p(), expected * 1e-9);
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

  @Test
  void welchIntervalIsTheDifferencePlusMinusTheTQuantileTimesTheStandardError() {
    double[] v = {10, 12, 14, 16, 30, 1, 2, 3};
    boolean[] g = {true, true, true, true, true, false, false, false};
    LtvComparison r = RetentionDrivers.compare(v, g).orElseThrow();
    // SE = √(62.8/5 + 1/3) = 3.590729, ν = 4.209202, t(0.975, ν) = 2.722861:
    // 14.4 ± 9.777056
    assertEquals(3.590729, r.standardError(), 1e-6);
    ConfidenceInterval ci = r.differenceInterval(0.95);
    assertEquals(4.622944, ci.low(), 1e-6);
    assertEquals(24.177056, ci.high(), 1e-6);
    assertTrue(ci.excludesZero());
  }

  @Test
  void newcombeIntervalMatchesThePublishedExample() {
    // Newcombe (1998), Statistics in Medicine 17, table II, example (a): 56/70 − 48/80, method 10
    // gives 0.0524 to 0.3339
    boolean[] feature = new boolean[150];
    boolean[] outcome = new boolean[150];
    for (int i = 0; i < 70; i++) {
      feature[i] = true;
      outcome[i] = i < 56;
    }
    for (int i = 70; i < 150; i++) {
      outcome[i] = i < 70 + 48;
    }
    IndependenceTest t = RetentionDrivers.independence(feature, outcome).orElseThrow();
    assertEquals(0.2, t.difference(), 1e-12);
    ConfidenceInterval ci = t.differenceInterval(0.95);
    assertEquals(0.0524, ci.low(), 5e-5);
    assertEquals(0.3339, ci.high(), 5e-5);
  }

  @Property
  void newcombeIntervalHoldsTheDifferenceAndStaysWithinMinusOneAndOne(
      @ForAll @IntRange(min = 1, max = 40) int n1,
      @ForAll @IntRange(min = 0, max = 40) int x1,
      @ForAll @IntRange(min = 1, max = 40) int n0,
      @ForAll @IntRange(min = 0, max = 40) int x0) {
    Assume.that(x1 <= n1 && x0 <= n0 && x1 + x0 > 0 && x1 + x0 < n1 + n0);
    boolean[] feature = new boolean[n1 + n0];
    boolean[] outcome = new boolean[n1 + n0];
    for (int i = 0; i < n1; i++) {
      feature[i] = true;
      outcome[i] = i < x1;
    }
    for (int i = 0; i < n0; i++) {
      outcome[n1 + i] = i < x0;
    }
    IndependenceTest t = RetentionDrivers.independence(feature, outcome).orElseThrow();
    ConfidenceInterval ci = t.differenceInterval(0.95);
    double d = (double) x1 / n1 - (double) x0 / n0;
    assertTrue(ci.low() <= d + 1e-12 && d <= ci.high() + 1e-12, ci + " around " + d);
    assertTrue(ci.low() >= -1 - 1e-12 && ci.high() <= 1 + 1e-12, ci.toString());
  }
}
