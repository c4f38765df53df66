package dev.reactivator.spark.internal;

import dev.reactivator.core.segment.nbp.NextBestFallbacks;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.segment.nbp.TransitionMode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * The population's next-best-product fallback counts, collected on the driver from the summed
 * {@link CustomerStage#TRANSITIONS} rows and broadcast as primitive arrays; each executor builds
 * core's {@link NextBestFallbacks} from them once per partition.
 */
public final class Fallbacks implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] products;
  private final int customers;
  private final boolean sequence;
  private final int[] buyers;
  private final int[][] successors;
  private final int[][] pairs;

  private Fallbacks(
      String[] products,
      int customers,
      boolean sequence,
      int[] buyers,
      int[][] successors,
      int[][] pairs) {
    this.products = products;
    this.customers = customers;
    this.sequence = sequence;
    this.buyers = buyers;
    this.successors = successors;
    this.pairs = pairs;
  }

  /**
   * The fallbacks from the summed counts.
   *
   * @param sums rows {@code (kind, from, to, sum)} summed over the partitions
   * @param customers the population's customers
   * @param dates whether the input has purchase dates (SEQUENCE mode)
   * @return the fallbacks, empty without buyer counts (no product column)
   */
  public static Optional<Fallbacks> of(List<Row> sums, long customers, boolean dates) {
    TreeMap<String, Integer> buyers = new TreeMap<>();
    for (Row r : sums) {
      if (CustomerStage.BUYERS.equals(r.getString(0))) {
        buyers.put(r.getString(1), Math.toIntExact(r.getLong(3)));
      }
    }
    if (buyers.isEmpty()) {
      return Optional.empty();
    }
    String[] names = buyers.keySet().toArray(new String[0]);
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      id.put(names[i], i);
    }
    List<int[]> successors = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    for (Row r : sums) {
      String kind = r.getString(0);
      boolean pair = CustomerStage.PAIRS.equals(kind);
      if (pair || (dates && CustomerStage.SUCCESSORS.equals(kind))) {
        int[] c = {id.get(r.getString(1)), id.get(r.getString(2)), Math.toIntExact(r.getLong(3))};
        (pair ? pairs : successors).add(c);
      }
    }
    return Optional.of(
        new Fallbacks(
            names,
            Math.toIntExact(customers),
            dates,
            buyers.values().stream().mapToInt(Integer::intValue).toArray(),
            successors.toArray(new int[0][]),
            pairs.toArray(new int[0][])));
  }

  /**
   * Core's ranking of these counts.
   *
   * @param options the next-best-product options
   * @return a new recommender, for one thread
   */
  public NextBestFallbacks build(NextBestProductOptions options) {
    return NextBestFallbacks.of(
        List.of(products),
        customers,
        sequence ? TransitionMode.SEQUENCE : TransitionMode.CO_PURCHASE,
        counts(successors),
        counts(pairs),
        java.util.Arrays.stream(buyers).boxed().toList(),
        options);
  }

  private static List<NextBestFallbacks.Count> counts(int[][] rows) {
    List<NextBestFallbacks.Count> out = new ArrayList<>(rows.length);
    for (int[] r : rows) {
      out.add(new NextBestFallbacks.Count(r[0], r[1], r[2]));
    }
    return out;
  }
}
