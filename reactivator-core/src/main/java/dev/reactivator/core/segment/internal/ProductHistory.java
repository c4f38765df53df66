package dev.reactivator.core.segment.internal;

import dev.reactivator.core.base.CustomerBase;

/**
 * Walks one customer's purchase occasions in date order and tells, for each, whether it is a
 * renewal (contains a product the customer bought in an earlier occasion, or a product marked as a
 * renewal by its name, {@link #isRenewalProduct}) and how much of it went to products new to the
 * customer (lines of unmarked products not bought in an earlier occasion, counted from the second
 * occasion on). The one definition of "renewal" and "upsell" used by the renewal-share driver, the
 * lifecycle stages and the upsell share of revenue ({@code docs/metrics.md}).
 *
 * <p>Holds a scratch array the size of the product list: one instance per thread.
 */
public final class ProductHistory {
  /** Receives each occasion of a customer, in date order. */
  @FunctionalInterface
  public interface OccasionVisitor {
    /**
     * One occasion.
     *
     * @param k the occasion index, 0 for the first
     * @param renewal whether it contains a product bought in an earlier occasion or a product
     *     marked as a renewal
     * @param newProductAmount the summed amount of its lines whose product is new to the customer
     *     and not marked as a renewal; 0 for the first occasion (a first purchase is not an upsell)
     */
    void occasion(int k, boolean renewal, double newProductAmount);
  }

  private final CustomerBase base;
  // seen[p] == stamp: product p was bought in an earlier occasion of the current customer
  private final int[] seen;
  private final boolean[] marked;
  private int stamp;

  /**
   * A walker over the customers of {@code base}.
   *
   * @param base the customer base
   */
  public ProductHistory(CustomerBase base) {
    this.base = base;
    this.seen = new int[base.productCount()];
    this.marked = new boolean[base.productCount()];
    for (int p = 0; p < marked.length; p++) {
      marked[p] = isRenewalProduct(base.productName(p));
    }
  }

  /**
   * Whether a product is marked as a renewal by its name: the name contains «продлен», «продлён» or
   * «renewal», in any case («Продление Битрикс24», «Annual renewal»).
   *
   * @param name the product name
   * @return whether buying it is a renewal even the first time
   */
  public static boolean isRenewalProduct(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.contains("продлен") || n.contains("продлён") || n.contains("renewal");
  }

  /**
   * Walks customer {@code c}'s occasions.
   *
   * @param c the customer index
   * @param visitor receives every occasion, first to last
   */
  public void walk(int c, OccasionVisitor visitor) {
    stamp++;
    int n = base.purchaseCount(c);
    for (int k = 0; k < n; k++) {
      int first = base.purchaseFirstLine(c, k);
      int end = first + base.purchaseLineCount(c, k);
      boolean renewal = false;
      double fresh = 0;
      for (int j = first; j < end; j++) {
        int p = base.lineProduct(c, j);
        if (seen[p] == stamp || marked[p]) {
          renewal = true;
        } else if (k > 0) {
          fresh += base.lineAmount(c, j);
        }
      }
      for (int j = first; j < end; j++) {
        seen[base.lineProduct(c, j)] = stamp;
      }
      visitor.occasion(k, renewal, fresh);
    }
  }

  /**
   * The number of distinct products customer {@code c} bought.
   *
   * @param c the customer index
   * @return the number of distinct products, {@code >= 1}
   */
  public int distinctProducts(int c) {
    stamp++;
    int count = 0;
    for (int j = 0, e = base.lineCount(c); j < e; j++) {
      int p = base.lineProduct(c, j);
      if (seen[p] != stamp) {
        seen[p] = stamp;
        count++;
      }
    }
    return count;
  }
}
