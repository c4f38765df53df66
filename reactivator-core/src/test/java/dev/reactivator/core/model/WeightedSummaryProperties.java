package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.features.WeightedSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The fit on grouped statistics, counted as a distributed job counts them (groups in any order, a
 * triple split over several groups, spend rows in any order), equals the fit on the customers.
 */
class WeightedSummaryProperties {

  @Property(tries = 20)
  void weightedFitEqualsThePerCustomerFit(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 1000) int customers,
      @ForAll @IntRange(min = 0, max = 3) int shape,
      @ForAll("kinds") ModelKind kind) {
    CustomerSummary s = random(new Random(seed), customers, shape);
    WeightedSummary w = counted(s, new Random(~seed));
    assertEquals(WeightedSummary.of(s), w);
    assertEquals(
        PurchaseModels.fit(kind, s, FitOptions.defaults()),
        PurchaseModels.fit(kind, w, FitOptions.defaults()),
        kind.name());
    assertEquals(
        SpendModels.fit(s, FitOptions.defaults()), SpendModels.fit(w, FitOptions.defaults()));
    assertEquals(PurchaseModels.populationDefaults(s), PurchaseModels.populationDefaults(w));
  }

  /**
   * Pareto/NBD's likelihood is slow to fit: not drawn here (it reads the same grouped rows as the
   * others, and is tried in the fallback chain of a degenerate fit).
   */
  @Provide
  Arbitrary<ModelKind> kinds() {
    return Arbitraries.of(ModelKind.BG_NBD, ModelKind.MBG_NBD, ModelKind.EMPIRICAL);
  }

  /** Above 40 000 customers the plain fit starts from a fit on a sample of every k-th customer. */
  @Example
  void theScreeningSampleIsTheSameOnGroups() {
    CustomerSummary s = random(new Random(7), 60_000, 0);
    WeightedSummary w = counted(s, new Random(8));
    PurchaseModelFit fit = PurchaseModels.fit(ModelKind.BG_NBD, s, FitOptions.defaults());
    assertEquals(fit, PurchaseModels.fit(ModelKind.BG_NBD, w, FitOptions.defaults()));
    assertEquals(60_000, fit.customers());
  }

  /** The fit does not depend on the customers' order, sampled or not. */
  @Property(tries = 3)
  void theSampledFitDoesNotDependOnTheOrderOfCustomers(@ForAll long seed) {
    CustomerSummary s = random(new Random(3), 45_000, 0);
    assertEquals(
        PurchaseModels.fit(ModelKind.MBG_NBD, s, FitOptions.defaults()),
        PurchaseModels.fit(
            ModelKind.MBG_NBD, shuffled(s, new Random(seed)), FitOptions.defaults()));
  }

  @Example
  void badGroupsAreRefused() {
    int[] one = {1};
    double[] d = {2};
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WeightedSummary.of(
                one, d, d, new long[] {0}, new int[0], new double[0], 0, PeriodUnit.DAYS));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WeightedSummary.of(
                one,
                d,
                d,
                new long[] {1},
                new int[] {1, 2},
                new double[] {3, 4},
                0,
                PeriodUnit.DAYS));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WeightedSummary.of(
                new int[] {0},
                d,
                d,
                new long[] {1},
                new int[0],
                new double[0],
                0,
                PeriodUnit.DAYS));
  }

  /**
   * Random customers who buy at a random rate and drop out after a purchase with a random
   * probability (so the fits are mostly plain ones): shape 0 in whole days, 1 in fractional weeks,
   * 2 nobody repeating, 3 a handful of customers.
   */
  static CustomerSummary random(Random r, int n, int shape) {
    if (shape == 3) {
      n = Math.min(n, 12);
    }
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      double t = 30 + r.nextInt(700) + (shape == 1 ? r.nextDouble() : 0);
      double rate = Math.exp(r.nextGaussian()) / 60;
      double dropout = 0.05 + 0.4 * r.nextDouble();
      double last = 0;
      int xi = 0;
      for (double at = 0; shape != 2; ) {
        at += -Math.log(1 - r.nextDouble()) / rate;
        if (at > t) {
          break;
        }
        xi++;
        last = shape == 1 ? at : Math.floor(at);
        if (r.nextDouble() < dropout) {
          break;
        }
      }
      x[i] = xi;
      tx[i] = shape == 1 ? last / 7 : last;
      age[i] = shape == 1 ? t / 7 : t;
      spend[i] =
          xi == 0 || r.nextInt(10) == 0 ? 0 : 10 + r.nextInt(500) + (r.nextBoolean() ? 0.5 : 0);
      mean[i] = r.nextInt(8) == 0 ? 0 : 5 + r.nextInt(900);
    }
    PeriodUnit unit = shape == 1 ? PeriodUnit.WEEKS : PeriodUnit.DAYS;
    return CustomerSummary.of(x, tx, age, spend, mean, unit);
  }

  /**
   * The counts a distributed job would collect: each customer added to a random one of up to three
   * partial groups of its triple, the partial groups shuffled, the spend rows shuffled.
   */
  static WeightedSummary counted(CustomerSummary s, Random r) {
    record Key(int x, double tx, double age, int part) {}
    java.util.Map<Key, long[]> counts = new java.util.HashMap<>();
    List<double[]> spendRows = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      counts
          .computeIfAbsent(new Key(s.x(i), s.recency(i), s.age(i), r.nextInt(3)), k -> new long[1])[
          0]++;
      if (s.x(i) >= 1 && s.meanRepeatSpend(i) > 0) {
        spendRows.add(new double[] {s.x(i), s.meanRepeatSpend(i)});
      }
    }
    List<Key> keys = new ArrayList<>(counts.keySet());
    Collections.shuffle(keys, r);
    Collections.shuffle(spendRows, r);
    int m = keys.size();
    int[] x = new int[m];
    double[] tx = new double[m];
    double[] age = new double[m];
    long[] w = new long[m];
    for (int g = 0; g < m; g++) {
      Key k = keys.get(g);
      x[g] = k.x();
      tx[g] = k.tx();
      age[g] = k.age();
      w[g] = counts.get(k)[0];
    }
    int[] sx = new int[spendRows.size()];
    double[] sm = new double[spendRows.size()];
    for (int i = 0; i < sx.length; i++) {
      sx[i] = (int) spendRows.get(i)[0];
      sm[i] = spendRows.get(i)[1];
    }
    // the job's mean of the positive mean orders, summed as the library sums them
    double[] orders = new double[s.size()];
    int c = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.averageSpend(i) > 0) {
        orders[c++] = s.averageSpend(i);
      }
    }
    Arrays.sort(orders, 0, c);
    double sum = 0;
    for (int i = 0; i < c; i++) {
      sum += orders[i];
    }
    return WeightedSummary.of(x, tx, age, w, sx, sm, c == 0 ? 0 : sum / c, s.unit());
  }

  static CustomerSummary shuffled(CustomerSummary s, Random r) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, r);
    int n = s.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      int j = order.get(i);
      x[i] = s.x(j);
      tx[i] = s.recency(j);
      age[i] = s.age(j);
      spend[i] = s.meanRepeatSpend(j);
      mean[i] = s.averageSpend(j);
    }
    return CustomerSummary.of(x, tx, age, spend, mean, s.unit());
  }
}
