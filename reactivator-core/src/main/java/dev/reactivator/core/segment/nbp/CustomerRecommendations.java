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

  CustomerRecommendations(int[] product, byte[] source, double[] confidence, List<String> names) {
    this.product = product;
    this.source = source;
    this.confidence = confidence;
    this.names = List.copyOf(names);
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
   * Customer {@code c}'s next best product; empty when every product is already theirs.
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
