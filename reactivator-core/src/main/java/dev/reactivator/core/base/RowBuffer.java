package dev.reactivator.core.base;

import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.internal.StringIntMap;
import java.util.Arrays;

/**
 * The accepted rows of a load in primitive columns, in arrival order: identity key, day, amount,
 * product id, and — only once a row has one — name, order id and category id ({@link #NONE} when a
 * row has no value). A row's name is its offset in a {@link NameArena}, not an interned id: a name
 * is stored again only when it differs from the last one stored for the row's identity key, so the
 * names need no hash table (only each customer's most frequent name is kept). The columns are
 * blocks of {@value #BLOCK} rows, so growing never copies (nor holds twice) what was read; {@link
 * #drain} hands a column over in customer order and frees its blocks as it goes.
 *
 * <p>What only matters per customer is kept per identity key instead of per row: the earliest day
 * (purchase or first-purchase date) and the largest of each optional count, which the customer's
 * keys then combine (the minimum and the maxima over a customer's rows are those over its keys').
 */
final class RowBuffer {
  /** A missing value in an int column. */
  static final int NONE = Integer.MIN_VALUE;

  // 32 768 rows: a block of doubles is 256 KB, under half a G1 region of a 1 GB heap, so no block
  // is a humongous object that takes a whole region
  private static final int SHIFT = 15;

  /** The rows of one block. */
  static final int BLOCK = 1 << SHIFT;

  private static final int MASK = BLOCK - 1;
  private static final int FIRST_BLOCK = 1024;
  private static final int NO_DAY = Integer.MAX_VALUE;

  private final NameArena names = new NameArena();
  private final StringIntMap orderIds = new StringIntMap(1024); // value = entry
  private final StringIntMap categoryIds = new StringIntMap(64); // value = entry
  private int rows;
  private int[][] key = new int[16][];
  private int[][] day = new int[16][];
  private double[][] amount = new double[16][];
  private int[][] product = new int[16][];
  // null until a row has a value
  private int[][] name;
  private int[][] order;
  private int[][] category;

  // per identity key: the earliest day, and the largest counts (null until a row has a count)
  private int[] keyFirst = new int[0];
  private int[] keyName; // the last name stored for the key, NONE for none; null until a name
  private Counts keyComplaints;
  private Counts keyTickets;
  private Counts keyDiscounted;

  /** Appends {@code row}, whose identity key is {@code rowKey} and product id {@code productId}. */
  void add(SourceRow row, int rowKey, int productId) {
    int i = rows;
    int b = i >>> SHIFT;
    int j = i & MASK;
    if (j == 0 && (b > 0 || rows == 0)) {
      newBlock(b);
    } else if (b == 0 && j == key[0].length) {
      growFirstBlock();
    }
    rows++;
    key[b][j] = rowKey;
    int d = (int) row.date().toEpochDay();
    day[b][j] = d;
    amount[b][j] = row.amount();
    product[b][j] = productId;
    String n = row.name().orElse("");
    if (!n.isBlank()) {
      name = set(name, i, nameOf(rowKey, n));
    }
    String o = row.orderId().orElse("");
    if (!o.isBlank()) {
      order = set(order, i, intern(orderIds, o));
    }
    String g = row.category().orElse("");
    if (!g.isBlank()) {
      category = set(category, i, intern(categoryIds, g.strip()));
    }
    ensureKey(rowKey);
    int first =
        row.firstPurchaseDate().isPresent()
            ? Math.min(d, (int) row.firstPurchaseDate().get().toEpochDay())
            : d;
    keyFirst[rowKey] = Math.min(keyFirst[rowKey], first);
    if (keyComplaints == null
        && (row.complaints().isPresent()
            || row.tickets().isPresent()
            || row.discountedPurchases().isPresent())) {
      keyComplaints = new Counts(keyFirst.length);
      keyTickets = new Counts(keyFirst.length);
      keyDiscounted = new Counts(keyFirst.length);
    }
    if (keyComplaints != null) {
      keyComplaints.max(rowKey, row.complaints().orElse(NONE));
      keyTickets.max(rowKey, row.tickets().orElse(NONE));
      keyDiscounted.max(rowKey, row.discountedPurchases().orElse(NONE));
    }
  }

  /** The number of rows. */
  int size() {
    return rows;
  }

  /** Whether any row had a count. */
  boolean hasCounts() {
    return keyComplaints != null;
  }

  /**
   * The offset of {@code n} stored for identity key {@code rowKey}: the key's last name when equal,
   * else {@code n} appended.
   */
  private int nameOf(int rowKey, String n) {
    if (keyName == null) {
      keyName = absent(Math.max(keyFirst.length, rowKey + 1));
    } else if (rowKey >= keyName.length) {
      keyName = grownAbsent(keyName, Math.max(rowKey + 1, keyFirst.length));
    }
    int last = keyName[rowKey];
    if (last != NONE && names.matches(last, n)) {
      return last;
    }
    int off = names.add(n);
    keyName[rowKey] = off;
    return off;
  }

