package dev.reactivator.io.jdbc;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.io.internal.Cells;
import dev.reactivator.io.internal.Layout;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads one result row into an {@link OrderLine}, each column by its SQL type: dates and numbers
 * natively, text parsed like a CSV cell, {@code NULL} as missing. A value that cannot be converted
 * is kept as {@link OrderLine.Builder#unreadable} so the validator rejects the row naming it. Not
 * thread-safe; one per read.
 */
final class RowReader {
  /** How a column is read. */
  private enum Kind {
    TEXT,
    NUMBER,
    DATE,
    TIMESTAMP,
    TIMESTAMP_TZ
  }

  private final int[] column = new int[Field.values().length]; // 1-based, 0 when absent
  private final Kind[] kind = new Kind[Field.values().length];
  private final int factor;
  private final Kind factorKind;
  private final ZoneId zone = ZoneId.systemDefault();

  RowReader(Layout layout, ResultSetMetaData md) throws SQLException {
    for (Field f : Field.values()) {
      int c = layout.column(f);
      column[f.ordinal()] = c + 1;
      kind[f.ordinal()] = c < 0 ? Kind.TEXT : kind(md.getColumnType(c + 1));
    }
    factor = layout.amountFactor() + 1;
    factorKind = factor > 0 ? kind(md.getColumnType(factor)) : Kind.TEXT;
  }

  private static Kind kind(int sqlType) {
    return switch (sqlType) {
      case Types.NUMERIC,
          Types.DECIMAL,
          Types.DOUBLE,
          Types.FLOAT,
          Types.REAL,
          Types.INTEGER,
          Types.BIGINT,
          Types.SMALLINT,
          Types.TINYINT ->
          Kind.NUMBER;
      case Types.DATE -> Kind.DATE;
      case Types.TIMESTAMP -> Kind.TIMESTAMP;
      case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
      default -> Kind.TEXT;
    };
  }

  OrderLine read(ResultSet rs) throws SQLException {
    OrderLine.Builder b = OrderLine.builder();
    b.customerId(text(rs, Field.CUSTOMER_ID));
    b.phone(text(rs, Field.PHONE));
    b.email(text(rs, Field.EMAIL));
    b.name(text(rs, Field.NAME));
    b.orderId(text(rs, Field.ORDER_ID));
    b.product(text(rs, Field.PRODUCT));
    amount(rs, b);
    b.date(date(rs, Field.PURCHASE_DATE, b));
    b.firstPurchaseDate(date(rs, Field.FIRST_PURCHASE_DATE, b));
    int days = whole(rs, Field.DAYS, Cells.MAX_DAYS, b);
    if (days != Cells.INVALID) {
      b.days(days);
    }
    int complaints = whole(rs, Field.COMPLAINTS, Cells.MAX_COUNT, b);
    if (complaints != Cells.INVALID) {
      b.complaints(complaints);
    }
    int tickets = whole(rs, Field.TICKETS, Cells.MAX_COUNT, b);
    if (tickets != Cells.INVALID) {
      b.tickets(tickets);
    }
    int discounted = whole(rs, Field.DISCOUNTED_PURCHASES, Cells.MAX_COUNT, b);
    if (discounted != Cells.INVALID) {
      b.discountedPurchases(discounted);
    }
    return b.build();
  }

  private String text(ResultSet rs, Field f) throws SQLException {
    int c = column[f.ordinal()];
    return c == 0 ? null : rs.getString(c);
  }

  private void amount(ResultSet rs, OrderLine.Builder b) throws SQLException {
    int c = column[Field.AMOUNT.ordinal()];
    if (c == 0) {
      return;
    }
    double a = number(rs, c, kind[Field.AMOUNT.ordinal()], b);
    if (factor > 0) {
      double f = number(rs, factor, factorKind, b);
      a = Double.isNaN(a) || Double.isNaN(f) ? Double.NaN : Math.rint(a * f * 1e4) / 1e4;
    }
    if (!Double.isNaN(a)) {
      b.amount(a);
    }
  }

  /** The number in column {@code c}, or NaN when it is NULL or unreadable (then recorded). */
  private double number(ResultSet rs, int c, Kind k, OrderLine.Builder b) throws SQLException {
    if (k == Kind.NUMBER) {
      BigDecimal v = rs.getBigDecimal(c);
      return v == null ? Double.NaN : v.doubleValue();
    }
    String raw = rs.getString(c);
    if (raw == null || Cells.trim(raw).isEmpty()) {
      return Double.NaN;
    }
    // a text amount decides its own decimal separator; without evidence the dot is the decimal
    String cell = Cells.trim(raw);
    char evidence = Cells.decimalEvidence(cell);
    double v = Cells.parseAmount(cell, evidence == ',' ? ',' : '.');
    if (Double.isNaN(v)) {
      b.unreadable(Field.AMOUNT, raw);
    }
    return v;
  }

  private LocalDate date(ResultSet rs, Field f, OrderLine.Builder b) throws SQLException {
    int c = column[f.ordinal()];
    if (c == 0) {
      return null;
    }
    switch (kind[f.ordinal()]) {
      case DATE:
        return rs.getObject(c, LocalDate.class);
      case TIMESTAMP:
        LocalDateTime t = rs.getObject(c, LocalDateTime.class);
        return t == null ? null : t.toLocalDate();
      case TIMESTAMP_TZ:
        OffsetDateTime o = rs.getObject(c, OffsetDateTime.class);
        return o == null ? null : o.atZoneSameInstant(zone).toLocalDate();
      default:
        String raw = rs.getString(c);
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
  }

  /** A whole number up to {@code max}, or {@link Cells#INVALID} when NULL or unreadable. */
  private int whole(ResultSet rs, Field f, int max, OrderLine.Builder b) throws SQLException {
    int c = column[f.ordinal()];
    if (c == 0) {
      return Cells.INVALID;
    }
    String raw;
    if (kind[f.ordinal()] == Kind.NUMBER) {
      BigDecimal v = rs.getBigDecimal(c);
      if (v == null) {
        return Cells.INVALID;
      }
      if (v.signum() < 0 && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(-max)) >= 0) {
        return v.intValue(); // the validator names a negative count
      }
      raw = v.stripTrailingZeros().toPlainString();
    } else {
      raw = rs.getString(c);
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
