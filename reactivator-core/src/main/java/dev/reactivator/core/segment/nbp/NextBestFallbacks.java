package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.internal.LongIntMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The next best product's fallbacks for one customer at a time, from the population's counts: the
 * most frequent successors of the customer's last product, then the most confident association
 * rules from any product the customer owns, then the most popular products — the ranking {@link
 * NextBestProductAnalysis} gives a customer when the next-purchase model proposes nothing (same
 * scores, same ties, same rules). Every count is a sum over customers, so a caller that holds the
 * customers elsewhere (the Spark job, partition by partition) sums them and ranks here; the
 * library's own ranking runs the same code over its base.
 *
 * <p>Not thread-safe (scratch arrays): one per thread.
 */
public final class NextBestFallbacks {
  private final NbpModel model;
  private final List<String> products;
  private final Map<String, Integer> ids = new HashMap<>();
  private final int[] outProduct = new int[1];
  private final byte[] outSource = new byte[1];
  private final double[] outConfidence = new double[1];
  private int[] items = new int[16];

  /**
   * A count between two products, by their ids in the product list.
   *
   * @param from the first product's id
   * @param to the second product's id
   * @param count the count, positive
   */
  public record Count(int from, int to, int count) {
    /**
     * Checks the count.
     *
     * @param from the first product's id
     * @param to the second product's id
     * @param count the count, positive
     * @throws IllegalArgumentException if an id is negative or the count is not positive
     */
    public Count {
      if (from < 0 || to < 0 || count <= 0) {
        throw new IllegalArgumentException(
            "need product ids >= 0 and a positive count, were " + from + ", " + to + ", " + count);
      }
    }
  }

  private NextBestFallbacks(NbpModel model, List<String> products) {
    this.model = model;
    this.products = products;
    for (int i = 0; i < products.size(); i++) {
      ids.put(products.get(i), i);
    }
  }

  /**
   * The fallbacks of a population.
   *
   * @param products every product of the population in the library's order (alphabetical): a
   *     product's id is its position
   * @param customers the population's customers
   * @param mode SEQUENCE with purchase dates, else CO_PURCHASE
   * @param successors with SEQUENCE: for each product pair, the line pairs (a line of one purchase,
   *     a line of the customer's next purchase) summed over customers; ignored with CO_PURCHASE
   * @param pairs for each unordered product pair ({@code from < to}), the customers who bought
   *     both; pairs with a product bought by fewer than the rules' minimum may be left out
   * @param buyers the customers who bought each product, by id
   * @param options the exclusion, successor-count and rule thresholds
   * @return the fallbacks
   * @throws IllegalArgumentException if an id is out of range or a pair is not ordered
   */
  public static NextBestFallbacks of(
      List<String> products,
      int customers,
      TransitionMode mode,
      List<Count> successors,
      List<Count> pairs,
      List<Integer> buyers,
      NextBestProductOptions options) {
    List<String> names = List.copyOf(products);
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(options, "options");
    int n = names.size();
    if (buyers.size() != n) {
      throw new IllegalArgumentException(
          "need one buyer count per product, were " + buyers.size() + " for " + n);
    }
    int[] buyerCounts = buyers.stream().mapToInt(Integer::intValue).toArray();
    LongIntMap pairCounts = new LongIntMap();
    LongIntMap successorCounts = new LongIntMap();
    for (Count p : pairs) {
      check(p, n);
      if (p.from() >= p.to()) {
        throw new IllegalArgumentException("need from < to in a pair, were " + p);
      }
      pairCounts.add((long) p.from() * n + p.to(), p.count());
      if (mode == TransitionMode.CO_PURCHASE) {
        successorCounts.add((long) p.from() * n + p.to(), p.count());
        successorCounts.add((long) p.to() * n + p.from(), p.count());
      }
    }
    if (mode == TransitionMode.SEQUENCE) {
      for (Count s : successors) {
        check(s, n);
        successorCounts.add((long) s.from() * n + s.to(), s.count());
      }
    }
    List<AssociationRule> rules =
        AssociationRuleMiner.passing(
            pairCounts,
            n,
            buyerCounts,
            customers,
            names,
            options.rules(),
            AssociationRuleMiner.PRODUCT_KEY);
    NbpModel m =
        new NbpModel(null, null, mode, options, n, customers, buyerCounts, successorCounts, rules);
    return new NextBestFallbacks(m, names);
  }

  private static void check(Count c, int n) {
    if (c.from() >= n || c.to() >= n) {
      throw new IllegalArgumentException("product id out of range 0…" + (n - 1) + ": " + c);
    }
  }

  /**
   * The customer's next best product from the fallbacks.
   *
   * @param ownedProducts every product the customer bought, in any order; names the population does
   *     not know are ignored
   * @param lastProduct the product of the customer's last purchase occasion (read in SEQUENCE mode)
   * @return the product, its source and confidence; empty when every product is excluded
   */
  public Optional<NextBestProduct> recommend(
      Collection<String> ownedProducts, Optional<String> lastProduct) {
    if (items.length < ownedProducts.size()) {
      items = new int[Math.max(ownedProducts.size(), 2 * items.length)];
    }
    int len = 0;
    for (String p : ownedProducts) {
      Integer x = ids.get(p);
      if (x != null) {
        items[len++] = x;
      }
    }
    java.util.Arrays.sort(items, 0, len);
    int w = 0;
    for (int i = 0; i < len; i++) {
      if (w == 0 || items[w - 1] != items[i]) {
        items[w++] = items[i];
      }
    }
    int last = lastProduct.map(ids::get).orElse(-1);
    if (model.recommend(items, 0, w, last, 1, outProduct, outSource, outConfidence) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new NextBestProduct(
            outProduct[0],
            products.get(outProduct[0]),
            RecommendationSource.values()[outSource[0]],
            outConfidence[0]));
  }
}