  /** Whether any row had a name (else every row's name is {@link #NONE}). */
  boolean hasNames() {
    return name != null;
  }

  /** Whether any row had an order id (else every row's is {@link #NONE}). */
  boolean hasOrders() {
    return order != null;
  }

  /** Row {@code i}'s identity key (its customer after {@link #toCustomers}). */
  int key(int i) {
    return key[i >>> SHIFT][i & MASK];
  }

  /** Row {@code i}'s day. */
  int day(int i) {
    return day[i >>> SHIFT][i & MASK];
  }

  /** Row {@code i}'s amount. */
  double amount(int i) {
    return amount[i >>> SHIFT][i & MASK];
  }

  /** Row {@code i}'s product id. */
  int product(int i) {
    return product[i >>> SHIFT][i & MASK];
  }

  /**
   * Row {@code i}'s name as an offset, or {@link #NONE}; equal offsets are equal names, but equal
   * names may have different offsets ({@link #sameName}).
   */
  int nameId(int i) {
    return name == null ? NONE : name[i >>> SHIFT][i & MASK];
  }

  /** Row {@code i}'s category id, or {@link #NONE}. */
  int categoryId(int i) {
    return category == null ? NONE : category[i >>> SHIFT][i & MASK];
  }

  /**
   * The earliest day (purchase or first-purchase date) of the rows of identity key {@code k}, or
   * {@link Integer#MAX_VALUE} when no row has that key.
   */
  int firstDayOfKey(int k) {
    return k < keyFirst.length ? keyFirst[k] : NO_DAY;
  }

  /** The number of identity keys the per-key columns cover (the largest row key + 1). */
  int keysSeen() {
    return keyFirst.length;
  }

  /**
   * The largest complaints, tickets or discounted purchases ({@code which} 0, 1, 2) of the rows of
   * identity key {@code k}, or {@link #NONE} when none of them has a value.
   */
  int countOfKey(int which, int k) {
    Counts a = which == 0 ? keyComplaints : which == 1 ? keyTickets : keyDiscounted;
    return a == null ? NONE : a.get(k);
  }

  /**
   * Ends the reading: the name, order and category texts stay readable by id, but their look-up
   * tables go.
   */
  void endReading() {
    keyName = null;
    orderIds.freeze();
    categoryIds.freeze();
  }

  /** The name at offset {@code id} (a {@link #nameId}). */
  String name(int id) {
    return names.name(id);
  }

  /** Whether the names at offsets {@code a} and {@code b} (two {@link #nameId}s) are equal. */
  boolean sameName(int a, int b) {
    return names.same(a, b);
  }

