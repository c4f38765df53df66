package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.segment.rfm.Quintiles;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The next best product of every customer, stored compactly; immutable.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerRecommendations {
  private static final RecommendationSource[] SOURCES = RecommendationSource.values();
  private final int[] product;
  private final byte[] source;
  private final double[] confidence;
  private final List<String> names;
  private final Proposals next;
  private final Proposals cross;

  CustomerRecommendations(
      int[] product,
      byte[] source,
      double[] confidence,
      List<String> names,
      Proposals next,
      Proposals cross) {
    this.product = product;
    this.source = source;
    this.confidence = confidence;
    this.names = List.copyOf(names);
    this.next = next;
    this.cross = cross;
  }

  /**
   * Customer {@code c}'s most likely next purchase, which may be a repurchase (a renewal, a
   * re-order); empty without purchase dates or when no customer has two purchase occasions.
   *
   * @param c the customer index, 0 to the number of customers − 1
   * @return the next purchase with its probability, rule and evidence, or empty
   */
  public Optional<ProductProposal> nextPurchase(int c) {
    return next.get(c);
  }

  /**
   * Customer {@code c}'s cross-sell: the most likely next product the customer does not own; empty
   * without purchase dates, when no customer has two purchase occasions or when every product with
   * a probability is owned. {@link #get(int)} is this proposal when it is present.
   *
   * @param c the customer index, 0 to the number of customers − 1
   * @return the cross-sell with its probability, rule and evidence, or empty
   */
  public Optional<ProductProposal> crossSell(int c) {
    return cross.get(c);
  }

  /**
   * How many customers' next purchase rests on rule {@code r}.
   *
   * @param r the proposal rule
   * @return how many customers' next purchase rests on {@code r}
   */
  public int nextPurchaseCount(ProposalRule r) {
    return next.count(r);
  }

  /**
   * The number of customers.
   *
   * @return the number of customers
   */
  public int size() {
    return product.length;
  }

  /**
   * Customer {@code c}'s next best product: with purchase dates, the {@link #crossSell(int)
   * cross-sell} (source {@link RecommendationSource#SEQUENCE} when it followed a product of the
   * last order, {@link RecommendationSource#POPULARITY} when it rests on the popularity of next
   * orders, confidence its probability), or the {@link #nextPurchase(int) next purchase} when owned
   * products are not excluded; otherwise (no dates, no cross-sell) the successor of the last
   * product, an association rule or the most popular product not owned. Empty when every product is
   * already theirs.
   *
   * @param c the customer index, 0 to the number of customers − 1
   * @return the recommended product's name, or empty
   */
  public Optional<NextBestProduct> get(int c) {
    Objects.checkIndex(c, product.length);
    int p = product[c];
    return p < 0
        ? Optional.empty()
        : Optional.of(new NextBestProduct(p, names.get(p), SOURCES[source[c]], confidence[c]));
  }

  /**
   * The customers grouped by recommended product, largest group first (ties by name).
   *
   * @return the customers grouped by recommended product, largest group first (ties by name)
   */
  public List<RecommendationGroup> groups() {
    int[][] g = Quintiles.groupBy(product, names.size());
    List<RecommendationGroup> out = new ArrayList<>();
    for (int p = 0; p < g.length; p++) {
      if (g[p].length > 0) {
        out.add(new RecommendationGroup(names.get(p), p, IntList.of(g[p])));
      }
    }
    out.sort(
        (a, b) ->
            a.customers().size() != b.customers().size()
                ? Integer.compare(b.customers().size(), a.customers().size())
                : a.key().compareTo(b.key()));
    return List.copyOf(out);
  }

  /**
   * How many customers got a recommendation from {@code s}.
   *
   * @param s the recommendation source
   * @return how many customers got a recommendation from {@code s}
   */
  public int count(RecommendationSource s) {
    int k = 0;
    for (int c = 0; c < product.length; c++) {
      if (product[c] >= 0 && source[c] == s.ordinal()) {
        k++;
      }
    }
    return k;
  }
}
