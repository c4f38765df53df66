package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import dev.reactivator.core.segment.rfm.Quintiles;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Next-best-product: the matrix previous product → shares of next products, and every customer's
 * next best product from their last product, falling back to association rules and then to
 * popularity. See {@code docs/metrics.md}, "Growth points".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class NextBestProductAnalysis {
  private NextBestProductAnalysis() {}

  /**
   * The matrix and recommendations with default options.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return the matrix and recommendations with default options
   */
  public static NextBestProducts compute(CustomerBase base) {
    return compute(base, NextBestProductOptions.defaults());
  }

  /**
   * The matrix and recommendations.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the exclusion, successor-count and rule thresholds
   * @return the matrix and recommendations
   */
  public static NextBestProducts compute(CustomerBase base, NextBestProductOptions options) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    return compute(PurchaseColumns.of(base), base.productNames(), options);
  }

  /**
   * The matrix and recommendations computed from precomputed purchase columns; the entry point the
   * segment stage uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @param names the product names, by product index
   * @param options the exclusion, successor-count and rule thresholds
   * @return the next-best-product matrix and each customer's recommendation
   */
  static NextBestProducts compute(
      PurchaseColumns col, List<String> names, NextBestProductOptions options) {
    NbpModel m = new NbpModel(col, options, names);
    int n = col.n;
    int[] product = new int[n];
    byte[] source = new byte[n];
    double[] confidence = new double[n];
    int[] p1 = new int[1];
    byte[] s1 = new byte[1];
    double[] c1 = new double[1];
    for (int c = 0; c < n; c++) {
      if (m.recommend(c, 1, p1, s1, c1) == 1) {
        product[c] = p1[0];
        source[c] = s1[0];
        confidence[c] = c1[0];
      } else {
        product[c] = -1;
      }
    }
    return new NextBestProducts(
        m.mode, matrix(m, names), new CustomerRecommendations(product, source, confidence, names));
  }

  private static List<ProductTransitions> matrix(NbpModel m, List<String> names) {
    PurchaseColumns col = m.col;
    int products = col.products;
    int[][] speaksTo;
    if (m.mode == TransitionMode.SEQUENCE) {
      int[] last = new int[col.n];
      for (int c = 0; c < col.n; c++) {
        last[c] = m.lastProduct(c);
      }
      speaksTo = Quintiles.groupBy(last, products);
    } else {
      speaksTo = new int[products][];
      for (int p = 0; p < products; p++) {
        speaksTo[p] =
            java.util.Arrays.copyOfRange(
                m.baskets.buyerList, m.baskets.buyerOffsets[p], m.baskets.buyerOffsets[p + 1]);
      }
    }
    List<ProductTransitions> rows = new ArrayList<>();
    for (int a = 0; a < products; a++) {
      if (m.succOff[a] == m.succOff[a + 1]) {
        continue;
      }
      List<ProductShare> next = new ArrayList<>();
      for (int i = m.succOff[a]; i < m.succOff[a + 1]; i++) {
        next.add(
            new ProductShare(
                m.succ[i],
                names.get(m.succ[i]),
                m.succCount[i],
                (double) m.succCount[i] / m.rowTotal[a]));
      }
      rows.add(
          new ProductTransitions(names.get(a), a, m.rowTotal[a], next, IntList.of(speaksTo[a])));
    }
    rows.sort(
        (x, y) ->
            x.total() != y.total()
                ? Integer.compare(y.total(), x.total())
                : x.key().compareTo(y.key()));
    return rows;
  }

  /**
   * Leave-last-out hit rates @1 and @3 against a popularity baseline; absent without true purchase
   * dates (the order of purchases is unknown) or when no customer has two purchases.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the exclusion, successor-count and rule thresholds
   * @return the hit rates and baseline, or the reason they are absent
   */
  public static Optional<NextBestProductEvaluation> evaluateHoldout(
      CustomerBase base, NextBestProductOptions options) {
    return evaluateHoldout(base, options, reason -> {});
  }

  /**
   * Leave-last-out hit rates @1 and @3 against a popularity baseline; absent without true purchase
   * dates (the order of purchases is unknown) or when no customer has two purchases.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the exclusion, successor-count and rule thresholds
   * @param whyAbsent receives the reason, in English, when the result is absent
   * @return the hit rates and baseline, or the reason they are absent
   */
  public static Optional<NextBestProductEvaluation> evaluateHoldout(
      CustomerBase base, NextBestProductOptions options, Consumer<String> whyAbsent) {
    Objects.requireNonNull(whyAbsent, "whyAbsent");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    PurchaseColumns col = PurchaseColumns.of(base);
    if (!col.trueDates) {
      return absent(whyAbsent, "no purchase dates: the order of purchases is unknown");
    }
    int[] hidden = new int[col.n];
    PurchaseColumns train = col.withoutLastPurchase(hidden);
    NbpModel m = new NbpModel(train, options, base.productNames());
    int[] p = new int[3];
    byte[] s = new byte[3];
    double[] conf = new double[3];
    int[] pop = new int[3];
    int evaluated = 0;
    int hit1 = 0;
    int hit3 = 0;
    int base1 = 0;
    int base3 = 0;
    for (int c = 0; c < col.n; c++) {
      int h = hidden[c];
      if (h < 0) {
        continue;
      }
      evaluated++;
      int k = m.recommend(c, 3, p, s, conf);
      for (int i = 0; i < k; i++) {
        if (p[i] == h) {
          hit3++;
          if (i == 0) {
            hit1++;
          }
        }
      }
      int kp = m.popularFor(c, 3, pop);
      for (int i = 0; i < kp; i++) {
        if (pop[i] == h) {
          base3++;
          if (i == 0) {
            base1++;
          }
        }
      }
    }
    if (evaluated == 0) {
      return absent(whyAbsent, "no customer has two purchases to hold one out");
    }
    double e = evaluated;
    return Optional.of(
        new NextBestProductEvaluation(evaluated, hit1 / e, hit3 / e, base1 / e, base3 / e));
  }

  /** Hands {@code reason} to {@code why} and returns the empty result. */
  private static <T> Optional<T> absent(Consumer<String> why, String reason) {
    why.accept(reason);
    return Optional.empty();
  }
}