  /**
   * The names of {@code n = nameOf.length} customers as one column, customer {@code c}'s name at
   * offset {@code nameOf[c]} ({@link #NONE}: no name).
   */
  Texts names(int[] nameOf) {
    Texts.Builder b = new Texts.Builder(nameOf.length, nameOf.length, nameOf.length * 16);
    for (int c = 0; c < nameOf.length; c++) {
      if (nameOf[c] != NONE) {
        b.customer(c);
        b.add(names.name(nameOf[c]));
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

  /** A column of {@link #drain}. */
  enum Column {
    DAY,
    PRODUCT,
    NAME,
    ORDER
  }

  /**
   * Replaces every row's identity key by its customer, {@code customerOfKey[key]}, and returns the
   * customers' row offsets: customer {@code c} has {@code offsets[c+1] - offsets[c]} rows.
   */
  int[] toCustomers(int[] customerOfKey, int n) {
    int[] offsets = new int[n + 1];
    for (int i = 0; i < rows; i++) {
      int[] k = key[i >>> SHIFT];
      int c = customerOfKey[k[i & MASK]];
      k[i & MASK] = c;
      offsets[c + 1]++;
    }
    for (int c = 0; c < n; c++) {
      offsets[c + 1] += offsets[c];
    }
    return offsets;
  }

  /**
   * An int column in customer order (after {@link #toCustomers}, rows of a customer in arrival
   * order), each value through {@code map} when not null; the column's blocks are freed on the way.
   * A column no row has is all {@link #NONE}.
   */
  int[] drain(Column column, int[] offsets, int[] map) {
    int[] out = new int[rows];
    int[][] src =
        switch (column) {
          case DAY -> day;
          case PRODUCT -> product;
          case NAME -> name;
          case ORDER -> order;
        };
    if (src == null) {
      Arrays.fill(out, NONE);
      return out;
    }
    int[] fill = Arrays.copyOf(offsets, offsets.length - 1);
    for (int b = 0; b * BLOCK < rows; b++) {
      int[] k = key[b];
      int[] v = src[b];
      for (int j = 0, m = Math.min(BLOCK, rows - b * BLOCK); j < m; j++) {
        out[fill[k[j]]++] = map == null ? v[j] : map[v[j]];
      }
      src[b] = null;
    }
    return out;
  }

  /** The amounts in customer order, as {@link #drain}. */
  double[] drainAmounts(int[] offsets) {
    double[] out = new double[rows];
    int[] fill = Arrays.copyOf(offsets, offsets.length - 1);
    for (int b = 0; b * BLOCK < rows; b++) {
      int[] k = key[b];
      double[] v = amount[b];
      for (int j = 0, m = Math.min(BLOCK, rows - b * BLOCK); j < m; j++) {
        out[fill[k[j]]++] = v[j];
      }
      amount[b] = null;
    }
    return out;
  }

  private static int intern(StringIntMap ids, String s) {
    int id = ids.getOrPut(s, ids.size());
    return id < 0 ? -1 - id : id;
  }

  /** Sets row {@code i} of a lazily made column, making it (all {@link #NONE}) when null. */
  private int[][] set(int[][] column, int i, int value) {
    int b = i >>> SHIFT;
    if (column == null) {
      column = new int[key.length][];
      for (int k = 0; k <= b; k++) {
        column[k] = absent(key[k].length);
      }
    }
    column[b][i & MASK] = value;
    return column;
  }

  private void newBlock(int b) {
    if (b == key.length) {
      int n = b * 2;
      key = Arrays.copyOf(key, n);
      day = Arrays.copyOf(day, n);
      amount = Arrays.copyOf(amount, n);
      product = Arrays.copyOf(product, n);
      name = name == null ? null : Arrays.copyOf(name, n);
      order = order == null ? null : Arrays.copyOf(order, n);
      category = category == null ? null : Arrays.copyOf(category, n);
    }
    // the first block starts small and grows, so that a tiny load stays tiny; the rest are whole
    int size = b == 0 ? FIRST_BLOCK : BLOCK;
    key[b] = new int[size];
    day[b] = new int[size];
    amount[b] = new double[size];
    product[b] = new int[size];
    if (name != null) {
      name[b] = absent(size);
    }
    if (order != null) {
      order[b] = absent(size);
    }
    if (category != null) {
      category[b] = absent(size);
    }
  }

  private void growFirstBlock() {
    int n = Math.min(BLOCK, key[0].length * 2);
    key[0] = Arrays.copyOf(key[0], n);
    day[0] = Arrays.copyOf(day[0], n);
    amount[0] = Arrays.copyOf(amount[0], n);
    product[0] = Arrays.copyOf(product[0], n);
    if (name != null) {
      name[0] = grownAbsent(name[0], n);
    }
    if (order != null) {
      order[0] = grownAbsent(order[0], n);
    }
    if (category != null) {
      category[0] = grownAbsent(category[0], n);
    }
  }

  private void ensureKey(int k) {
    if (k < keyFirst.length) {
      return;
    }
    int n = Math.max(k + 1, keyFirst.length + (keyFirst.length >> 1) + 16);
    int old = keyFirst.length;
    keyFirst = Arrays.copyOf(keyFirst, n);
    Arrays.fill(keyFirst, old, n, NO_DAY);
    if (keyComplaints != null) {
      keyComplaints.grow(n);
      keyTickets.grow(n);
      keyDiscounted.grow(n);
    }
  }

  /**
   * One count per identity key, {@link #NONE} when absent: two bytes a key while every count is 0
   * to 65 533 (stored + 1, 0 for none), four once one is not.
   */
  static final class Counts {
    private static final int SMALL = 0xFFFE;
    private char[] small;
    private int[] wide; // null while every count is small

    Counts(int n) {
      small = new char[n];
    }

    int size() {
      return wide != null ? wide.length : small.length;
    }

    int get(int k) {
      if (k >= size()) {
        return NONE;
      }
      if (wide != null) {
        return wide[k];
      }
      return small[k] == 0 ? NONE : small[k] - 1;
    }

    /** Keeps the larger of key {@code k}'s count and {@code v} ({@link #NONE}: none). */
    void max(int k, int v) {
      int cur = get(k);
      if (v <= cur) {
        return;
      }
      if (wide == null && (v < 0 || v >= SMALL)) {
        wide = new int[small.length];
        for (int i = 0; i < small.length; i++) {
          wide[i] = small[i] == 0 ? NONE : small[i] - 1;
        }
        small = null;
      }
      if (wide != null) {
        wide[k] = v;
      } else {
        small[k] = (char) (v + 1);
      }
    }

    void grow(int n) {
      if (wide != null) {
        wide = grownAbsent(wide, n);
      } else {
        small = Arrays.copyOf(small, n);
      }
    }
  }

  private static int[] grownAbsent(int[] a, int n) {
    int old = a.length;
    int[] g = Arrays.copyOf(a, n);
    Arrays.fill(g, old, n, NONE);
    return g;
  }

  private static int[] absent(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }
}
