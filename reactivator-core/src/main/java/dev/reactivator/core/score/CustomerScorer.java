package dev.reactivator.core.score;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.model.Clv;
import dev.reactivator.core.model.GammaGammaModel;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.internal.ModelArguments;
import java.util.Arrays;
import java.util.Objects;

/**
 * Scores many customers with one purchase and one spend model: P(alive), the probability of a
 * purchase and the expected purchases within a horizon, the expected average order and the CLV.
 * Every value is exactly (bit for bit) what {@link PurchaseModel#probabilityAlive}, {@link
 * PurchaseModel#probabilityOfPurchaseWithin}, {@link PurchaseModel#expectedPurchases(double,
 * double, double, double)}, {@link GammaGammaModel#expectedAverageOrder} and {@link Clv#value}
 * return for the same customer, but computed faster: P(alive) once per customer instead of once per
 * horizon, and the hypergeometric expectations of a customer known to be alive — which depend on x
 * and T only — once per distinct (x, T) for the scoring horizon and every CLV month.
 *
 * <p>Not thread-safe (it keeps that cache); use one instance per thread.
 */
public final class CustomerScorer {
  private final PurchaseModel model;
  private final GammaGammaModel spend;
  private final double horizon;
  private final int months;
  private final double monthLength;
  private final double monthlyDiscountRate;
  private final double margin;
  private final boolean empirical;

  /** Per cached (x, T): the alive-customer expectation at the horizon, then at months 1..M. */
  private double[] values;

  private int[] keyX;
  private long[] keyAge;
  private int[] slot;
  private int size;

  /**
   * A scorer; the arguments are those of the model methods and {@link Clv#value}, checked here.
   *
   * @param model the purchase model
   * @param spend the spend model
   * @param horizon the horizon t of the purchase probability and the expected purchases, model unit
   * @param months the CLV horizon in months, ≥ 1
   * @param monthLength the length of a CLV month, model unit
   * @param monthlyDiscountRate the monthly discount rate of the CLV, in [0, 1)
   * @param margin the profit share of revenue, in (0, 1]
   */
  public CustomerScorer(
      PurchaseModel model,
      GammaGammaModel spend,
      double horizon,
      int months,
      double monthLength,
      double monthlyDiscountRate,
      double margin) {
    this.model = Objects.requireNonNull(model, "model");
    this.spend = Objects.requireNonNull(spend, "spend");
    ModelArguments.checkTime(horizon);
    ModelArguments.checkHorizon(months, monthLength, monthlyDiscountRate, margin);
    this.horizon = horizon;
    this.months = months;
    this.monthLength = monthLength;
    this.monthlyDiscountRate = monthlyDiscountRate;
    this.margin = margin;
    this.empirical = model.kind() == ModelKind.EMPIRICAL;
    int capacity = 1 << 10;
    keyX = new int[capacity];
    keyAge = new long[capacity];
    slot = new int[capacity];
    Arrays.fill(slot, -1);
    values = new double[(capacity / 2) * (months + 1)];
  }

  /**
   * Scores customers {@code from} (inclusive) to {@code to} (exclusive) of {@code s} into the same
   * positions of the output columns.
   *
   * @param s the customers' sufficient statistics, in the model's unit
   * @param from the first customer index to score, inclusive
   * @param to the last customer index to score, exclusive
   * @param alive receives P(alive) per customer
   * @param returnProbability receives the probability of a purchase within the horizon per customer
   * @param expectedPurchases receives the expected purchases within the horizon per customer
   * @param averageOrder receives the expected average order value per customer
   * @param clv receives the CLV over the CLV horizon per customer
   * @throws IllegalArgumentException if the summary and the model are in different units
   */
  public void score(
      CustomerSummary s,
      int from,
      int to,
      double[] alive,
      double[] returnProbability,
      double[] expectedPurchases,
      double[] averageOrder,
      double[] clv) {
    score(s, from, to, null, alive, returnProbability, expectedPurchases, averageOrder, clv);
  }

  /**
   * Like {@link #score(CustomerSummary, int, int, double[], double[], double[], double[],
   * double[])}, but with each customer's P(alive) given (by the supervised layer) instead of the
   * purchase model's: the return probability, the expected purchases and the CLV rest on it, the
   * purchases of a customer known to be alive still come from the purchase model.
   *
   * @param s the customers' sufficient statistics, in the model's unit
   * @param from the first customer index to score, inclusive
   * @param to the last customer index to score, exclusive
   * @param givenAlive P(alive) per customer, in [0, 1]; copied into {@code alive}
   * @param alive receives P(alive) per customer
   * @param returnProbability receives the probability of a purchase within the horizon per customer
   * @param expectedPurchases receives the expected purchases within the horizon per customer
   * @param averageOrder receives the expected average order value per customer
   * @param clv receives the CLV over the CLV horizon per customer
   * @throws IllegalArgumentException if the units differ, the model is the empirical rule or a
   *     given P(alive) is outside [0, 1]
   */
  public void scoreWithAlive(
      CustomerSummary s,
      int from,
      int to,
      double[] givenAlive,
      double[] alive,
      double[] returnProbability,
      double[] expectedPurchases,
      double[] averageOrder,
      double[] clv) {
    Objects.requireNonNull(givenAlive, "givenAlive");
    if (empirical) {
      throw new IllegalArgumentException("the empirical rule takes no given P(alive)");
    }
    score(s, from, to, givenAlive, alive, returnProbability, expectedPurchases, averageOrder, clv);
  }

