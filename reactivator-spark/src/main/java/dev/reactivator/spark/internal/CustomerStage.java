package dev.reactivator.spark.internal;

import dev.reactivator.core.base.BaseBuilder;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.spi.ProgressListener;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The customers of one partition of accepted rows, every customer's rows in that partition (the
 * rows were partitioned by their identity component): the library's {@link BaseBuilder} lays them
 * out (merge, occasions, first purchase) and {@link CustomerFeatures} computes the per-customer
 * features, so each figure is the library's own. Population figures (the median cycle, the RFM
 * ranks) are not taken from here: a partition is not the population; {@link Population} computes
 * them over every customer from the personal cycle, the age and the recency this stage writes.
 */
public final class CustomerStage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The per-customer features. */
  public static final StructType SCHEMA =
      new StructType()
          .add("customer", DataTypes.StringType, false)
          .add("customer_ids", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("phones", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("emails", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("name", DataTypes.StringType)
          .add("purchases", DataTypes.IntegerType, false)
          .add("first_purchase", DataTypes.DateType, false)
          .add("last_purchase", DataTypes.DateType, false)
          .add("days_since_last", DataTypes.IntegerType, false)
          .add("total_spent", DataTypes.DoubleType, false)
          .add("mean_order", DataTypes.DoubleType, false)
          .add("x", DataTypes.IntegerType, false)
          .add("t_x", DataTypes.DoubleType, false)
          .add("T", DataTypes.DoubleType, false)
          .add("repeat_spend", DataTypes.DoubleType, false)
          .add("complaints", DataTypes.IntegerType)
          .add("tickets", DataTypes.IntegerType)
          .add("discounted", DataTypes.IntegerType)
          .add("personal_cycle", DataTypes.DoubleType)
          .add("age_days", DataTypes.IntegerType, false)
          .add("recency_days", DataTypes.IntegerType, false)
          .add("products", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("last_order", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("last_product", DataTypes.StringType, false);

  /**
   * One partition's product counts, each a sum over its customers, by {@code kind}: {@link #NEXT},
   * the product transitions ({@link NextPurchaseModel#fit(CustomerBase)} on its customers), a row
   * {@code (from, to, count)} per pair with n(from→to) &gt; 0 and a row {@code (product, null, m)}
   * per product the partition knows, m its next-order count; and the next best product's fallback
   * counts ({@link #SUCCESSORS}, {@link #PAIRS}, {@link #BUYERS}).
   */
  public static final StructType TRANSITIONS =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("from", DataTypes.StringType, false)
          .add("to", DataTypes.StringType)
          .add("count", DataTypes.IntegerType, false);

  private final EnumSet<Field> columns;
  private final LocalDate asOf;
  private final Locale locale;

  /**
   * The stage of one input.
   *
   * @param columns the fields the input has, as its source declares them
   * @param asOf the analysis date
   * @param locale the language of messages
   */
  public CustomerStage(Set<Field> columns, LocalDate asOf, Locale locale) {
    this.columns = columns.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(columns);
    this.asOf = asOf;
    this.locale = locale;
  }

  /**
   * The customers of one partition of accepted rows ({@link Validation#SCHEMA}).
   *
   * @param rows the partition's accepted rows
   * @return one row of {@link #SCHEMA} per customer
   */
  public Iterator<Row> partition(Iterator<Row> rows) {
    CustomerBase base = base(rows);
    if (base == null) {
      return Collections.emptyIterator();
    }
    CustomerFeatures f = CustomerFeatures.of(base);
    List<Row> out = new ArrayList<>(base.size());
    for (int c = 0; c < base.size(); c++) {
      CustomerProfile p = base.customer(c);
      out.add(
          RowFactory.create(
              label(p),
              p.customerIds().toArray(new String[0]),
              p.phones().toArray(new String[0]),
              p.emails().toArray(new String[0]),
              p.name().orElse(null),
              f.purchaseCount(c),
              java.sql.Date.valueOf(LocalDate.ofEpochDay(f.firstDay(c))),
              java.sql.Date.valueOf(LocalDate.ofEpochDay(f.lastDay(c))),
              f.daysSinceLast(c),
              f.totalSpent(c),
              f.meanOrderValue(c),
              f.x(c),
              f.tx(c),
              f.modelAge(c),
              f.meanRepeatSpend(c),
              count(f, Field.COMPLAINTS, c),
              count(f, Field.TICKETS, c),
              count(f, Field.DISCOUNTED_PURCHASES, c),
              f.hasPersonalCycle(c) ? f.personalCycle(c) : null,
              f.ageDays(c),
              f.asOfDay() - f.lastDay(c),
              products(base, c),
              lastOrder(base, c),
              base.productName(base.purchaseProduct(c, base.purchaseCount(c) - 1))));
    }
    return out.iterator();
  }

  /**
   * The product counts of one partition of accepted rows ({@link #TRANSITIONS}): the transitions
   * only with purchase dates (else the order of purchases is unknown), the fallback counts only
   * with a product column. Summed by kind and product name over the partitions they are the whole
   * base's: the counts are sums over customers.
   *
   * @param rows the partition's accepted rows, whole customers
   * @return the partition's transitions and next-order counts
   */
  public Iterator<Row> transitions(Iterator<Row> rows) {
    boolean dates = columns.contains(Field.PURCHASE_DATE);
    boolean products = columns.contains(Field.PRODUCT);
    if (!dates && !products) {
      return Collections.emptyIterator();
    }
    CustomerBase base = base(rows);
    if (base == null) {
      return Collections.emptyIterator();
    }
    List<Row> out = new ArrayList<>();
    if (dates) {
      NextPurchaseModel m = NextPurchaseModel.fit(base);
      List<String> names = m.products();
      for (NextPurchaseModel.Transition t : m.transitions()) {
        out.add(RowFactory.create(NEXT, names.get(t.from()), names.get(t.to()), t.count()));
      }
      for (int b = 0; b < names.size(); b++) {
        out.add(RowFactory.create(NEXT, names.get(b), null, m.nextOrders().get(b)));
      }
    }
    if (products) {
      fallbackCounts(base, dates, out);
    }
    return out.iterator();
  }

  /** {@link #TRANSITIONS}' kind of the next-purchase model's counts. */
  public static final String NEXT = "next";

  /** {@link #TRANSITIONS}' kind of the successor line pairs of consecutive purchases. */
  public static final String SUCCESSORS = "successors";

  /** {@link #TRANSITIONS}' kind of the customers per unordered product pair. */
  public static final String PAIRS = "pairs";

  /** {@link #TRANSITIONS}' kind of the customers per product ({@code to} null). */
  public static final String BUYERS = "buyers";

  /**
   * The next best product's fallback counts of one partition's customers, each a sum over customers
   * ({@code NextBestFallbacks}): buyers per product, customers per unordered pair (the partition's
   * product ids are alphabetical, as the whole base's), and with purchase dates the line pairs of
   * consecutive purchases.
   */
  private static void fallbackCounts(CustomerBase base, boolean dates, List<Row> out) {
    int products = base.productCount();
    int[] buyers = new int[products];
    java.util.HashMap<Long, Integer> pairs = new java.util.HashMap<>();
    java.util.HashMap<Long, Integer> successors = new java.util.HashMap<>();
    int[] seen = new int[products];
    java.util.Arrays.fill(seen, -1);
    int[] basket = new int[products];
    for (int c = 0; c < base.size(); c++) {
      int w = 0;
      for (int l = 0; l < base.lineCount(c); l++) {
        int p = base.lineProduct(c, l);
        if (seen[p] != c) {
          seen[p] = c;
          basket[w++] = p;
        }
      }
      java.util.Arrays.sort(basket, 0, w);
      for (int i = 0; i < w; i++) {
        buyers[basket[i]]++;
        for (int j = i + 1; j < w; j++) {
          pairs.merge((long) basket[i] * products + basket[j], 1, Integer::sum);
        }
      }
      if (dates) {
        for (int k = 1; k < base.purchaseCount(c); k++) {
          int a0 = base.purchaseFirstLine(c, k - 1);
          int b0 = base.purchaseFirstLine(c, k);
          for (int a = a0; a < a0 + base.purchaseLineCount(c, k - 1); a++) {
            for (int b = b0; b < b0 + base.purchaseLineCount(c, k); b++) {
              successors.merge(
                  (long) base.lineProduct(c, a) * products + base.lineProduct(c, b),
                  1,
                  Integer::sum);
            }
          }
        }
      }
    }
    for (int p = 0; p < products; p++) {
      if (buyers[p] > 0) {
        out.add(RowFactory.create(BUYERS, base.productName(p), null, buyers[p]));
      }
    }
    pairs.forEach(
        (k, v) ->
            out.add(
                RowFactory.create(
                    PAIRS,
                    base.productName((int) (k / products)),
                    base.productName((int) (k % products)),
                    v)));
    successors.forEach(
        (k, v) ->
            out.add(
                RowFactory.create(
                    SUCCESSORS,
                    base.productName((int) (k / products)),
                    base.productName((int) (k % products)),
                    v)));
  }

  /** The library's base of one partition's rows, or null for no rows. */
  private CustomerBase base(Iterator<Row> rows) {
    BaseBuilder builder = new BaseBuilder("spark", locale, ProgressListener.none());
    builder.begin(columns, Map.of());
    while (rows.hasNext()) {
      builder.accept(Validation.sourceRow(rows.next()));
    }
    return builder.acceptedRows() == 0 ? null : builder.build(asOf);
  }

  /** Customer {@code c}'s distinct products, in the base's (alphabetical) order. */
  private static String[] products(CustomerBase base, int c) {
    java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
    for (int l = 0; l < base.lineCount(c); l++) {
      ids.add(base.lineProduct(c, l));
    }
    return ids.stream().map(base::productName).toArray(String[]::new);
  }

  /** The product of every line of customer {@code c}'s last purchase occasion, in line order. */
  private static String[] lastOrder(CustomerBase base, int c) {
    int k = base.purchaseCount(c) - 1;
    if (k < 0) {
      return new String[0];
    }
    int first = base.purchaseFirstLine(c, k);
    int n = base.purchaseLineCount(c, k);
    String[] out = new String[n];
    for (int l = 0; l < n; l++) {
      out[l] = base.productName(base.lineProduct(c, first + l));
    }
    return out;
  }

  private static Integer count(CustomerFeatures f, Field field, int c) {
    return f.has(field) ? f.count(field, c) : null;
  }

  /**
   * A customer's smallest identity key, the label its component has: {@code 0} + id, else {@code 1}
   * + e-mail, else {@code 2} + phone, each list sorted.
   */
  static String label(CustomerProfile p) {
    String best = null;
    for (String k : keys(p)) {
      if (best == null || k.compareTo(best) < 0) {
        best = k;
      }
    }
    return best;
  }

  private static List<String> keys(CustomerProfile p) {
    List<String> keys = new ArrayList<>();
    p.customerIds().forEach(v -> keys.add(Identity.ID + v));
    p.emails().forEach(v -> keys.add(Identity.EMAIL + v));
    p.phones().forEach(v -> keys.add(Identity.PHONE + v));
    return keys;
  }
}
