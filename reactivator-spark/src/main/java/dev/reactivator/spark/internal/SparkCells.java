package dev.reactivator.spark.internal;

import dev.reactivator.io.TypedRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark {@link Row} seen as {@link TypedRows.Row}: numeric columns as numbers, date and timestamp
 * columns as dates (a timestamp on the JVM's zone, as JDBC reads one), everything else as text.
 * Reused for every row of a partition; not thread-safe.
 */
public final class SparkCells implements TypedRows.Row {
  private final ZoneId zone = ZoneId.systemDefault();
  private Row row;

  /**
   * The kind of each column of {@code schema}, in column order.
   *
   * @param schema the input's schema
   * @return the kinds
   */
  public static List<TypedRows.Kind> kinds(StructType schema) {
    List<TypedRows.Kind> kinds = new ArrayList<>();
    for (StructField f : schema.fields()) {
      DataType t = f.dataType();
      if (t instanceof NumericType) {
        kinds.add(TypedRows.Kind.NUMBER);
      } else if (t.equals(DataTypes.DateType)
          || t.equals(DataTypes.TimestampType)
          || t.equals(DataTypes.TimestampNTZType)) {
        kinds.add(TypedRows.Kind.DATE);
      } else {
        kinds.add(TypedRows.Kind.TEXT);
      }
    }
    return kinds;
  }

  SparkCells on(Row r) {
    this.row = r;
    return this;
  }

  @Override
  public String text(int column) {
    Object v = row.get(column);
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof java.sql.Date
        || v instanceof LocalDate
        || v instanceof Instant
        || v instanceof java.sql.Timestamp
        || v instanceof LocalDateTime) {
      return date(column).toString();
    }
    return v.toString();
  }

  @Override
  public BigDecimal number(int column) {
    Object v = row.get(column);
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return BigDecimal.valueOf(((Number) v).longValue());
  }

  @Override
  public LocalDate date(int column) {
    Object v = row.get(column);
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (v instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    return ((Instant) v).atZone(zone).toLocalDate();
  }
}
