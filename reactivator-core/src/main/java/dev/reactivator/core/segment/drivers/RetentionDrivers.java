package dev.reactivator.core.segment.drivers;

import dev.reactivator.core.base.CustomerBase;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Statistical tests of retention drivers: does a binary customer feature (bought product X, has
 * complaints, discount-sensitive …) go with a higher LTV (Welch's t-test, Cohen's d) or with a
 * binary outcome such as being a repeat customer (chi² test of independence)? Features and outcomes
 * are predicates over customer indices, or boolean arrays indexed by customer. See {@code
 * docs/metrics.md}, "Retention drivers".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class RetentionDrivers {
  private RetentionDrivers() {}

  /**
   * The outcome "made at least two purchases".
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return the outcome "made at least two purchases", over customer indices
   */
  public static IntPredicate repeatCustomer(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    return c -> base.purchaseCount(c) >= 2;
  }

  /**
   * The predicate "bought {@code product} at least once".
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param product the product index, 0 to {@code base.productCount() − 1}
   * @return the predicate "bought {@code product} at least once", over customer indices
   * @throws IndexOutOfBoundsException when {@code product} is not a product index of the base
   */
  public static IntPredicate boughtProduct(CustomerBase base, int product) {
    Objects.requireNonNull(base, "base");
    Objects.checkIndex(product, base.productCount());
    return c -> {
      for (int k = 0, e = base.lineCount(c); k < e; k++) {
        if (base.lineProduct(c, k) == product) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Compares customers' total spent with and without {@code feature}.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param feature whether a customer, by index, has the feature
   * @return the comparison of total spent, or absent (with the reason) when a group has fewer than
   *     two customers
   */
  public static Optional<LtvComparison> compareLtv(CustomerBase base, IntPredicate feature) {
    return compareLtv(base, feature, reason -> {});
  }

  /**
   * Compares customers' total spent with and without {@code feature}.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param feature whether a customer, by index, has the feature
   * @param whyAbsent receives the reason, in English, when the result is absent
   * @return the comparison of total spent, or absent (with the reason) when a group has fewer than
   *     two customers
   */
  public static Optional<LtvComparison> compareLtv(
      CustomerBase base, IntPredicate feature, Consumer<String> whyAbsent) {
    Objects.requireNonNull(whyAbsent, "whyAbsent");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(feature, "feature");
    int n = base.size();
    double[] ltv = new double[n];
    boolean[] group = new boolean[n];
    for (int c = 0; c < n; c++) {
      ltv[c] = base.totalSpent(c);
      group[c] = feature.test(c);
    }
    return compare(ltv, group, whyAbsent);
  }

  /**
   * Welch's t-test and Cohen's d of {@code values} between {@code group[i] == true} and false;
   * absent when a group has fewer than two members or both groups have zero variance.
   *
   * @param values one value per customer
   * @param group each customer's group, same length as {@code values}
   * @return the group sizes and means, Welch's t, its p-value and Cohen's d, or absent with the
   *     reason
   * @throws IllegalArgumentException when {@code values} and {@code group} differ in length
   */
  public static Optional<LtvComparison> compare(double[] values, boolean[] group) {
    return compare(values, group, reason -> {});
  }

  /**
   * Welch's t-test and Cohen's d of {@code values} between {@code group[i] == true} and false;
   * absent when a group has fewer than two members or both groups have zero variance.
   *
   * @param values one value per customer
   * @param group each customer's group, same length as {@code values}
   * @param whyAbsent receives the reason, in English, when the result is absent
   * @return the group sizes and means, Welch's t, its p-value and Cohen's d, or absent with the
   *     reason
   * @throws IllegalArgumentException when {@code values} and {@code group} differ in length
   */
  public static Optional<LtvComparison> compare(
      double[] values, boolean[] group, Consumer<String> whyAbsent) {
    Objects.requireNonNull(whyAbsent, "whyAbsent");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(group, "group");
    if (values.length != group.length) {
      throw new IllegalArgumentException(
          "values and group must have the same length, were "
              + values.length
              + " and "
              + group.length);
    }
    long n1 = 0;
    long n0 = 0;
    double s1 = 0;
    double s0 = 0;
    for (int i = 0; i < values.length; i++) {
      if (group[i]) {
        n1++;
        s1 += values[i];
      } else {
        n0++;
        s0 += values[i];
      }
    }
    if (n1 < 2 || n0 < 2) {
      return absent(
          whyAbsent,
          "each group needs at least 2 customers, had " + n1 + " with and " + n0 + " without");
    }
    double m1 = s1 / n1;
    double m0 = s0 / n0;
    double q1 = 0;
    double q0 = 0;
    for (int i = 0; i < values.length; i++) {
      double d = values[i] - (group[i] ? m1 : m0);
      if (group[i]) {
        q1 += d * d;
      } else {
        q0 += d * d;
      }
    }
    double v1 = q1 / (n1 - 1);
    double v0 = q0 / (n0 - 1);
    double se1 = v1 / n1;
    double se0 = v0 / n0;
    if (se1 + se0 == 0) {
      return absent(whyAbsent, "both groups have zero variance");
    }
    double t = (m1 - m0) / Math.sqrt(se1 + se0);
    double df = (se1 + se0) * (se1 + se0) / (se1 * se1 / (n1 - 1) + se0 * se0 / (n0 - 1));
    double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    double pooled = Math.sqrt((q1 + q0) / (n1 + n0 - 2));
    double d = (m1 - m0) / pooled;
    return Optional.of(
        new LtvComparison((int) n1, (int) n0, m1, m0, t, df, p, d, Math.sqrt(se1 + se0)));
  }

  /**
   * Chi² test of independence of {@code feature} and {@code outcome} over the customers of {@code
   * base}.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param feature whether a customer, by index, has the feature
   * @param outcome whether a customer, by index, has the outcome
   * @return the 2×2 table, the chi² statistic and its p-value, or absent when a row or column of
   *     the table is empty
   */
  public static Optional<IndependenceTest> independence(
      CustomerBase base, IntPredicate feature, IntPredicate outcome) {
    return independence(base, feature, outcome, reason -> {});
  }

  /**
   * Chi² test of independence of {@code feature} and {@code outcome} over the customers of {@code
   * base}.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param feature whether a customer, by index, has the feature
   * @param outcome whether a customer, by index, has the outcome
   * @param whyAbsent receives the reason, in English, when the result is absent
   * @return the 2×2 table, the chi² statistic and its p-value, or absent when a row or column of
   *     the table is empty
   */
  public static Optional<IndependenceTest> independence(
      CustomerBase base, IntPredicate feature, IntPredicate outcome, Consumer<String> whyAbsent) {
    Objects.requireNonNull(whyAbsent, "whyAbsent");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(outcome, "outcome");
    int n = base.size();
    boolean[] f = new boolean[n];
    boolean[] o = new boolean[n];
    for (int c = 0; c < n; c++) {
      f[c] = feature.test(c);
      o[c] = outcome.test(c);
    }
    return independence(f, o, whyAbsent);
  }

  /**
   * Chi² test of independence on the 2×2 table of {@code feature} × {@code outcome}; absent when a
   * row or column of the table is empty (one of the variables does not vary).
   *
   * @param feature whether each customer has the feature, by customer index
   * @param outcome whether each customer has the outcome, by customer index
   * @return the 2×2 table, the chi² statistic and its p-value, or absent with the reason
   * @throws IllegalArgumentException when {@code feature} and {@code outcome} differ in length
   */
  public static Optional<IndependenceTest> independence(boolean[] feature, boolean[] outcome) {
    return independence(feature, outcome, reason -> {});
  }

  /**
   * Chi² test of independence on the 2×2 table of {@code feature} × {@code outcome}; absent when a
   * row or column of the table is empty (one of the variables does not vary).
   *
   * @param feature whether each customer has the feature, by customer index
   * @param outcome whether each customer has the outcome, by customer index
   * @param whyAbsent receives the reason, in English, when the result is absent
   * @return the 2×2 table, the chi² statistic and its p-value, or absent with the reason
   * @throws IllegalArgumentException when {@code feature} and {@code outcome} differ in length
   */
  public static Optional<IndependenceTest> independence(
      boolean[] feature, boolean[] outcome, Consumer<String> whyAbsent) {
    Objects.requireNonNull(whyAbsent, "whyAbsent");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(outcome, "outcome");
    if (feature.length != outcome.length) {
      throw new IllegalArgumentException(
          "feature and outcome must have the same length, were "
              + feature.length
              + " and "
              + outcome.length);
    }
    long a = 0;
    long b = 0;
    long c = 0;
    long d = 0;
    for (int i = 0; i < feature.length; i++) {
      if (feature[i]) {
        if (outcome[i]) {
          a++;
        } else {
          b++;
        }
      } else if (outcome[i]) {
        c++;
      } else {
        d++;
      }
    }
    double r1 = a + b;
    double r0 = c + d;
    double k1 = a + c;
    double k0 = b + d;
    if (r1 == 0 || r0 == 0 || k1 == 0 || k0 == 0) {
      return absent(
          whyAbsent,
          "the feature or the outcome does not vary: table " + a + " " + b + " / " + c + " " + d);
    }
    double total = r1 + r0;
    double diff = (double) a * d - (double) b * c;
    double chi2 = total * diff * diff / (r1 * r0 * k1 * k0);
    // the upper tail Q(1/2, χ²/2) directly: 1 − CDF rounds to exactly 0 beyond χ² ≈ 75
    double p = Gamma.regularizedGammaQ(0.5, chi2 / 2);
    // the smallest expected count E = row total × column total / N is the smallest row × smallest
    // column
    boolean small = Math.min(r1, r0) * Math.min(k1, k0) / total < 5;
    return Optional.of(new IndependenceTest(a, b, c, d, chi2, p, a / r1, c / r0, small));
  }

  /** Hands {@code reason} to {@code why} and returns the empty result. */
  private static <T> Optional<T> absent(Consumer<String> why, String reason) {
    why.accept(reason);
    return Optional.empty();
  }
}
