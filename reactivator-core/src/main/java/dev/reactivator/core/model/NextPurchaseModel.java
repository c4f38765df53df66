package dev.reactivator.core.model;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.internal.LongIntMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What customers buy next: the counts of product transitions from one purchase occasion of a
 * customer to the customer's next occasion, repurchases of the same product included, and the
 * probability of each next product given the last order they imply.
 *
 * <p>With {@code n(a→b)} the consecutive occasion pairs of one customer whose first occasion holds
 * product {@code a} and whose second holds {@code b} (each product counted once per occasion),
 * {@code N(a) = Σ_b n(a→b)}, {@code m(b)} the occasions that follow an earlier occasion of the same
 * customer and hold {@code b}, {@code P0(b) = m(b) / Σ m} and {@code α} the smoothing weight
 * (default 1), the probability that the next order holds {@code b} after the last order {@code L}
 * is
 *
 * <pre>
 *   P(b | L) = (1 / |L|) Σ_{a ∈ L} (n(a→b) + α P0(b)) / (N(a) + α)
 * </pre>
 *
 * <p>— each product of the last order votes with its smoothed successor shares, a product never
 * followed by anything votes with {@code P0}. Since {@code Σ_b n(a→b) = N(a)} and {@code Σ_b P0(b)
 * = 1}, the probabilities over all products sum to 1. See {@code docs/metrics.md}, "Next purchase";
 * {@code NextBestProductAnalysis} proposes the products.
 *
 * <p>Immutable and thread-safe. Part of the {@link FittedModels} and saved with them ({@code
 * SavedModels}) so that a base is scored with the same transitions without refitting.
 */
public final class NextPurchaseModel {
  /** The default smoothing weight α. */
  public static final double DEFAULT_ALPHA = 1.0;

  private final List<String> products;
  private final double alpha;
  // transitions out of product a: to[off[a] … off[a+1]-1] ascending, with counts count
  private final int[] off;
  private final int[] to;
  private final int[] count;
  private final int[] total;
  private final int[] next;
  private final long nextTotal;
  // products by m(b) descending, ties by id; only those with m(b) > 0
  private final int[] popular;

