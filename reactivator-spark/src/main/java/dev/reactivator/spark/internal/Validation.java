package dev.reactivator.spark.internal;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.OrderLineValidator;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.io.TypedRows;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The library's validation of order lines on each partition: every row goes through {@link
 * TypedRows} and {@link OrderLineValidator} and comes out as exactly one row of {@link #SCHEMA}
 * with its {@code status}: accepted (the normalised purchase), refund, or rejected (line, column,
 * value, code and message).
 */
public final class Validation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status of an accepted purchase row. */
  public static final int ACCEPTED = 0;

  /** The status of a refund row (an amount of zero or less). */
  public static final int REFUND = 1;

  /** The status of a rejected row. */
  public static final int REJECTED = 2;

  /** One validated row: the status, then the purchase, refund or problem columns. */
  public static final StructType SCHEMA =
      new StructType()
          .add("status", DataTypes.IntegerType, false)
          .add("line", DataTypes.LongType, false)
          .add("customer_id", DataTypes.StringType)
          .add("phone", DataTypes.StringType)
          .add("email", DataTypes.StringType)
          .add("name", DataTypes.StringType)
          .add("product", DataTypes.StringType)
          .add("amount", DataTypes.DoubleType)
          .add("day", DataTypes.IntegerType)
          .add("first_day", DataTypes.IntegerType)
          .add("complaints", DataTypes.IntegerType)
          .add("tickets", DataTypes.IntegerType)
          .add("discounted", DataTypes.IntegerType)
          .add("order_id", DataTypes.StringType)
          .add("column", DataTypes.StringType)
          .add("value", DataTypes.StringType)
          .add("code", DataTypes.StringType)
          .add("message", DataTypes.StringType);

  private final TypedRows rows;
  private final LocalDate asOf;
  private final Locale locale;

  /**
   * The validation of one input.
   *
   * @param rows how the input's columns are read
   * @param asOf the analysis date
   * @param locale the language of problem messages
   */
  public Validation(TypedRows rows, LocalDate asOf, Locale locale) {
    this.rows = rows;
    this.asOf = asOf;
    this.locale = locale;
  }

  /**
   * Validates one partition of (row, 0-based index) pairs; the line is {@code index + offset}.
   *
   * @param input the partition
   * @param offset the line of the input's first row
   * @return one validated row per input row, in order
   */
  public Iterator<Row> partition(Iterator<Tuple2<Row, Long>> input, long offset) {
    Collector sink = new Collector();
    OrderLineValidator validator = rows.begin(new ReadContext(asOf, locale), sink, Map.of());
    SparkCells cells = new SparkCells();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !sink.out.isEmpty() || input.hasNext();
      }

      @Override
      public Row next() {
        if (sink.out.isEmpty()) {
          if (!input.hasNext()) {
            throw new NoSuchElementException();
          }
          Tuple2<Row, Long> t = input.next();
          validator.line(t._2() + offset, rows.read(cells.on(t._1())));
        }
        return sink.out.poll();
      }
    };
  }

  /** Turns the validator's calls into rows of {@link #SCHEMA}. */
  private static final class Collector implements TransactionSink {
    final ArrayDeque<Row> out = new ArrayDeque<>();

    @Override
    public void begin(Set<Field> columns, Map<String, String> details) {}

    @Override
    public void accept(SourceRow r) {
      out.add(
          RowFactory.create(
              ACCEPTED,
              r.line(),
              r.customerId().orElse(null),
              r.phone().orElse(null),
              r.email().orElse(null),
              r.name().orElse(null),
              r.product(),
              r.amount(),
              (int) r.date().toEpochDay(),
              r.firstPurchaseDate().map(d -> (int) d.toEpochDay()).orElse(null),
              r.complaints().isPresent() ? r.complaints().getAsInt() : null,
              r.tickets().isPresent() ? r.tickets().getAsInt() : null,
              r.discountedPurchases().isPresent() ? r.discountedPurchases().getAsInt() : null,
              r.orderId().orElse(null),
              null,
              null,
              null,
              null));
    }

    @Override
    public void refund(long line, double amount) {
      out.add(
          RowFactory.create(
              REFUND, line, null, null, null, null, null, amount, null, null, null, null, null,
              null, null, null, null, null));
    }

    @Override
    public void reject(RowProblem p) {
      out.add(
          RowFactory.create(
              REJECTED,
              p.line(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              p.column().orElse(null),
              p.value().orElse(null),
              p.code().name(),
              p.message()));
    }

    @Override
    public void warn(RowProblem problem) {}
  }

  /**
   * The purchase of an accepted row of {@link #SCHEMA}, as the library's sources hand it over.
   *
   * @param r an accepted row
   * @return the source row
   */
  public static SourceRow sourceRow(Row r) {
    return new SourceRow(
        r.getLong(1),
        java.util.Optional.ofNullable(r.getString(2)),
        java.util.Optional.ofNullable(r.getString(3)),
        java.util.Optional.ofNullable(r.getString(4)),
        java.util.Optional.ofNullable(r.getString(5)),
        r.getString(6),
        r.getDouble(7),
        LocalDate.ofEpochDay(r.getInt(8)),
        r.isNullAt(9)
            ? java.util.Optional.empty()
            : java.util.Optional.of(LocalDate.ofEpochDay(r.getInt(9))),
        count(r, 10),
        count(r, 11),
        count(r, 12),
        java.util.Optional.ofNullable(r.getString(13)));
  }

  private static java.util.OptionalInt count(Row r, int i) {
    return r.isNullAt(i) ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(r.getInt(i));
  }
}
