package dev.reactivator.core.segment.cohort;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.internal.CategoryColumns;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import dev.reactivator.core.segment.rfm.Quintiles;
import dev.reactivator.core.segment.widget.IntList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Cohort retention by month of first purchase and product-led retention by first product. See
 * {@link CohortMode} for how activity is measured with and without true purchase dates, and {@code
 * docs/metrics.md}, "Analytics".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class CohortAnalysis {
  private CohortAnalysis() {}

  /**
   * Retention by month of first purchase, M0 … M12.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return one row per month of first purchase, with the retained share for M0 … M12
   */
  public static CohortTable byFirstMonth(CustomerBase base) {
    return byFirstMonth(base, CohortOptions.defaults());
  }

  /**
   * Retention by month of first purchase.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the months to follow (M0 … Mn)
   * @return one row per month of first purchase, with the retained share by month since then
   */
  public static CohortTable byFirstMonth(CustomerBase base, CohortOptions options) {
    Objects.requireNonNull(options, "options");
    return byFirstMonth(PurchaseColumns.of(base), options);
  }

  /**
   * Product-led retention: by the product of each customer's first purchase, M0 … M12.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return one row per first product, with the retained share for M0 … M12
   */
  public static CohortTable byFirstProduct(CustomerBase base) {
    return byFirstProduct(base, CohortOptions.defaults());
  }

  /**
   * Product-led retention: by the product of each customer's first purchase.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the months to follow (M0 … Mn)
   * @return one row per first product, with the retained share by month since the first purchase
   */
  public static CohortTable byFirstProduct(CustomerBase base, CohortOptions options) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    PurchaseColumns col = PurchaseColumns.of(base);
    String[] names = base.productNames().toArray(new String[0]);
    return byFirstProduct(col, names, options);
  }

  /**
   * Category-led retention: product-led retention with each product replaced by its category, so
   * rows are the category of the main product of each customer's first purchase (see {@code
   * docs/metrics.md}, "Analytics").
   *
   * @param base the customer base: its purchases, products and their categories
   * @param options the months to follow (M0 … Mn)
   * @return one row per first category, largest first; empty when no product has a category
   */
  public static Optional<CohortTable> byFirstCategory(CustomerBase base, CohortOptions options) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    return CategoryColumns.of(base)
        .map(k -> byFirstProduct(k.columns(), k.names().toArray(new String[0]), options));
  }

  /**
   * Retention by month of first purchase computed from precomputed purchase columns; the entry
   * point the segment stage uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @param options the months to follow (M0 … Mn)
   * @return one row per month of first purchase, with the retained share by month since then
   */
  static CohortTable byFirstMonth(PurchaseColumns col, CohortOptions options) {
    int n = col.n;
    int minMonth = Integer.MAX_VALUE;
    int maxMonth = Integer.MIN_VALUE;
    int[] m0 = new int[n];
    for (int c = 0; c < n; c++) {
      m0[c] = PurchaseColumns.month(col.first[c]);
      minMonth = Math.min(minMonth, m0[c]);
      maxMonth = Math.max(maxMonth, m0[c]);
    }
    if (n == 0) {
      return new CohortTable(mode(col), options.months(), List.of());
    }
    int span = maxMonth - minMonth + 1;
    int[] label = new int[n];
    for (int c = 0; c < n; c++) {
      label[c] = m0[c] - minMonth;
    }
    int[][] groups = Quintiles.groupBy(label, span);
    List<CohortRow> rows = new ArrayList<>();
    for (int g = 0; g < span; g++) {
      if (groups[g].length > 0) {
        int month = minMonth + g;
        String key =
            String.format(
                Locale.ROOT, "%04d-%02d", Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
        rows.add(row(col, key, groups[g], m0, options.months()));
      }
    }
    return new CohortTable(mode(col), options.months(), rows);
  }

  /**
   * Product-led retention computed from precomputed purchase columns; the entry point the segment
   * stage uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @param names the product names, by product index
   * @param options the months to follow (M0 … Mn)
   * @return one row per first product, with the retained share by month since the first purchase
   */
  static CohortTable byFirstProduct(PurchaseColumns col, String[] names, CohortOptions options) {
    int n = col.n;
    int[] m0 = new int[n];
    int[] label = new int[n];
    for (int c = 0; c < n; c++) {
      m0[c] = PurchaseColumns.month(col.first[c]);
      label[c] = col.product[col.offsets[c]];
    }
    int[][] groups = Quintiles.groupBy(label, col.products);
    Integer[] order = new Integer[col.products];
    for (int p = 0; p < order.length; p++) {
      order[p] = p;
    }
    Arrays.sort(
        order,
        (x, y) ->
            groups[x].length != groups[y].length
                ? Integer.compare(groups[y].length, groups[x].length)
                : names[x].compareTo(names[y]));
    List<CohortRow> rows = new ArrayList<>();
    for (int p : order) {
      if (groups[p].length > 0) {
        rows.add(row(col, names[p], groups[p], m0, options.months()));
      }
    }
    return new CohortTable(mode(col), options.months(), rows);
  }

  private static CohortMode mode(PurchaseColumns col) {
    return col.trueDates ? CohortMode.TRUE_PURCHASES : CohortMode.ACTIVE_SPAN;
  }

  private static CohortRow row(
      PurchaseColumns col, String key, int[] members, int[] m0, int months) {
    int asOfMonth = PurchaseColumns.month(col.asOfDay);
    int[] observable = new int[months + 1];
    int[] active = new int[months + 1];
    // observable[k] counts the members with min(age, months) >= k, and without true dates active[k]
    // (k >= 1) those with lastK >= k: counted at that top month, then summed from the top down
    int[] observableTop = new int[months + 1];
    int[] activeTop = new int[months + 1];
    int[] purchaseMonth = col.trueDates ? col.purchaseMonths() : null;
    double ltv = 0;
    for (int c : members) {
      ltv += col.total[c];
      int age = asOfMonth - m0[c];
      int top = Math.min(age, months);
      if (top >= 0) {
        observableTop[top]++;
      }
      if (age >= 0) {
        active[0]++; // M0 is the first-purchase month: 100 % by definition
      }
      if (col.trueDates) {
        int lastK = 0;
        for (int i = col.offsets[c], e = col.offsets[c + 1]; i < e; i++) {
          int k = purchaseMonth[i] - m0[c];
          if (k > lastK && k <= months && k <= age) {
            active[k]++;
            lastK = k;
          }
        }
      } else {
        // a one-purchase customer was never active after the first month, whatever the dates say
        int lastK = Math.min(Math.min(PurchaseColumns.month(col.last[c]) - m0[c], months), age);
        if (lastK >= 1 && col.offsets[c + 1] - col.offsets[c] >= 2) {
          activeTop[lastK]++;
        }
      }
    }
    int reach = 0;
    int activeReach = 0;
    for (int k = months; k >= 0; k--) {
      reach += observableTop[k];
      observable[k] = reach;
      if (k >= 1) {
        activeReach += activeTop[k];
        active[k] += activeReach;
      }
    }
    List<OptionalDouble> cells = new ArrayList<>(months + 1);
    for (int k = 0; k <= months; k++) {
      cells.add(
          observable[k] == 0
              ? OptionalDouble.empty()
              : OptionalDouble.of((double) active[k] / observable[k]));
    }
    return new CohortRow(
        key, IntList.of(members), members.length == 0 ? 0 : ltv / members.length, cells);
  }
}
