package dev.reactivator.core.model.internal;

import static org.apache.commons.math3.special.Gamma.logGamma;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The Pareto/NBD log-likelihood, whether one pass or split in two halves (from 4 096 distinct rows
 * on), is bit for bit the plain per-row sum in row order.
 */
class ParetoLikelihoodProperties {

  @Property(tries = 25)
  void splitEvaluationIsThePlainSumInRowOrder(
      @ForAll @IntRange(min = 1, max = 30_000) int n,
      @ForAll @IntRange(min = 0, max = 12) int maxX,
      @ForAll @DoubleRange(min = 0.1, max = 20) double r,
      @ForAll @DoubleRange(min = 1, max = 500) double alpha,
      @ForAll @DoubleRange(min = 0.1, max = 20) double s,
      @ForAll @DoubleRange(min = 1, max = 2000) double beta,
      @ForAll @LongRange(min = 0, max = 10_000) long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      age[i] = rnd.nextInt(1500);
      x[i] = rnd.nextInt(maxX + 1);
      tx[i] = x[i] == 0 ? 0 : rnd.nextInt((int) age[i] + 1);
    }
    PurchaseLikelihood rows = new PurchaseLikelihood(false, x, tx, age);
    double expected = 0;
    for (int i = 0; i < rows.x.length; i++) {
      double xi = rows.x[i];
      double a1 = logGamma(r + xi) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
      double logA0 = ParetoLikelihood.logA0(r, alpha, s, beta, xi, rows.tx[i], rows.age[i]);
      double alive = -(r + xi) * Math.log(alpha + rows.age[i]) - s * Math.log(beta + rows.age[i]);
      double dead = Math.log(s) + logA0 - Math.log(r + s + xi);
      expected += rows.weight[i] * (a1 + PurchaseLikelihood.logAddExp(alive, dead));
    }
    assertEquals(expected, new ParetoLikelihood(rows).logLikelihood(r, alpha, s, beta), 0.0);
  }
}
