package dev.reactivator.io;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.spi.OrderLineValidator;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.io.internal.Cells;
import dev.reactivator.io.internal.Layout;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads rows of typed cells — a JDBC result row, a Spark {@code Row}, any table whose columns have
 * labels and types — into {@link OrderLine}s: the columns are matched to fields by their labels and
 * the mapping exactly as a CSV header is (names, synonyms, {@code amount=qty*price}), numbers and
 * dates are read natively, text is parsed like a CSV cell (a text amount decides its own decimal
 * separator; without evidence the dot is the decimal) and a missing value is missing. A value that
 * cannot be converted is kept as {@link OrderLine.Builder#unreadable}, so that {@link
 * OrderLineValidator} rejects the row naming it: the row grammar is the library's, not the table's.
 *
 * <p>Immutable, thread-safe and serializable (a distributed job ships it to its workers).
 */
public final class TypedRows implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a column's values are read. */
  public enum Kind {
    /** Text, parsed like a CSV cell. */
    TEXT,
    /** A number, read with {@link Row#number}. */
    NUMBER,
    /** A calendar date (or a timestamp already turned into one), read with {@link Row#date}. */
    DATE
  }

  /** One row of a table, by 0-based column index; each getter returns null for a missing value. */
  public interface Row {
    /**
     * The text of a column of any kind (a number or a date as the table writes it), as read for a
     * text field such as a customer id, and for a column of kind {@link Kind#TEXT}.
     *
     * @param column the 0-based column
     * @return the text, or null when missing
     */
    String text(int column);

    /**
     * The value of a column of kind {@link Kind#NUMBER}.
     *
     * @param column the 0-based column
     * @return the number, or null when missing
     */
    BigDecimal number(int column);

    /**
     * The value of a column of kind {@link Kind#DATE}.
     *
     * @param column the 0-based column
     * @return the date, or null when missing
     */
    LocalDate date(int column);
  }

  private final int[] column = new int[Field.values().length]; // 0-based, -1 when absent
  private final Kind[] kind = new Kind[Field.values().length];
  private final int factor;
  private final Kind factorKind;
  private final EnumSet<Field> fields;
  private final EnumMap<Field, String> names;
  private final LinkedHashMap<String, String> details;

  private TypedRows(Layout layout, List<Kind> kinds) {
    for (Field f : Field.values()) {
      int c = layout.column(f);
      column[f.ordinal()] = c;
      kind[f.ordinal()] = c < 0 ? Kind.TEXT : kinds.get(c);
    }
    factor = layout.amountFactor();
    factorKind = factor >= 0 ? kinds.get(factor) : Kind.TEXT;
    fields =
        layout.fields().isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(layout.fields());
    names = new EnumMap<>(Field.class);
    for (Field f : layout.fields()) {
      names.put(f, layout.header(layout.column(f)));
    }
    if (factor >= 0) {
      names.put(
          Field.AMOUNT, layout.header(layout.column(Field.AMOUNT)) + "*" + layout.header(factor));
    }
    details = new LinkedHashMap<>();
    details.put(
        "columns",
        names.entrySet().stream()
            .map(e -> e.getKey().englishHeader() + "=" + e.getValue())
            .collect(Collectors.joining(", ")));
    details.put("ignoredColumns", String.join(", ", layout.ignored()));
  }

  /**
   * Matches a table's columns to the fields.
   *
   * @param description the table's name, for messages
   * @param labels the column labels, in column order
   * @param kinds how each column is read, in column order
   * @param mapping the explicit mapping (as the CLI's {@code --map}), possibly empty
   * @param locale the language of error messages
   * @return the reader of the table's rows
   * @throws dev.reactivator.core.InputException when a mapped column is missing or required columns
   *     are missing (one error naming all of them)
   * @throws IllegalArgumentException when {@code labels} and {@code kinds} differ in length
   */
  public static TypedRows resolve(
      String description,
      List<String> labels,
      List<Kind> kinds,
      Map<Field, String> mapping,
      Locale locale) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(locale, "locale");
    if (labels.size() != kinds.size()) {
      throw new IllegalArgumentException(
          "labels and kinds must have the same length, had " + labels.size() + ", " + kinds.size());
    }
    return new TypedRows(Layout.resolve(description, labels, mapping, locale), List.copyOf(kinds));
  }

  /**
   * The fields the table has.
   *
   * @return the fields, unmodifiable
   */
  public Set<Field> fields() {
    return Collections.unmodifiableSet(fields);
  }

  /**
   * The column each field is read from, as labelled in the table ({@code qty*price} for a product
   * amount).
   *
   * @return the column per field, unmodifiable
   */
  public Map<Field, String> columnNames() {
    return Collections.unmodifiableMap(names);
  }

  /**
   * The facts for the ingestion report: {@code columns} (field = column) and {@code
   * ignoredColumns}.
   *
   * @return the details, in that order, unmodifiable
   */
  public Map<String, String> details() {
    return Collections.unmodifiableMap(details);
  }

  /**
   * Calls {@link OrderLineValidator#begin} with this table's fields, column names and details.
   *
   * @param context the analysis date and the language of problem messages
   * @param sink receives {@code begin} now and one call per line later
   * @param sourceDetails the source's own details (such as {@code format}), put before this table's
   * @return the validator of the rows that follow
   */
  public OrderLineValidator begin(
      ReadContext context, TransactionSink sink, Map<String, String> sourceDetails) {
    Map<String, String> all = new LinkedHashMap<>(sourceDetails);
    all.putAll(details);
    return OrderLineValidator.begin(context, sink, fields, names, all);
  }

  /**
   * Reads one row.
   *
   * @param row the row's cells
   * @return the line, with each value that cannot be converted kept as unreadable
   */
  public OrderLine read(Row row) {
    OrderLine.Builder b = OrderLine.builder();
    b.customerId(text(row, Field.CUSTOMER_ID));
    b.phone(text(row, Field.PHONE));
    b.email(text(row, Field.EMAIL));
    b.name(text(row, Field.NAME));
    b.orderId(text(row, Field.ORDER_ID));
    b.product(text(row, Field.PRODUCT));
    b.category(text(row, Field.CATEGORY));
    amount(row, b);
    b.date(date(row, Field.PURCHASE_DATE, b));
    b.firstPurchaseDate(date(row, Field.FIRST_PURCHASE_DATE, b));
    int days = whole(row, Field.DAYS, Cells.MAX_DAYS, b);
    if (days != Cells.INVALID) {
      b.days(days);
    }
    int complaints = whole(row, Field.COMPLAINTS, Cells.MAX_COUNT, b);
    if (complaints != Cells.INVALID) {
      b.complaints(complaints);
    }
    int tickets = whole(row, Field.TICKETS, Cells.MAX_COUNT, b);
    if (tickets != Cells.INVALID) {
      b.tickets(tickets);
    }
    int discounted = whole(row, Field.DISCOUNTED_PURCHASES, Cells.MAX_COUNT, b);
    if (discounted != Cells.INVALID) {
      b.discountedPurchases(discounted);
    }
    return b.build();
  }

  private String text(Row row, Field f) {
    int c = column[f.ordinal()];
    return c < 0 ? null : row.text(c);
  }

  private void amount(Row row, OrderLine.Builder b) {
    int c = column[Field.AMOUNT.ordinal()];
    if (c < 0) {
      return;
    }
    double a = number(row, c, kind[Field.AMOUNT.ordinal()], b);
    if (factor >= 0) {
      double f = number(row, factor, factorKind, b);
      a = Double.isNaN(a) || Double.isNaN(f) ? Double.NaN : Math.rint(a * f * 1e4) / 1e4;
    }
    if (!Double.isNaN(a)) {
      b.amount(a);
    }
  }

  /** The number in column {@code c}, or NaN when it is missing or unreadable (then recorded). */
  private static double number(Row row, int c, Kind k, OrderLine.Builder b) {
    if (k == Kind.NUMBER) {
      BigDecimal v = row.number(c);
      return v == null ? Double.NaN : v.doubleValue();
    }
    String raw = row.text(c);
    if (raw == null || Cells.trim(raw).isEmpty()) {
      return Double.NaN;
    }
    String cell = Cells.trim(raw);
    char evidence = Cells.decimalEvidence(cell);
    double v = Cells.parseAmount(cell, evidence == ',' ? ',' : '.');
    if (Double.isNaN(v)) {
      b.unreadable(Field.AMOUNT, raw);
    }
    return v;
  }

  private LocalDate date(Row row, Field f, OrderLine.Builder b) {
    int c = column[f.ordinal()];
    if (c < 0) {
      return null;
    }
    Kind k = kind[f.ordinal()];
    if (k == Kind.DATE) {
      return row.date(c);
    }
    String raw = row.text(c);
    if (raw == null || Cells.trim(raw).isEmpty()) {
      return null;
    }
    int day = Cells.parseDate(Cells.trim(raw));
    if (day == Cells.INVALID) {
      b.unreadable(f, raw);
      return null;
    }
    return LocalDate.ofEpochDay(day);
  }

  /** A whole number up to {@code max}, or {@link Cells#INVALID} when missing or unreadable. */
  private int whole(Row row, Field f, int max, OrderLine.Builder b) {
    int c = column[f.ordinal()];
    if (c < 0) {
      return Cells.INVALID;
    }
    String raw;
    Kind k = kind[f.ordinal()];
    if (k == Kind.NUMBER) {
      BigDecimal v = row.number(c);
      if (v == null) {
        return Cells.INVALID;
      }
      if (v.signum() < 0 && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(-max)) >= 0) {
        return v.intValue(); // the validator names a negative count
      }
      raw = v.stripTrailingZeros().toPlainString();
    } else {
      raw = row.text(c);
      if (raw == null || Cells.trim(raw).isEmpty()) {
        return Cells.INVALID;
      }
    }
    int v = Cells.parseWhole(Cells.trim(raw), max);
    if (v == Cells.INVALID) {
      b.unreadable(f, raw);
    }
    return v;
  }
}
