package dev.reactivator.core.segment.internal;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.features.CustomerFeatures;
import java.util.Arrays;
import java.util.Objects;

/**
 * The purchase-level columns the insights work on, read once from a {@link CustomerBase}: purchases
 * in customer order (customer {@code c} owns {@code offsets[c] … offsets[c+1]-1}, in date order),
 * with the per-customer figures taken from the {@link CustomerFeatures} (or, for a hold-out split,
 * recomputed for the shortened purchases). Not part of the public API.
 */
public final class PurchaseColumns {
  /** Number of customers. */
  public final int n;

  /** Number of products. */
  public final int products;

  /** Purchase offsets per customer, length {@code n + 1}. */
  public final int[] offsets;

  /** Purchase epoch day. */
  public final int[] day;

  /** Purchase amount. */
  public final double[] amount;

  /** Purchase main product id (see {@link CustomerBase#purchaseProduct}). */
  public final int[] product;

  /**
   * Line offsets per purchase, length {@code purchases + 1}: purchase {@code i}'s basket is {@code
   * lineProduct[lineOffsets[i] … lineOffsets[i+1]-1]}.
   */
  public final int[] lineOffsets;

  /** The product id of every line, purchase by purchase. */
  public final int[] lineProduct;

  /** First purchase epoch day per customer. */
  public final int[] first;

  /** Last purchase epoch day per customer. */
  public final int[] last;

  /** Purchase count per customer. */
  public final int[] count;

  /** Total spent per customer. */
  public final double[] total;

  /** The analysis date as an epoch day. */
  public final int asOfDay;

  /** Whether purchase dates are true dates. */
  public final boolean trueDates;

  private PurchaseColumns(
      int n,
      int products,
      int[] offsets,
      int[] day,
      double[] amount,
      int[] product,
      int[] lineOffsets,
      int[] lineProduct,
      int[] first,
      int[] last,
      int[] count,
      double[] total,
      int asOfDay,
      boolean trueDates) {
    this.n = n;
    this.products = products;
    this.offsets = offsets;
    this.day = day;
    this.amount = amount;
    this.product = product;
    this.lineOffsets = lineOffsets;
    this.lineProduct = lineProduct;
    this.first = first;
    this.last = last;
    this.count = count;
    this.total = total;
    this.asOfDay = asOfDay;
    this.trueDates = trueDates;
  }

  /** {@link #month} of every purchase day, computed on first use. */
  private volatile int[] purchaseMonths;

  /**
   * The month index ({@link #month}) of every purchase, parallel to {@link #day}; computed once on
   * first use and shared by the analyses that bucket purchases by month. Do not modify.
   */
  public int[] purchaseMonths() {
    int[] m = purchaseMonths;
    if (m == null) {
      m = new int[day.length];
      for (int i = 0; i < m.length; i++) {
        m[i] = month(day[i]);
      }
      purchaseMonths = m;
    }
    return m;
  }

  /** Reads the columns of {@code base}, with the per-customer figures of its features. */
  public static PurchaseColumns of(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    return MEMO.get(base, b -> read(b, CustomerFeatures.of(b)));
  }

  /** The columns of the bases in use: the calculators of one segmentation share them. */
  private static final Memo<CustomerBase, PurchaseColumns> MEMO = new Memo<>();

