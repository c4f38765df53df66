package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.segment.internal.PurchaseColumns;
import java.util.Arrays;

/**
 * Each customer's basket: the distinct products they ever bought, ascending, in CSR layout
 * (customer {@code c} owns {@code items[offsets[c]] … items[offsets[c+1]-1]}), and how many
 * customers bought each product.
 *
 * <p>Immutable and thread-safe.
 */
public final class Baskets {
  /** Basket offsets, length n + 1. */
  public final int[] offsets;

  /** Distinct products per customer, ascending. */
  public final int[] items;

  /** Customers per product. */
  public final int[] buyers;

  /** Buyer offsets per product, length products + 1 (inverted index). */
  public final int[] buyerOffsets;

  /** Customers per product, ascending (inverted index). */
  public final int[] buyerList;

  private Baskets(int[] offsets, int[] items, int[] buyers) {
    this.offsets = offsets;
    this.items = items;
    this.buyers = buyers;
    int products = buyers.length;
    buyerOffsets = new int[products + 1];
    for (int p = 0; p < products; p++) {
      buyerOffsets[p + 1] = buyerOffsets[p] + buyers[p];
    }
    buyerList = new int[items.length];
    int[] fill = Arrays.copyOf(buyerOffsets, products);
    int n = offsets.length - 1;
    for (int c = 0; c < n; c++) {
      for (int i = offsets[c]; i < offsets[c + 1]; i++) {
        buyerList[fill[items[i]]++] = c;
      }
    }
  }

  /**
   * Whether customer {@code c} bought product {@code p} (binary search in the basket).
   *
   * @param c the customer index, 0 to the number of customers − 1
   * @param p the product index
   * @return whether customer {@code c} bought product {@code p} (binary search in the basket)
   */
  public boolean owns(int c, int p) {
    return Arrays.binarySearch(items, offsets[c], offsets[c + 1], p) >= 0;
  }

  /**
   * The baskets of {@code col}.
   *
   * @param col the purchase columns to group by customer
   * @return the baskets of {@code col}
   */
  static Baskets of(PurchaseColumns col) {
    int n = col.n;
    int[] off = new int[n + 1];
    int[] items = new int[col.lineProduct.length];
    int[] buyers = new int[col.products];
    int[] seen = new int[col.products];
    Arrays.fill(seen, -1);
    int w = 0;
    for (int c = 0; c < n; c++) {
      off[c] = w;
      int start = w;
      for (int i = col.lineOffsets[col.offsets[c]], e = col.lineOffsets[col.offsets[c + 1]];
          i < e;
          i++) {
        int p = col.lineProduct[i];
        if (seen[p] != c) {
          seen[p] = c;
          items[w++] = p;
          buyers[p]++;
        }
      }
      Arrays.sort(items, start, w);
    }
    off[n] = w;
    return new Baskets(off, Arrays.copyOf(items, w), buyers);
  }
}
