package dev.reactivator.io.jdbc;

import dev.reactivator.core.data.OrderLine;
import dev.reactivator.io.TypedRows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads one result row into an {@link OrderLine} through {@link TypedRows}, each column by its SQL
 * type: dates and numbers natively, text parsed like a CSV cell, {@code NULL} as missing. Not
 * thread-safe; one per read.
 */
final class RowReader implements TypedRows.Row {
  /** How a column is read from the result set. */
  private enum Sql {
    TEXT,
    NUMBER,
    DATE,
    TIMESTAMP,
    TIMESTAMP_TZ
  }

  private final Sql[] sql;
  private final ZoneId zone = ZoneId.systemDefault();
  private ResultSet rs;

  private RowReader(Sql[] sql) {
    this.sql = sql;
  }

  /** The reader of the rows described by {@code md}; adds each column's kind to {@code kinds}. */
  static RowReader of(ResultSetMetaData md, List<TypedRows.Kind> kinds) throws SQLException {
    Sql[] sql = new Sql[md.getColumnCount()];
    for (int i = 0; i < sql.length; i++) {
      sql[i] = sql(md.getColumnType(i + 1));
      kinds.add(
          switch (sql[i]) {
            case TEXT -> TypedRows.Kind.TEXT;
            case NUMBER -> TypedRows.Kind.NUMBER;
            default -> TypedRows.Kind.DATE;
          });
    }
    return new RowReader(sql);
  }

  private static Sql sql(int sqlType) {
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
          Sql.NUMBER;
      case Types.DATE -> Sql.DATE;
      case Types.TIMESTAMP -> Sql.TIMESTAMP;
      case Types.TIMESTAMP_WITH_TIMEZONE -> Sql.TIMESTAMP_TZ;
      default -> Sql.TEXT;
    };
  }

  /** Reads the current row of {@code rs}. */
  OrderLine read(TypedRows rows, ResultSet rs) throws SQLException {
    this.rs = rs;
    try {
      return rows.read(this);
    } catch (Failure e) {
      throw e.getCause();
    }
  }

  @Override
  public String text(int column) {
    try {
      return rs.getString(column + 1);
    } catch (SQLException e) {
      throw new Failure(e);
    }
  }

  @Override
  public BigDecimal number(int column) {
    try {
      return rs.getBigDecimal(column + 1);
    } catch (SQLException e) {
      throw new Failure(e);
    }
  }

  @Override
  public LocalDate date(int column) {
    try {
      int c = column + 1;
      switch (sql[column]) {
        case TIMESTAMP:
          LocalDateTime t = rs.getObject(c, LocalDateTime.class);
          return t == null ? null : t.toLocalDate();
        case TIMESTAMP_TZ:
          OffsetDateTime o = rs.getObject(c, OffsetDateTime.class);
          return o == null ? null : o.atZoneSameInstant(zone).toLocalDate();
        default:
          return rs.getObject(c, LocalDate.class);
      }
    } catch (SQLException e) {
      throw new Failure(e);
    }
  }

  /** Carries a driver's failure through {@link TypedRows#read}. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
