package dev.reactivator.core.segment;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** A test source over purchase rows built in code, with or without true purchase dates. */
public final class Rows implements TransactionSource {
  private final List<SourceRow> rows = new ArrayList<>();
  private final boolean trueDates;
  private final boolean products;

  private Rows(boolean trueDates) {
    this(trueDates, true);
  }

  private Rows(boolean trueDates, boolean products) {
    this.trueDates = trueDates;
    this.products = products;
  }

  /**
   * A plain transaction log: purchase dates but no product column (add rows with product {@code
   * ""}).
   */
  public static Rows withoutProducts() {
    return new Rows(true, false);
  }

  /** Rows with a purchase-date column. */
  public static Rows withDates() {
    return new Rows(true);
  }

  /** Rows of the manual's template: the date is the last purchase, plus a first-purchase column. */
  public static Rows withoutDates() {
    return new Rows(false);
  }

  /** Adds a purchase of customer {@code phone}. */
  public Rows add(String phone, String name, String product, double amount, LocalDate date) {
    return add(phone, name, product, amount, date, null);
  }

  /** Adds a purchase of customer {@code phone} with a first-purchase date column value. */
  public Rows add(
      String phone,
      String name,
      String product,
      double amount,
      LocalDate date,
      LocalDate firstPurchase) {
    rows.add(
        new SourceRow(
            rows.size() + 2,
            Optional.empty(),
            Optional.of(phone),
            Optional.empty(),
            Optional.ofNullable(name),
            product,
            amount,
            date,
            Optional.ofNullable(firstPurchase),
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalInt.empty()));
    return this;
  }

  public List<SourceRow> rows() {
    return rows;
  }

  /** A copy with the rows in another order. */
  public Rows reordered(List<SourceRow> order) {
    Rows r = new Rows(trueDates, products);
    r.rows.addAll(order);
    return r;
  }

  public CustomerBase asOf(LocalDate asOf) {
    return Reactivator.load(this).asOf(asOf).base();
  }

  @Override
  public String description() {
    return "test rows";
  }

  @Override
  public void read(ReadContext context, TransactionSink sink) {
    Set<Field> cols = EnumSet.of(Field.NAME, Field.PHONE, Field.AMOUNT);
    if (products) {
      cols.add(Field.PRODUCT);
    }
    if (trueDates) {
      cols.add(Field.PURCHASE_DATE);
    } else {
      cols.add(Field.DAYS);
      cols.add(Field.FIRST_PURCHASE_DATE);
    }
    sink.begin(cols, Map.of());
    rows.forEach(sink::accept);
  }
}
