package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.internal.LongIntMap;
import dev.reactivator.core.segment.internal.CategoryColumns;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mines pair rules A → B at customer level. Products bought by fewer than {@code max(minCustomers,
 * minSupport × N)} customers cannot be in a passing pair and are pruned before pairs are counted
 * (the Apriori property). See {@code docs/metrics.md}, "Growth points".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class AssociationRuleMiner {
  private AssociationRuleMiner() {}

  /**
   * Rules with the default thresholds.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return the rules that pass the default thresholds, strongest first
   */
  public static AssociationRules mine(CustomerBase base) {
    return mine(base, AssociationRuleOptions.defaults());
  }

  /**
   * Rules with the given thresholds.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the support, confidence, customer-count and rule-count thresholds
   * @return the rules that pass the thresholds, strongest first
   */
  public static AssociationRules mine(CustomerBase base, AssociationRuleOptions options) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    PurchaseColumns col = PurchaseColumns.of(base);
    return mine(col, Baskets.of(col), base.productNames(), options);
  }

  /**
   * Pair rules between categories: the same rules with each product replaced by its category (a
   * customer's basket is every category they ever bought), keys {@code
   * category-rule-<antecedent>-<consequent>} with category ids.
   *
   * @param base the customer base: its purchases, products and their categories
   * @param options the support, confidence, customer-count and rule-count thresholds
   * @return the category rules, strongest first; empty when no product has a category
   */
  public static Optional<AssociationRules> mineCategories(
      CustomerBase base, AssociationRuleOptions options) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    return CategoryColumns.of(base)
        .map(k -> mine(k.columns(), Baskets.of(k.columns()), k.names(), options, CATEGORY_KEY));
  }

  static final String PRODUCT_KEY = "rule-";
  private static final String CATEGORY_KEY = "category-rule-";

  /**
   * Rules mined from precomputed purchase columns and baskets; the entry point the segment stage
   * uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @param b every customer's set of bought products
   * @param names the product names, by product index
   * @param o the support, confidence, customer-count and rule-count thresholds
   * @return the rules that pass the thresholds, strongest first
   */
  static AssociationRules mine(
      PurchaseColumns col, Baskets b, List<String> names, AssociationRuleOptions o) {
    return mine(col, b, names, o, PRODUCT_KEY);
  }

  private static AssociationRules mine(
      PurchaseColumns col,
      Baskets b,
      List<String> names,
      AssociationRuleOptions o,
      String keyPrefix) {
    int n = col.n;
    double minBoth = minBoth(n, o);
    boolean[] frequent = new boolean[col.products];
    for (int p = 0; p < col.products; p++) {
      frequent[p] = b.buyers[p] >= minBoth;
    }
    LongIntMap pairs = countPairs(b, frequent, n);
    List<AssociationRule> kept = passing(pairs, col.products, b.buyers, n, names, o, keyPrefix);
    List<AssociationRule> withTargets = new ArrayList<>(kept.size());
    for (AssociationRule r : kept) {
      withTargets.add(
          new AssociationRule(
              r.key(),
              r.antecedent(),
              r.antecedentName(),
              r.consequent(),
              r.consequentName(),
              r.bothCustomers(),
              r.support(),
              r.confidence(),
              r.lift(),
              targets(b, n, r.antecedent(), r.consequent())));
    }
    return new AssociationRules(n, o, withTargets);
  }

  /** The fewest customers who bought both products of a passing pair. */
  static double minBoth(int n, AssociationRuleOptions o) {
    return Math.max(o.minCustomers(), o.minSupport() * n);
  }

  /**
   * The rules that pass the thresholds, strongest first (lift, confidence, support, then the
   * antecedent's and the consequent's ids), at most {@code maxRules}, without their targets.
   *
   * @param pairs customers per unordered pair ({@code x < y}), keyed {@code x × products + y};
   *     pairs with a product bought by fewer than {@link #minBoth} customers may be left out
   * @param buyers customers per product
   */
  static List<AssociationRule> passing(
      LongIntMap pairs,
      int productCount,
      int[] buyers,
      int n,
      List<String> names,
      AssociationRuleOptions o,
      String keyPrefix) {
    double minBoth = minBoth(n, o);
    List<AssociationRule> rules = new ArrayList<>();
    long products = productCount;
    for (long key : pairs.keys()) {
      int both = pairs.get(key);
      if (both < minBoth) {
        continue;
      }
      int x = (int) (key / products);
      int y = (int) (key % products);
      addIfPassing(rules, keyPrefix, x, y, both, n, buyers, names, o);
      addIfPassing(rules, keyPrefix, y, x, both, n, buyers, names, o);
    }
    rules.sort(
        Comparator.comparingDouble(AssociationRule::lift)
            .reversed()
            .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
            .thenComparing(Comparator.comparingDouble(AssociationRule::support).reversed())
            .thenComparingInt(AssociationRule::antecedent)
            .thenComparingInt(AssociationRule::consequent));
    return rules.size() > o.maxRules() ? rules.subList(0, o.maxRules()) : rules;
  }

  /** Customers per unordered pair ({@code x < y}), keyed {@code x × products + y}. */
  static LongIntMap countPairs(Baskets b, boolean[] include, int n) {
    LongIntMap pairs = new LongIntMap();
    long products = include.length;
    for (int c = 0; c < n; c++) {
      int from = b.offsets[c];
      int to = b.offsets[c + 1];
      for (int i = from; i < to; i++) {
        int x = b.items[i];
        if (!include[x]) {
          continue;
        }
        for (int j = i + 1; j < to; j++) {
          int y = b.items[j];
          if (include[y]) {
            pairs.add(x * products + y, 1);
          }
        }
      }
    }
    return pairs;
  }

  private static void addIfPassing(
      List<AssociationRule> rules,
      String keyPrefix,
      int a,
      int c,
      int both,
      int n,
      int[] buyers,
      List<String> names,
      AssociationRuleOptions o) {
    double support = (double) both / n;
    double confidence = (double) both / buyers[a];
    double lift = confidence / ((double) buyers[c] / n);
    if (support >= o.minSupport() && confidence >= o.minConfidence()) {
      rules.add(
          new AssociationRule(
              keyPrefix + a + "-" + c,
              a,
              names.get(a),
              c,
              names.get(c),
              both,
              support,
              confidence,
              lift,
              IntList.empty()));
    }
  }

  private static IntList targets(Baskets b, int n, int a, int c) {
    int[] out = new int[b.buyers[a]];
    int w = 0;
    for (int i = b.buyerOffsets[a], e = b.buyerOffsets[a + 1]; i < e; i++) {
      int k = b.buyerList[i];
      if (!b.owns(k, c)) {
        out[w++] = k;
      }
    }
    return IntList.copyOf(out, 0, w);
  }
}
