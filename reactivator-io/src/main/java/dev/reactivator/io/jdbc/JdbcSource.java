package dev.reactivator.io.jdbc;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.spi.OrderLineValidator;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.io.TypedRows;
import dev.reactivator.io.internal.IoMessages;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Purchases read from a database with a SQL query (or a whole table) through any JDBC driver on the
 * class or module path, such as PostgreSQL's. One result row is one order line; its columns are
 * matched to fields exactly like a CSV header (the Russian or English template names, case- and
 * underscore-insensitively, for example {@code customer_id} or {@code "ID клиента"}), or by an
 * explicit mapping in the same syntax as CSV ({@code customer_id=client_id}, {@code
 * amount=qty*price}). Each row goes through {@link OrderLineValidator}, the validation of every
 * source: phones and e-mails normalised, bad rows rejected with their row number, amounts of zero
 * or less counted as refunds.
 *
 * <p>Values are read by their SQL type: {@code DATE}, {@code TIMESTAMP} and {@code TIMESTAMP WITH
 * TIME ZONE} (in the JVM's zone) as dates, {@code NUMERIC}, {@code DOUBLE} and integer types as
 * numbers, text columns parsed like CSV cells (so {@code '05.10.2024'} or {@code '1 500,50'} still
 * work); SQL {@code NULL} is a missing value. Rows are streamed: the statement is forward-only with
 * a fetch size (default 1000) and auto-commit is turned off for the read, which PostgreSQL needs to
 * use a cursor; nothing is written and the transaction is rolled back at the end.
 *
 * <p>The description is the URL without credentials. A connection, query or mapping failure throws
 * {@link InputException}. Immutable and thread-safe; every {@link #read} opens its own connection.
 * Not registered as a {@code TransactionSourceProvider}, which opens files: create it with {@link
 * #url(String)} or {@link #dataSource(DataSource, String)}.
 *
 * <pre>{@code
 * TransactionSource orders = JdbcSource.url("jdbc:postgresql://localhost/crm")
 *     .credentials(System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))
 *     .query("SELECT client_id, phone, product, total AS amount, paid_at AS purchase_date FROM orders")
 *     .map(Field.CUSTOMER_ID, "client_id")
 *     .build();
 * }</pre>
 */
public final class JdbcSource implements TransactionSource {
  /** The fetch size used unless another is given. */
  public static final int DEFAULT_FETCH_SIZE = 1000;

  private static final Pattern TABLE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?");
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;](password|pwd)=)[^&;]*");
  private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/@?]*?:)[^/@?]*@");

  private final String description;
  private final Connector connector;
  private final String sql;
  private final Map<Field, String> mapping;
  private final int fetchSize;

  /** Opens a connection for one read. */
  @FunctionalInterface
  private interface Connector {
    Connection open() throws SQLException;
  }

  private JdbcSource(Builder b) {
    this.description = b.description;
    this.connector = b.connector;
    this.sql = b.sql;
    this.mapping = Map.copyOf(b.mapping);
    this.fetchSize = b.fetchSize;
  }

  /**
   * Starts a source that connects with {@link DriverManager} to {@code jdbcUrl}.
   *
   * @param jdbcUrl the JDBC URL, such as {@code jdbc:postgresql://localhost:5432/crm}; it may carry
   *     the user and password, which are never shown
   * @return a builder; give it a query or a table
   * @throws NullPointerException if {@code jdbcUrl} is null
   * @throws IllegalArgumentException if {@code jdbcUrl} does not start with {@code jdbc:}
   */
  public static Builder url(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("a JDBC URL starts with jdbc:, was " + redact(jdbcUrl));
    }
    return new Builder(jdbcUrl);
  }

  /**
   * Starts a source that takes its connections from an application's pool.
   *
   * @param dataSource the pool or data source; each read takes one connection and closes it
   * @param description the name shown in messages and reports, such as {@code crm orders}
   * @return a builder; give it a query or a table
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Builder dataSource(DataSource dataSource, String description) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank");
    }
    return new Builder(description, dataSource::getConnection);
  }

  /**
   * A JDBC URL with its password removed (both {@code password=} parameters and {@code
   * user:password@}), for messages and logs.
   *
   * @param jdbcUrl the URL
   * @return the URL without a password
   */
  public static String redact(String jdbcUrl) {
    String s = URL_PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    return URL_USER_INFO.matcher(s).replaceAll("$1***@");
  }

  /**
   * The SQL this source runs.
   *
   * @return the query, or {@code SELECT * FROM table}
   */
  public String sql() {
    return sql;
  }

  /**
   * The explicit column mapping.
   *
   * @return the column (or {@code a*b} for the amount) of each mapped field; possibly empty
   */
  public Map<Field, String> mapping() {
    return mapping;
  }

  /**
   * The fetch size the statement streams with.
   *
   * @return rows fetched per round trip
   */
  public int fetchSize() {
    return fetchSize;
  }

  /** The URL without credentials, or the data source's description. */
  @Override
  public String description() {
    return description;
  }

  /**
   * Runs the query and streams every row into {@code sink}: {@code begin} with the fields found and
   * the details {@code format} ({@code jdbc}), {@code columns} (field = column), {@code
   * ignoredColumns} and {@code fetchSize}; then one call per result row, numbered from 1.
   *
   * @throws InputException when the database cannot be reached, the query fails, or a required
   *     field has no column
   */
  @Override
  public void read(ReadContext context, TransactionSink sink) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(sink, "sink");
    try (Connection c = connector.open()) {
      boolean autoCommit = c.getAutoCommit();
      if (autoCommit) {
        c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
      }
      try {
        stream(c, context, sink);
      } finally {
        c.rollback();
        if (autoCommit) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new InputException(
          description, IoMessages.get(context.locale(), "jdbc.failed", description, message(e)), e);
    }
  }

  private void stream(Connection c, ReadContext context, TransactionSink sink) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      st.setFetchSize(fetchSize);
      try (ResultSet rs = st.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          labels.add(md.getColumnLabel(i));
        }
        List<TypedRows.Kind> kinds = new ArrayList<>();
        RowReader reader = RowReader.of(md, kinds);
        TypedRows rows = TypedRows.resolve(description, labels, kinds, mapping, context.locale());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("format", "jdbc");
        details.putAll(rows.details());
        details.put("fetchSize", String.valueOf(fetchSize));
        OrderLineValidator validator =
            OrderLineValidator.begin(context, sink, rows.fields(), rows.columnNames(), details);
        long line = 0;
        while (rs.next()) {
          validator.line(++line, reader.read(rows, rs));
        }
      }
    }
  }

  /** The driver's message without the stack, and never the URL's password. */
  private static String message(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return redact(m.strip());
  }

  @Override
  public String toString() {
    return "JdbcSource[" + description + "]";
  }

  /**
   * Collects the connection, the query and the mapping of a {@link JdbcSource}. Not thread-safe.
   */
  public static final class Builder {
    private final String url;
    private String description;
    private Connector connector;
    private String user;
    private String password;
    private String sql;
    private final Map<Field, String> mapping = new EnumMap<>(Field.class);
    private int fetchSize = DEFAULT_FETCH_SIZE;

    private Builder(String url) {
      this.url = url;
      this.description = redact(url);
    }

    private Builder(String description, Connector connector) {
      this.url = null;
      this.description = description;
      this.connector = connector;
    }

    /**
     * Sets the user and password for a URL source (for example from environment variables); both
     * may be null to use what the URL carries.
     *
     * @param user the database user, or {@code null}
     * @param password the password, or {@code null}; never shown
     * @return this builder
     * @throws IllegalStateException for a data-source builder, whose pool holds its credentials
     */
    public Builder credentials(String user, String password) {
      if (url == null) {
        throw new IllegalStateException("a data source brings its own credentials");
      }
      this.user = user;
      this.password = password;
      return this;
    }

    /**
     * Sets the query: one result row per order line.
     *
     * @param sql a {@code SELECT} (or any statement returning rows), without parameters
     * @return this builder
     * @throws NullPointerException if {@code sql} is null
     * @throws IllegalArgumentException if {@code sql} is blank
     */
    public Builder query(String sql) {
      Objects.requireNonNull(sql, "sql");
      if (sql.isBlank()) {
        throw new IllegalArgumentException("the query must not be blank");
      }
      this.sql = sql.strip();
      return this;
    }

    /**
     * Reads a whole table or view: {@code SELECT * FROM table}.
     *
     * @param table the table name, optionally with its schema ({@code crm.orders}); letters,
     *     digits, {@code _} and {@code $} only
     * @return this builder
     * @throws NullPointerException if {@code table} is null
     * @throws IllegalArgumentException if {@code table} is not a plain identifier
     */
    public Builder table(String table) {
      Objects.requireNonNull(table, "table");
      if (!TABLE.matcher(table).matches()) {
        throw new IllegalArgumentException(
            "a table name is letters, digits and _ (optionally schema.table), was " + table);
      }
      this.sql = "SELECT * FROM " + table;
      return this;
    }

    /**
     * Maps {@code field} to a column whose name is not one of the field's template names.
     *
     * @param field the field
     * @param column the column label as the query returns it, or for {@link Field#AMOUNT} a product
     *     of two columns written {@code qty*price}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code column} is blank
     */
    public Builder map(Field field, String column) {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(column, "column");
      if (column.isBlank()) {
        throw new IllegalArgumentException("mapping for " + field + " must name a column");
      }
      mapping.put(field, column);
      return this;
    }

    /**
     * Takes the column mapping of CSV source options (the delimiter and encoding do not apply).
     *
     * @param options options whose {@link SourceOptions#mapping()} is added to this builder's
     * @return this builder
     * @throws NullPointerException if {@code options} is null
     */
    public Builder options(SourceOptions options) {
      options.mapping().forEach(this::map);
      return this;
    }

    /**
     * Sets how many rows the driver fetches per round trip.
     *
     * @param rows the fetch size, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code rows < 1}
     */
    public Builder fetchSize(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("fetch size must be at least 1, was " + rows);
      }
      this.fetchSize = rows;
      return this;
    }

    /**
     * The source.
     *
     * @return a new immutable source; nothing is connected until it is read
     * @throws IllegalStateException if neither a query nor a table was given
     */
    public JdbcSource build() {
      if (sql == null) {
        throw new IllegalStateException("give a query or a table");
      }
      if (url != null) {
        String u = url;
        Properties props = new Properties();
        Optional.ofNullable(user).ifPresent(v -> props.setProperty("user", v));
        Optional.ofNullable(password).ifPresent(v -> props.setProperty("password", v));
        connector = () -> DriverManager.getConnection(u, props);
      }
      return new JdbcSource(this);
    }
  }
}
