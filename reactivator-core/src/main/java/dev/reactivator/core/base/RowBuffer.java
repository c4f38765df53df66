package dev.reactivator.core.base;

import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.internal.StringIntMap;
import java.util.Arrays;

/**
 * The accepted rows of a load in primitive columns, in arrival order: identity key, day, amount,
 * product id, name id, first-purchase day, order id, category id and the three optional counts
 * ({@link #NONE} when a row has no value). The count columns exist only once a row has a count.
 */
final class RowBuffer {
  /** A missing value in an int column. */
  static final int NONE = Integer.MIN_VALUE;

  private final StringIntMap nameIds = new StringIntMap(1024); // value = entry
  private final StringIntMap orderIds = new StringIntMap(1024); // value = entry
  private final StringIntMap categoryIds = new StringIntMap(64); // value = entry
  int rows;
  int[] key = new int[1024];
  int[] day = new int[1024];
  double[] amount = new double[1024];
  int[] product = new int[1024];
  int[] name = new int[1024];
  int[] first = new int[1024];
  int[] order = new int[1024];
  int[] category = new int[1024];
  // the three counts, made when the first row with any count arrives (NONE for the rows before);
  // empty until then
  int[] complaints = new int[0];
  int[] tickets = new int[0];
  int[] discounted = new int[0];
  private boolean counts;
  // whether any row had a name, a first purchase date or an order id (else those columns are NONE)
  private boolean names;
  private boolean firsts;
  private boolean orders;

  /** Appends {@code row}, whose identity key is {@code rowKey} and product id {@code productId}. */
  void add(SourceRow row, int rowKey, int productId) {
    if (rows == key.length) {
      grow();
    }
    int i = rows++;
    key[i] = rowKey;
    day[i] = (int) row.date().toEpochDay();
    amount[i] = row.amount();
    product[i] = productId;
    String n = row.name().orElse("");
    name[i] = n.isBlank() ? NONE : intern(nameIds, n);
    first[i] =
        row.firstPurchaseDate().isPresent()
            ? (int) row.firstPurchaseDate().get().toEpochDay()
            : NONE;
    String o = row.orderId().orElse("");
    order[i] = o.isBlank() ? NONE : intern(orderIds, o);
    String g = row.category().orElse("");
    category[i] = g.isBlank() ? NONE : intern(categoryIds, g.strip());
    names |= name[i] != NONE;
    firsts |= first[i] != NONE;
    orders |= order[i] != NONE;
    if (!counts
        && (row.complaints().isPresent()
            || row.tickets().isPresent()
            || row.discountedPurchases().isPresent())) {
      counts = true;
      complaints = absentCounts(key.length);
      tickets = absentCounts(key.length);
      discounted = absentCounts(key.length);
    }
    if (counts) {
      complaints[i] = row.complaints().orElse(NONE);
      tickets[i] = row.tickets().orElse(NONE);
      discounted[i] = row.discountedPurchases().orElse(NONE);
    }
  }

  /** The number of rows. */
  int size() {
    return rows;
  }

  /** Whether any row had a count (the count columns exist). */
  boolean hasCounts() {
    return counts;
  }

  /** Whether any row had a name (else every row's name is {@link #NONE}). */
  boolean hasNames() {
    return names;
  }

  /** Whether any row had a first purchase date (else every row's is {@link #NONE}). */
  boolean hasFirstDates() {
    return firsts;
  }

  /** Whether any row had an order id (else every row's is {@link #NONE}). */
  boolean hasOrders() {
    return orders;
  }

  /** The name of name id {@code id}. */
  String name(int id) {
    return nameIds.key(id);
  }

  /**
   * The names of {@code n = nameOf.length} customers as one column, customer {@code c}'s name id
   * {@code nameOf[c]} ({@link #NONE}: no name).
   */
  Texts names(int[] nameOf) {
    Texts.Builder b = new Texts.Builder(nameOf.length, nameOf.length, nameOf.length * 16);
    for (int c = 0; c < nameOf.length; c++) {
      if (nameOf[c] != NONE) {
        b.customer(c);
        b.add(nameIds, nameOf[c]);
      }
    }
    return b.build();
  }

  /** The order id text of order id {@code id}. */
  String order(int id) {
    return orderIds.key(id);
  }

  /** The category name of category id {@code id}. */
  String category(int id) {
    return categoryIds.key(id);
  }

  private static int intern(StringIntMap ids, String s) {
    int id = ids.getOrPut(s, ids.size());
    return id < 0 ? -1 - id : id;
  }

  private static int[] absentCounts(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }

  private void grow() {
    int n = key.length * 2;
    key = Arrays.copyOf(key, n);
    day = Arrays.copyOf(day, n);
    amount = Arrays.copyOf(amount, n);
    product = Arrays.copyOf(product, n);
    name = Arrays.copyOf(name, n);
    first = Arrays.copyOf(first, n);
    order = Arrays.copyOf(order, n);
    category = Arrays.copyOf(category, n);
    if (counts) {
      complaints = Arrays.copyOf(complaints, n);
      tickets = Arrays.copyOf(tickets, n);
      discounted = Arrays.copyOf(discounted, n);
    }
  }
}
