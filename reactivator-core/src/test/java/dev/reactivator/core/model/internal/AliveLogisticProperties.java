package dev.reactivator.core.model.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The supervised layer's Fisher-scoring kernel against a plain row-by-row reference: the blocked
 * accumulation of the score and the information matrix gives the same bits for any row count
 * (multiple of four or not), width and row order; from {@code HALVES_FROM} rows on it is the sum of
 * the two halves' row-by-row sums.
 */
class AliveLogisticProperties {

  @Property(tries = 200)
  void blockedAccumulationEqualsTheRowByRowSumsToTheBit(
      @ForAll @IntRange(min = 0, max = 37) int n,
      @ForAll @IntRange(min = 1, max = 9) int p,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    int total = n + random.nextInt(5);
    double[] z = new double[total * p];
    for (int i = 0; i < z.length; i++) {
      z[i] = random.nextGaussian() * 3;
    }
    // a subset of the rows in a shuffled order, as the training split passes them
    int[] rows = new int[n];
    for (int k = 0; k < n; k++) {
      rows[k] = random.nextInt(total);
    }
    double[] score = new double[n];
    double[] weight = new double[n];
    for (int k = 0; k < n; k++) {
      score[k] = random.nextGaussian();
      weight[k] = random.nextDouble();
    }
    int q = p + 1;
    double[] grad = new double[q];
    double[] info = new double[q * q];
    // stale values the kernel must overwrite
    Arrays.fill(grad, 7);
    Arrays.fill(info, 7);
    AliveLogistic.accumulate(z, p, rows, score, weight, grad, info);

    double[] refGrad = new double[q];
    double[] refInfo = new double[q * q];
    double[] row = new double[q];
    for (int k = 0; k < n; k++) {
      row[0] = 1;
      System.arraycopy(z, rows[k] * p, row, 1, p);
      for (int j = 0; j < q; j++) {
        refGrad[j] += score[k] * row[j];
        double wr = weight[k] * row[j];
        for (int c = 0; c <= j; c++) {
          refInfo[j * q + c] += wr * row[c];
        }
      }
    }
    assertArrayEquals(refGrad, grad, 0.0);
    for (int j = 0; j < q; j++) {
      for (int c = 0; c <= j; c++) {
        assertEquals(refInfo[j * q + c], info[j * q + c], 0.0, "info[" + j + "][" + c + "]");
      }
    }
  }

  @Property(tries = 20)
  void largeSumsAreTheTwoHalvesRowByRowThenAdded(
      @ForAll @IntRange(min = 0, max = 41) int extra,
      @ForAll @IntRange(min = 1, max = 5) int p,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Random random = new Random(seed);
    int n = AliveLogistic.HALVES_FROM + extra;
    double[] z = new double[n * p];
    for (int i = 0; i < z.length; i++) {
      z[i] = random.nextGaussian();
    }
    int[] rows = new int[n];
    double[] score = new double[n];
    double[] weight = new double[n];
    for (int k = 0; k < n; k++) {
      rows[k] = n - 1 - k;
      score[k] = random.nextGaussian();
      weight[k] = random.nextDouble();
    }
    int q = p + 1;
    double[] grad = new double[q];
    double[] info = new double[q * q];
    AliveLogistic.accumulateInHalves(z, p, rows, score, weight, grad, info);

    int half = (n / 2) / 4 * 4;
    double[][] first = rowByRow(z, p, rows, score, weight, 0, half);
    double[][] second = rowByRow(z, p, rows, score, weight, half, n);
    for (int j = 0; j < q; j++) {
      assertEquals(first[0][j] + second[0][j], grad[j], 0.0, "grad[" + j + "]");
      for (int c = 0; c <= j; c++) {
        int at = j * q + c;
        assertEquals(first[1][at] + second[1][at], info[at], 0.0, "info[" + j + "][" + c + "]");
      }
    }
  }

  private static double[][] rowByRow(
      double[] z, int p, int[] rows, double[] score, double[] weight, int from, int to) {
    int q = p + 1;
    double[] grad = new double[q];
    double[] info = new double[q * q];
    double[] row = new double[q];
    for (int k = from; k < to; k++) {
      row[0] = 1;
      System.arraycopy(z, rows[k] * p, row, 1, p);
      for (int j = 0; j < q; j++) {
        grad[j] += score[k] * row[j];
        double wr = weight[k] * row[j];
        for (int c = 0; c <= j; c++) {
          info[j * q + c] += wr * row[c];
        }
      }
    }
    return new double[][] {grad, info};
  }
}