  /**
   * Reads the purchases of {@code base}; the per-customer figures (count, first and last day, total
   * spent) come from {@code features}, computed once.
   */
  public static PurchaseColumns of(CustomerBase base, CustomerFeatures features) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(features, "features");
    return MEMO.get(base, b -> read(b, features));
  }

  private static PurchaseColumns read(CustomerBase base, CustomerFeatures features) {
    int n = base.size();
    int[] offsets = new int[n + 1];
    int m = base.purchaseCount();
    int[] day = new int[m];
    double[] amount = new double[m];
    int[] product = new int[m];
    int[] lineOffsets = new int[m + 1];
    int[] lineProduct = new int[base.lineCount()];
    int[] first = new int[n];
    int[] last = new int[n];
    int[] count = new int[n];
    double[] total = new double[n];
    int i = 0;
    int w = 0;
    for (int c = 0; c < n; c++) {
      offsets[c] = i;
      int k = features.purchaseCount(c);
      count[c] = k;
      for (int j = 0; j < k; j++, i++) {
        day[i] = base.purchaseDay(c, j);
        amount[i] = base.purchaseAmount(c, j);
        product[i] = base.purchaseProduct(c, j);
        lineOffsets[i] = w;
        for (int l = base.purchaseFirstLine(c, j), e = l + base.purchaseLineCount(c, j);
            l < e;
            l++) {
          lineProduct[w++] = base.lineProduct(c, l);
        }
      }
      total[c] = features.totalSpent(c);
      first[c] = features.firstDay(c);
      last[c] = features.lastDay(c);
    }
    offsets[n] = i;
    lineOffsets[i] = w;
    return new PurchaseColumns(
        n,
        base.productCount(),
        offsets,
        day,
        amount,
        product,
        lineOffsets,
        lineProduct,
        first,
        last,
        count,
        total,
        base.asOfDay(),
        base.has(Field.PURCHASE_DATE));
  }

  /**
   * The same customers without each customer's last purchase (customers with one purchase keep it):
   * the training side of a hold-out split.
   *
   * @param holdOut receives, per customer, the product of the removed purchase or -1
   */
  public PurchaseColumns withoutLastPurchase(int[] holdOut) {
    int[] off = new int[n + 1];
    int kept = 0;
    for (int c = 0; c < n; c++) {
      kept += count[c] >= 2 ? count[c] - 1 : count[c];
    }
    int[] d = new int[kept];
    double[] a = new double[kept];
    int[] p = new int[kept];
    int[] lo = new int[kept + 1];
    int[] lp = new int[lineProduct.length];
    int w = 0;
    int[] l = new int[n];
    int[] cnt = new int[n];
    double[] tot = new double[n];
    int i = 0;
    for (int c = 0; c < n; c++) {
      off[c] = i;
      int from = offsets[c];
      int to = offsets[c + 1];
      if (count[c] >= 2) {
        holdOut[c] = product[to - 1];
        to--;
      } else {
        holdOut[c] = -1;
      }
      double s = 0;
      for (int j = from; j < to; j++, i++) {
        d[i] = day[j];
        a[i] = amount[j];
        p[i] = product[j];
        lo[i] = w;
        for (int x = lineOffsets[j]; x < lineOffsets[j + 1]; x++) {
          lp[w++] = lineProduct[x];
        }
        s += a[i];
      }
      cnt[c] = to - from;
      tot[c] = s;
      l[c] = d[i - 1];
    }
    off[n] = i;
    lo[i] = w;
    return new PurchaseColumns(
        n,
        products,
        off,
        d,
        a,
        p,
        lo,
        Arrays.copyOf(lp, w),
        first.clone(),
        l,
        cnt,
        tot,
        asOfDay,
        trueDates);
  }

  /**
   * The purchases made before {@code splitDay}, of the customers with at least one: the training
   * side of a time hold-out split. The kept customers are renumbered 0, 1, … in their original
   * order.
   *
   * @param splitDay the first epoch day left out
   * @param kept receives, for each kept customer, the original customer index (length at least
   *     {@link #n})
   * @return the shortened columns over the kept customers
   */
  public PurchaseColumns before(int splitDay, int[] kept) {
    int keptCustomers = 0;
    int keptPurchases = 0;
    int keptLines = 0;
    for (int c = 0; c < n; c++) {
      int k = 0;
      for (int j = offsets[c]; j < offsets[c + 1] && day[j] < splitDay; j++) {
        k++;
      }
      if (k > 0) {
        kept[keptCustomers++] = c;
        keptPurchases += k;
        keptLines += lineOffsets[offsets[c] + k] - lineOffsets[offsets[c]];
      }
    }
    int[] off = new int[keptCustomers + 1];
    int[] d = new int[keptPurchases];
    double[] a = new double[keptPurchases];
    int[] p = new int[keptPurchases];
    int[] lo = new int[keptPurchases + 1];
    int[] lp = new int[keptLines];
    int[] f = new int[keptCustomers];
    int[] l = new int[keptCustomers];
    int[] cnt = new int[keptCustomers];
    double[] tot = new double[keptCustomers];
    int i = 0;
    int w = 0;
    for (int k = 0; k < keptCustomers; k++) {
      int c = kept[k];
      off[k] = i;
      double s = 0;
      for (int j = offsets[c]; j < offsets[c + 1] && day[j] < splitDay; j++, i++) {
        d[i] = day[j];
        a[i] = amount[j];
        p[i] = product[j];
        lo[i] = w;
        for (int x = lineOffsets[j]; x < lineOffsets[j + 1]; x++) {
          lp[w++] = lineProduct[x];
        }
        s += a[i];
      }
      cnt[k] = i - off[k];
      tot[k] = s;
      f[k] = d[off[k]];
      l[k] = d[i - 1];
    }
    off[keptCustomers] = i;
    lo[i] = w;
    return new PurchaseColumns(
        keptCustomers, products, off, d, a, p, lo, lp, f, l, cnt, tot, splitDay, trueDates);
  }

  /**
   * The same purchases with every product replaced by its key (such as its category): {@code
   * products} becomes {@code keys}, each purchase's main product becomes the key of its main
   * product, and each purchase's basket holds each key once, ascending. The per-customer figures
   * are shared, not copied.
   *
   * @param keyOf the key of every product, {@code 0 <= keyOf[p] < keys}
   * @param keys the number of keys
   * @return the keyed columns
   */
  public PurchaseColumns byKey(int[] keyOf, int keys) {
    int purchases = offsets[n];
    int[] p = new int[purchases];
    int[] lo = new int[purchases + 1];
    int[] lp = new int[lineProduct.length];
    int[] seen = new int[keys];
    Arrays.fill(seen, -1);
    int w = 0;
    for (int i = 0; i < purchases; i++) {
      p[i] = keyOf[product[i]];
      lo[i] = w;
      for (int x = lineOffsets[i]; x < lineOffsets[i + 1]; x++) {
        int k = keyOf[lineProduct[x]];
        if (seen[k] != i) {
          seen[k] = i;
          lp[w++] = k;
        }
      }
      Arrays.sort(lp, lo[i], w);
    }
    lo[purchases] = w;
    return new PurchaseColumns(
        n,
        keys,
        offsets,
        day,
        amount,
        p,
        lo,
        Arrays.copyOf(lp, w),
        first,
        last,
        count,
        total,
        asOfDay,
        trueDates);
  }

  /** The month index (year × 12 + month − 1) of an epoch day. */
  public static int month(int epochDay) {
    // civil-from-days (H. Hinnant), avoiding LocalDate allocation in hot loops
    int z = epochDay + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int mo = mp < 10 ? mp + 3 : mp - 9;
    if (mo <= 2) {
      y++;
    }
    return y * 12 + mo - 1;
  }
}
