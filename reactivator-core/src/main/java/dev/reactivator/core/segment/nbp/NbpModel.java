package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.internal.LongIntMap;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import java.util.Arrays;
import java.util.List;

/**
 * The fitted recommender: successor lists per product (CSR, most frequent first), rules per
 * antecedent (most confident first) and products by popularity. Package-private.
 */
final class NbpModel {
  final PurchaseColumns col;
  final Baskets baskets;
  final TransitionMode mode;
  final NextBestProductOptions options;
  // successors of product p: succ[succOff[p] … succOff[p+1]-1] with counts succCount, row total
  // rowTotal[p]
  final int[] succOff;
  final int[] succ;
  final int[] succCount;
  final int[] rowTotal;
  // rules with antecedent p: ruleConsequent[ruleOff[p] …], confidence ruleConfidence
  final int[] ruleOff;
  final int[] ruleConsequent;
  final double[] ruleConfidence;
  final int[] popular;

  /** Customers per product. */
  final int[] buyers;

  /** The customers of the population. */
  final int customers;

  private final int[] mark;
  private int stamp;

  NbpModel(PurchaseColumns col, NextBestProductOptions options, List<String> names) {
    this(col, Baskets.of(col), options, names);
  }

  private NbpModel(
      PurchaseColumns col, Baskets baskets, NextBestProductOptions options, List<String> names) {
    this(
        col,
        baskets,
        col.trueDates ? TransitionMode.SEQUENCE : TransitionMode.CO_PURCHASE,
        options,
        col.products,
        col.n,
        baskets.buyers,
        col.trueDates ? sequenceCounts(col) : coPurchaseCounts(baskets, col.products),
        AssociationRuleMiner.mine(col, baskets, names, options.rules()).rules());
  }