  private NextPurchaseModel(
      List<String> products, double alpha, int[] off, int[] to, int[] count, int[] next) {
    this.products = List.copyOf(products);
    this.alpha = alpha;
    this.off = off;
    this.to = to;
    this.count = count;
    this.next = next;
    int p = products.size();
    total = new int[p];
    for (int a = 0; a < p; a++) {
      for (int i = off[a]; i < off[a + 1]; i++) {
        total[a] += count[i];
      }
    }
    long m = 0;
    int withNext = 0;
    for (int b = 0; b < p; b++) {
      m += next[b];
      if (next[b] > 0) {
        withNext++;
      }
    }
    nextTotal = m;
    Integer[] order = new Integer[withNext];
    int w = 0;
    for (int b = 0; b < p; b++) {
      if (next[b] > 0) {
        order[w++] = b;
      }
    }
    Arrays.sort(
        order, (x, y) -> next[x] != next[y] ? Integer.compare(next[y], next[x]) : x.compareTo(y));
    popular = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Fits the transitions of a base with purchase dates, with the default smoothing weight.
   *
   * @param base the customer base, with purchase dates
   * @return the fitted model
   * @throws IllegalArgumentException when the base has no purchase dates (the order of purchases is
   *     unknown)
   */
  public static NextPurchaseModel fit(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    if (!base.has(Field.PURCHASE_DATE)) {
      throw new IllegalArgumentException(
          "the base has no purchase dates: the order of purchases is unknown");
    }
    int n = base.size();
    int[] offsets = new int[n + 1];
    int[] lineOffsets = new int[base.purchaseCount() + 1];
    int[] lineProduct = new int[base.lineCount()];
    int i = 0;
    int w = 0;
    for (int c = 0; c < n; c++) {
      offsets[c] = i;
      for (int k = 0; k < base.purchaseCount(c); k++, i++) {
        lineOffsets[i] = w;
        for (int l = base.purchaseFirstLine(c, k), e = l + base.purchaseLineCount(c, k);
            l < e;
            l++) {
          lineProduct[w++] = base.lineProduct(c, l);
        }
      }
    }
    offsets[n] = i;
    lineOffsets[i] = w;
    return fit(base.productNames(), offsets, lineOffsets, lineProduct, DEFAULT_ALPHA);
  }

  /**
   * Counts the transitions of purchase occasions given in CSR layout: customer {@code c}'s
   * occasions are {@code offsets[c] … offsets[c+1]-1}, in date order, and occasion {@code i}'s
   * products are {@code lineProduct[lineOffsets[i] … lineOffsets[i+1]-1]}. The arrays are read, not
   * kept.
   *
   * @param products the product names, by product index
   * @param offsets occasion offsets per customer, length customers + 1
   * @param lineOffsets line offsets per occasion, length occasions + 1
   * @param lineProduct the product index of every line
   * @param alpha the smoothing weight α, positive
   * @return the fitted model
   */
  public static NextPurchaseModel fit(
      List<String> products, int[] offsets, int[] lineOffsets, int[] lineProduct, double alpha) {
    Objects.requireNonNull(products, "products");
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be positive, was " + alpha);
    }
    int p = products.size();
    int[] next = new int[p];
    int[] seen = new int[p];
    Arrays.fill(seen, -1);
    LongIntMap pairs = new LongIntMap();
    int[] prev = new int[p];
    int[] cur = new int[p];
    int[] lines = lineOffsets;
    int n = offsets.length - 1;
    for (int c = 0; c < n; c++) {
      int prevLen = 0;
      for (int i = offsets[c]; i < offsets[c + 1]; i++) {
        int curLen = 0;
        for (int x = lines[i]; x < lines[i + 1]; x++) {
          int b = lineProduct[x];
          if (seen[b] != i) {
            seen[b] = i;
            cur[curLen++] = b;
          }
        }
        if (i > offsets[c]) {
          for (int y = 0; y < curLen; y++) {
            next[cur[y]]++;
            for (int z = 0; z < prevLen; z++) {
              pairs.add((long) prev[z] * p + cur[y], 1);
            }
          }
        }
        int[] t = prev;
        prev = cur;
        cur = t;
        prevLen = curLen;
      }
    }
    long[] keys = pairs.keys();
    Arrays.sort(keys);
    int[] off = new int[p + 1];
    int[] to = new int[keys.length];
    int[] count = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      off[(int) (keys[i] / p) + 1]++;
      to[i] = (int) (keys[i] % p);
      count[i] = pairs.get(keys[i]);
    }
    for (int a = 0; a < p; a++) {
      off[a + 1] += off[a];
    }
    return new NextPurchaseModel(products, alpha, off, to, count, next);
  }

  /**
   * A model from saved counts.
   *
   * @param products the product names, by product index
   * @param alpha the smoothing weight α, positive
   * @param transitions the counts n(a→b) &gt; 0, at most one per pair
   * @param nextOrders m(b) by product index: occasions following an earlier one that hold b
   * @return the model
   * @throws IllegalArgumentException when a count or index is out of range, a pair repeats, α is
   *     not positive or the lists disagree in length
   */
  public static NextPurchaseModel of(
      List<String> products, double alpha, List<Transition> transitions, List<Integer> nextOrders) {
    Objects.requireNonNull(products, "products");
    Objects.requireNonNull(transitions, "transitions");
    Objects.requireNonNull(nextOrders, "nextOrders");
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be positive, was " + alpha);
    }
    int p = products.size();
    if (nextOrders.size() != p) {
      throw new IllegalArgumentException(
          "nextOrders has " + nextOrders.size() + " entries for " + p + " products");
    }
    int[] next = new int[p];
    for (int b = 0; b < p; b++) {
      next[b] = nextOrders.get(b);
      if (next[b] < 0) {
        throw new IllegalArgumentException("nextOrders[" + b + "] is negative: " + next[b]);
      }
    }
    Transition[] t = transitions.toArray(new Transition[0]);
    for (Transition x : t) {
      if (x.from() >= p || x.to() >= p) {
        throw new IllegalArgumentException("transition " + x + " names a product beyond " + p);
      }
    }
    Arrays.sort(
        t,
        (x, y) ->
            x.from() != y.from()
                ? Integer.compare(x.from(), y.from())
                : Integer.compare(x.to(), y.to()));
    int[] off = new int[p + 1];
    int[] to = new int[t.length];
    int[] count = new int[t.length];
    for (int i = 0; i < t.length; i++) {
      if (i > 0 && t[i].from() == t[i - 1].from() && t[i].to() == t[i - 1].to()) {
        throw new IllegalArgumentException("transition " + t[i] + " is given twice");
      }
      off[t[i].from() + 1]++;
      to[i] = t[i].to();
      count[i] = t[i].count();
    }
    for (int a = 0; a < p; a++) {
      off[a + 1] += off[a];
    }
    return new NextPurchaseModel(products, alpha, off, to, count, next);
  }

  /**
   * The product names, by product index.
   *
   * @return the product names, by product index
   */
  public List<String> products() {
    return products;
  }

  /**
   * The smoothing weight α.
   *
   * @return the smoothing weight α
   */
  public double alpha() {
    return alpha;
  }

  /**
   * Every counted transition, by previous product then next product.
   *
   * @return the counts n(a→b) &gt; 0, by previous product then next product
   */
  public List<Transition> transitions() {
    List<Transition> out = new ArrayList<>(to.length);
    for (int a = 0; a < products.size(); a++) {
      for (int i = off[a]; i < off[a + 1]; i++) {
        out.add(new Transition(a, to[i], count[i]));
      }
    }
    return List.copyOf(out);
  }

  /**
   * m(b) by product index: the occasions following an earlier occasion of the same customer that
   * hold the product.
   *
   * @return m(b) by product index
   */
  public List<Integer> nextOrders() {
    return Arrays.stream(next).boxed().toList();
  }

  /**
   * Whether any customer has two purchase occasions, so that the model has something to say.
   *
   * @return whether the model counted any transition
   */
  public boolean hasTransitions() {
    return nextTotal > 0;
  }

  /**
   * n(a→b): how often product {@code b} was in the order after one holding {@code a}.
   *
   * @param a the previous product's index
   * @param b the next product's index
   * @return the count n(a→b)
   */
  public int count(int a, int b) {
    Objects.checkIndex(a, products.size());
    Objects.checkIndex(b, products.size());
    int i = Arrays.binarySearch(to, off[a], off[a + 1], b);
    return i >= 0 ? count[i] : 0;
  }

  /**
   * N(a): the transitions out of product {@code a}.
   *
   * @param a the product index
   * @return N(a)
   */
  public int total(int a) {
    return total[Objects.checkIndex(a, products.size())];
  }

  /**
   * P0(b) = m(b) / Σ m: the share of next orders holding product {@code b}; 0 without transitions.
   *
   * @param b the product index
   * @return P0(b), 0–1
   */
  public double prior(int b) {
    Objects.checkIndex(b, products.size());
    return nextTotal == 0 ? 0 : next[b] / (double) nextTotal;
  }

  /**
   * P(b | L): the probability that the order after {@code lastOrder} holds {@code product}. An
   * empty last order (or one of products the model does not know) gives P0.
   *
   * @param lastOrder the names of the products of the last order; unknown names are ignored
   * @param product the next product's name
   * @return the probability, 0–1; 0 for a product the model does not know
   */
  public double probability(List<String> lastOrder, String product) {
    Objects.requireNonNull(lastOrder, "lastOrder");
    Objects.requireNonNull(product, "product");
    int b = products.indexOf(product);
    if (b < 0) {
      return 0;
    }
    int[] l =
        lastOrder.stream().mapToInt(products::indexOf).filter(i -> i >= 0).distinct().toArray();
    return probability(l, l.length, b);
  }

  private double probability(int[] last, int len, int b) {
    if (len == 0) {
      return prior(b);
    }
    double s = 0;
    for (int j = 0; j < len; j++) {
      int a = last[j];
      s += (count(a, b) + alpha * prior(b)) / (total[a] + alpha);
    }
    return s / len;
  }

  /**
   * The products by P0, most frequent in next orders first (ties: the smaller index); only those
   * with m(b) &gt; 0.
   *
   * @return product indices by descending P0
   */
  public List<Integer> byPrior() {
    return Arrays.stream(popular).boxed().toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NextPurchaseModel m
        && alpha == m.alpha
        && products.equals(m.products)
        && Arrays.equals(off, m.off)
        && Arrays.equals(to, m.to)
        && Arrays.equals(count, m.count)
        && Arrays.equals(next, m.next);
  }

  @Override
  public int hashCode() {
    return Objects.hash(products, alpha, Arrays.hashCode(to), Arrays.hashCode(count));
  }

  @Override
  public String toString() {
    return "NextPurchaseModel[products="
        + products.size()
        + ", transitions="
        + to.length
        + ", nextOrders="
        + nextTotal
        + ", alpha="
        + alpha
        + "]";
  }

  /**
   * One counted transition.
   *
   * <p>Immutable and thread-safe.
   *
   * @param from the previous product's index
   * @param to the next product's index
   * @param count n(from→to), positive
   */
  public record Transition(int from, int to, int count) {
    /**
     * Checks the values.
     *
     * @param from the previous product's index
     * @param to the next product's index
     * @param count n(from→to), positive
     * @throws IllegalArgumentException when an index is negative or the count is not positive
     */
    public Transition {
      if (from < 0 || to < 0) {
        throw new IllegalArgumentException("product indices must be >= 0: " + from + " → " + to);
      }
      if (count < 1) {
        throw new IllegalArgumentException("count must be >= 1, was " + count);
      }
    }
  }
}
