package dev.reactivator.core.base;

import dev.reactivator.core.internal.StringIntMap;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The product names of a load, each interned to an id as its rows arrive; {@link #ranked()}
 * renumbers them alphabetically, so product ids do not depend on the order of the rows.
 */
final class ProductCatalogue {
  private final StringIntMap productIds = new StringIntMap(64); // value = entry

  /** The products in alphabetical order, and the alphabetical rank of every arrival id. */
  record Ranked(int[] rankOfId, String[] names) {}

  /** The arrival id of product {@code name}, interning it on first sight. */
  int idOf(String name) {
    int id = productIds.getOrPut(name, productIds.size());
    return id < 0 ? -1 - id : id;
  }

  /** The number of distinct products. */
  int size() {
    return productIds.size();
  }

  /** The products renumbered alphabetically. */
  Ranked ranked() {
    String[] products = new String[productIds.size()];
    for (int p = 0; p < products.length; p++) {
      products[p] = productIds.key(p);
    }
    Integer[] order = new Integer[products.length];
    for (int p = 0; p < order.length; p++) {
      order[p] = p;
    }
    Arrays.sort(order, Comparator.comparing(p -> products[p]));
    int[] productRank = new int[products.length];
    String[] sortedProducts = new String[products.length];
    for (int r = 0; r < order.length; r++) {
      productRank[order[r]] = r;
      sortedProducts[r] = products[order[r]];
    }
    return new Ranked(productRank, sortedProducts);
  }
}