  /**
   * The recommender from the population's counts; {@code col} and {@code baskets} (null when the
   * counts were made elsewhere) serve only the matrix and the per-index {@link #recommend}.
   *
   * @param counts the successor counts keyed {@code a × products + b}: line pairs of consecutive
   *     purchases (SEQUENCE), or customers who bought both (CO_PURCHASE, both orders)
   * @param rules the association rules that passed, as {@link AssociationRuleMiner} keeps them
   */
  NbpModel(
      PurchaseColumns col,
      Baskets baskets,
      TransitionMode mode,
      NextBestProductOptions options,
      int products,
      int customers,
      int[] buyers,
      LongIntMap counts,
      List<AssociationRule> rules) {
    this.col = col;
    this.options = options;
    this.baskets = baskets;
    this.mode = mode;
    this.buyers = buyers;
    this.customers = customers;
    rowTotal = new int[products];
    long[] keys = counts.keys();
    Arrays.sort(keys);
    succOff = new int[products + 1];
    succ = new int[keys.length];
    succCount = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      int a = (int) (keys[i] / products);
      succOff[a + 1]++;
      succ[i] = (int) (keys[i] % products);
      succCount[i] = counts.get(keys[i]);
      if (mode == TransitionMode.SEQUENCE) {
        rowTotal[a] += succCount[i];
      }
    }
    if (mode == TransitionMode.CO_PURCHASE) {
      System.arraycopy(buyers, 0, rowTotal, 0, products);
    }
    for (int p = 0; p < products; p++) {
      succOff[p + 1] += succOff[p];
      sortByCountDesc(succOff[p], succOff[p + 1]);
    }
    ruleOff = new int[products + 1];
    ruleConsequent = new int[rules.size()];
    ruleConfidence = new double[rules.size()];
    AssociationRule[] byAntecedent = rules.toArray(new AssociationRule[0]);
    Arrays.sort(
        byAntecedent,
        (x, y) ->
            x.antecedent() != y.antecedent()
                ? Integer.compare(x.antecedent(), y.antecedent())
                : x.confidence() != y.confidence()
                    ? Double.compare(y.confidence(), x.confidence())
                    : x.lift() != y.lift()
                        ? Double.compare(y.lift(), x.lift())
                        : Integer.compare(x.consequent(), y.consequent()));
    for (int i = 0; i < byAntecedent.length; i++) {
      ruleOff[byAntecedent[i].antecedent() + 1]++;
      ruleConsequent[i] = byAntecedent[i].consequent();
      ruleConfidence[i] = byAntecedent[i].confidence();
    }
    for (int p = 0; p < products; p++) {
      ruleOff[p + 1] += ruleOff[p];
    }
    Integer[] order = new Integer[products];
    for (int p = 0; p < products; p++) {
      order[p] = p;
    }
    Arrays.sort(
        order,
        (x, y) ->
            buyers[x] != buyers[y] ? Integer.compare(buyers[y], buyers[x]) : Integer.compare(x, y));
    popular = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    mark = new int[products];
  }

  private void sortByCountDesc(int from, int to) {
    // insertion sort: rows are short; ties keep ascending product id (keys were sorted)
    for (int i = from + 1; i < to; i++) {
      int p = succ[i];
      int k = succCount[i];
      int j = i - 1;
      while (j >= from && succCount[j] < k) {
        succ[j + 1] = succ[j];
        succCount[j + 1] = succCount[j];
        j--;
      }
      succ[j + 1] = p;
      succCount[j + 1] = k;
    }
  }

  /**
   * Transitions from each product of one purchase (its basket) to each product of the customer's
   * next purchase.
   */
  static LongIntMap sequenceCounts(PurchaseColumns col) {
    LongIntMap m = new LongIntMap();
    long products = col.products;
    int[] lines = col.lineOffsets;
    for (int c = 0; c < col.n; c++) {
      for (int i = col.offsets[c] + 1; i < col.offsets[c + 1]; i++) {
        for (int a = lines[i - 1]; a < lines[i]; a++) {
          for (int b = lines[i]; b < lines[i + 1]; b++) {
            m.add(col.lineProduct[a] * products + col.lineProduct[b], 1);
          }
        }
      }
    }
    return m;
  }

  /** Customers who bought both A and B, for every ordered pair A ≠ B. */
  static LongIntMap coPurchaseCounts(Baskets b, int products) {
    LongIntMap m = new LongIntMap();
    int n = b.offsets.length - 1;
    for (int c = 0; c < n; c++) {
      for (int i = b.offsets[c]; i < b.offsets[c + 1]; i++) {
        for (int j = b.offsets[c]; j < b.offsets[c + 1]; j++) {
          if (i != j) {
            m.add((long) b.items[i] * products + b.items[j], 1);
          }
        }
      }
    }
    return m;
  }

  /** The product of customer {@code c}'s last purchase row. */
  int lastProduct(int c) {
    return col.product[col.offsets[c + 1] - 1];
  }

  /**
   * Up to {@code k} recommendations for customer {@code c}; returns how many were written. Not
   * thread-safe (uses a scratch mark array).
   */
  int recommend(int c, int k, int[] outProduct, byte[] outSource, double[] outConfidence) {
    return recommend(
        baskets.items,
        baskets.offsets[c],
        baskets.offsets[c + 1],
        mode == TransitionMode.SEQUENCE ? lastProduct(c) : -1,
        k,
        outProduct,
        outSource,
        outConfidence);
  }

  /**
   * Up to {@code k} recommendations for the customer whose basket (distinct products, ascending) is
   * {@code items[from … to-1]} and whose last purchase's product is {@code last} (read in SEQUENCE
   * mode only): the most frequent successors of {@code last}, then the most confident rules from
   * any owned product, then the most popular products, owned ones skipped when they are excluded.
   * Not thread-safe (uses a scratch mark array).
   */
  int recommend(
      int[] items,
      int from,
      int to,
      int last,
      int k,
      int[] outProduct,
      byte[] outSource,
      double[] outConfidence) {
    int s = nextStamp();
    int w = 0;
    if (options.excludeOwned()) {
      for (int i = from; i < to; i++) {
        mark[items[i]] = s;
      }
    }
    if (mode == TransitionMode.SEQUENCE && last >= 0) {
      int a = last;
      for (int i = succOff[a]; i < succOff[a + 1] && w < k; i++) {
        int p = succ[i];
        if (succCount[i] >= options.minTransitions() && mark[p] != s) {
          mark[p] = s;
          outProduct[w] = p;
          outSource[w] = (byte) RecommendationSource.SEQUENCE.ordinal();
          outConfidence[w++] = (double) succCount[i] / rowTotal[a];
        }
      }
    }
    if (w < k) {
      // rules from every owned product, best confidence first across antecedents
      while (w < k) {
        int best = -1;
        for (int i = from; i < to; i++) {
          int a = items[i];
          for (int r = ruleOff[a]; r < ruleOff[a + 1]; r++) {
            if (mark[ruleConsequent[r]] != s) {
              if (best < 0
                  || ruleConfidence[r] > ruleConfidence[best]
                  || (ruleConfidence[r] == ruleConfidence[best]
                      && ruleConsequent[r] < ruleConsequent[best])) {
                best = r;
              }
              break;
            }
          }
        }
        if (best < 0) {
          break;
        }
        mark[ruleConsequent[best]] = s;
        outProduct[w] = ruleConsequent[best];
        outSource[w] = (byte) RecommendationSource.RULE.ordinal();
        outConfidence[w++] = ruleConfidence[best];
      }
    }
    for (int i = 0; i < popular.length && w < k; i++) {
      int p = popular[i];
      if (mark[p] != s) {
        mark[p] = s;
        outProduct[w] = p;
        outSource[w] = (byte) RecommendationSource.POPULARITY.ordinal();
        outConfidence[w++] = customers == 0 ? 0 : (double) buyers[p] / customers;
      }
    }
    return w;
  }

  /**
   * Up to {@code k} most popular products (not owned by customer {@code c} when owned ones are
   * excluded).
   */
  int popularFor(int c, int k, int[] out) {
    int s = nextStamp();
    if (options.excludeOwned()) {
      for (int i = baskets.offsets[c]; i < baskets.offsets[c + 1]; i++) {
        mark[baskets.items[i]] = s;
      }
    }
    int w = 0;
    for (int i = 0; i < popular.length && w < k; i++) {
      if (mark[popular[i]] != s) {
        out[w++] = popular[i];
      }
    }
    return w;
  }

  private int nextStamp() {
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(mark, 0);
      stamp = 1;
    }
    return stamp;
  }
}