  private void score(
      CustomerSummary s,
      int from,
      int to,
      double[] givenAlive,
      double[] alive,
      double[] returnProbability,
      double[] expectedPurchases,
      double[] averageOrder,
      double[] clv) {
    if (s.unit() != model.unit()) {
      throw new IllegalArgumentException(
          "summary in " + s.unit() + " but model in " + model.unit());
    }
    int stride = months + 1;
    for (int c = from; c < to; c++) {
      int xi = s.x(c);
      double x = xi;
      double tx = s.recency(c);
      double age = s.age(c);
      ModelArguments.check(x, tx, age);
      double pAlive = givenAlive == null ? model.probabilityAlive(x, tx, age) : givenAlive[c];
      if (!(pAlive >= 0 && pAlive <= 1)) {
        throw new IllegalArgumentException("P(alive) must be in [0, 1], was " + pAlive);
      }
      alive[c] = pAlive;
      returnProbability[c] = model.purchaseWithin(horizon, x, age, pAlive);
      double aov = spend.expectedAverageOrder(x, s.meanRepeatSpend(c));
      averageOrder[c] = aov;
      ModelArguments.checkOrder(aov);
      if (pAlive == 0.0) {
        expectedPurchases[c] = 0.0;
        clv[c] = 0.0;
        continue;
      }
      if (empirical) {
        // the empirical rule's expectations need t_x: closed forms, nothing to share
        returnProbability[c] = model.probabilityOfPurchaseWithin(horizon, x, tx, age);
        expectedPurchases[c] = model.expectedPurchases(horizon, x, tx, age);
        clv[c] =
            Clv.value(model, x, tx, age, aov, months, monthLength, monthlyDiscountRate, margin);
        continue;
      }
      int base = lookup(xi, x, age) * stride;
      double[] v = values;
      expectedPurchases[c] = horizon == 0 ? 0.0 : PurchaseModel.expectedGivenAlive(v[base], pAlive);
      double total = 0;
      double previous = 0;
      double discount = 1;
      for (int m = 1; m <= months; m++) {
        double cumulative = PurchaseModel.expectedGivenAlive(v[base + m], pAlive);
        discount /= 1 + monthlyDiscountRate;
        total += Math.max(0, cumulative - previous) * aov * margin * discount;
        previous = Math.max(previous, cumulative);
      }
      clv[c] = total;
    }
  }

  /** The slot of (x, T), computing its expectations on first use. */
  private int lookup(int xi, double x, double age) {
    long ageBits = Double.doubleToLongBits(age + 0.0);
    int mask = slot.length - 1;
    int h = mix(xi * 0x9E3779B9L + ageBits) & mask;
    while (true) {
      int k = slot[h];
      if (k < 0) {
        break;
      }
      if (keyX[h] == xi && keyAge[h] == ageBits) {
        return k;
      }
      h = (h + 1) & mask;
    }
    int k = size++;
    slot[h] = k;
    keyX[h] = xi;
    keyAge[h] = ageBits;
    int stride = months + 1;
    if ((k + 1) * stride > values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    int base = k * stride;
    values[base] = horizon == 0 ? 0.0 : model.aliveExpectation(horizon, x, age);
    for (int m = 1; m <= months; m++) {
      values[base + m] = model.aliveExpectation(m * monthLength, x, age);
    }
    if (2 * size > slot.length) {
      rehash();
    }
    return k;
  }

  private void rehash() {
    int[] oldX = keyX;
    long[] oldAge = keyAge;
    int[] oldSlot = slot;
    int capacity = oldSlot.length * 2;
    keyX = new int[capacity];
    keyAge = new long[capacity];
    slot = new int[capacity];
    Arrays.fill(slot, -1);
    int mask = capacity - 1;
    for (int i = 0; i < oldSlot.length; i++) {
      if (oldSlot[i] >= 0) {
        int h = mix(oldX[i] * 0x9E3779B9L + oldAge[i]) & mask;
        while (slot[h] >= 0) {
          h = (h + 1) & mask;
        }
        slot[h] = oldSlot[i];
        keyX[h] = oldX[i];
        keyAge[h] = oldAge[i];
      }
    }
  }

  private static int mix(long v) {
    v ^= v >>> 33;
    v *= 0xff51afd7ed558ccdL;
    v ^= v >>> 33;
    return (int) v;
  }
}
