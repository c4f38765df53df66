package dev.reactivator.core.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The category of every product of a load: the caller's product → category map wins; otherwise the
 * category the product's rows name most often (ties: the alphabetically first); a product without
 * either has none. The categories are numbered alphabetically, like the products.
 *
 * @param names the categories in alphabetical order
 * @param ofProduct the category id of each product (by product id), {@code -1} for none
 * @param conflicts the products whose rows named several categories, in product order
 */
record ProductCategories(String[] names, int[] ofProduct, List<Conflict> conflicts) {

  /** A product whose rows named several categories, with the one it takes and how many rows. */
  record Conflict(String product, String chosen, int chosenRows, int categories, int rows) {}

  /**
   * The categories of the ranked products of {@code rows}.
   *
   * @param rows the accepted rows, with their category ids
   * @param catalogue the products, ranked
   * @param map the caller's product → category map (names as in the data), possibly empty
   */
  static ProductCategories of(
      RowBuffer rows, ProductCatalogue.Ranked catalogue, Map<String, String> map) {
    int products = catalogue.names().length;
    // rows per (product, category), only for the products the map does not cover
    List<Map<Integer, Integer>> counts = new ArrayList<>(products);
    for (int p = 0; p < products; p++) {
      counts.add(null);
    }
    for (int i = 0; i < rows.size(); i++) {
      int g = rows.categoryId(i);
      if (g == RowBuffer.NONE) {
        continue;
      }
      int p = catalogue.rankOfId()[rows.product(i)];
      Map<Integer, Integer> m = counts.get(p);
      if (m == null) {
        m = new HashMap<>(4);
        counts.set(p, m);
      }
      m.merge(g, 1, Integer::sum);
    }
    String[] chosen = new String[products];
    List<Conflict> conflicts = new ArrayList<>();
    for (int p = 0; p < products; p++) {
      String name = catalogue.names()[p];
      String mapped = map.get(name);
      if (mapped != null && !mapped.isBlank()) {
        chosen[p] = mapped.strip();
        continue;
      }
      Map<Integer, Integer> m = counts.get(p);
      if (m == null) {
        continue;
      }
      String best = null;
      int bestRows = 0;
      int total = 0;
      for (var e : m.entrySet()) {
        String g = rows.category(e.getKey());
        int n = e.getValue();
        total += n;
        if (n > bestRows || (n == bestRows && g.compareTo(best) < 0)) {
          best = g;
          bestRows = n;
        }
      }
      chosen[p] = best;
      if (m.size() > 1) {
        conflicts.add(new Conflict(name, best, bestRows, m.size(), total));
      }
    }
    TreeSet<String> all = new TreeSet<>();
    for (String g : chosen) {
      if (g != null) {
        all.add(g);
      }
    }
    String[] names = all.toArray(new String[0]);
    int[] of = new int[products];
    for (int p = 0; p < products; p++) {
      of[p] = chosen[p] == null ? -1 : Arrays.binarySearch(names, chosen[p]);
    }
    return new ProductCategories(names, of, conflicts);
  }
}
