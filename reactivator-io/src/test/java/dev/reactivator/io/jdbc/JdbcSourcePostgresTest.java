package dev.reactivator.io.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.io.ByteSource;
import dev.reactivator.io.CsvSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC source against a real PostgreSQL server (see {@link TestDatabase}): a CRM-shaped table
 * with good and bad rows, loaded through SQL and through a CSV file of the same data, must give the
 * same base and the same accounting.
 */
class JdbcSourcePostgresTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final Locale EN = Locale.ENGLISH;
  private static final String SCHEMA = "reactivator_test_" + ProcessHandle.current().pid();
  private static final String QUERY =
      "SELECT client_id, phone, email, client_name AS name, order_no AS order_id, product, total,"
          + " paid_at, complaints FROM "
          + SCHEMA
          + ".orders ORDER BY seq";

  /**
   * One order line: client_id, phone, email, name, order_no, product, total, paid_at, complaints.
   */
  private record Row(
      String id,
      String phone,
      String email,
      String name,
      String order,
      String product,
      BigDecimal total,
      LocalDate paid,
      Integer complaints) {}

  private static final List<Row> ROWS = rows();

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    String[] products = {"Кофе", "Чай", "Торт", "Абонемент"};
    for (int i = 0; i < 200; i++) {
      int c = i % 40;
      String digits = String.format("%02d", c);
      String phone =
          c % 2 == 0 || c % 5 == 0
              ? (i % 80 < 40 ? "+7 (900) 000-00-" + digits : "8 900 000 00" + digits)
              : null;
      String email = c % 3 == 0 ? (i % 2 == 0 ? "Client" : "client") + c + "@Example.com" : null;
      rows.add(
          new Row(
              c % 5 == 0 ? null : "C" + c,
              phone,
              email,
              "Клиент " + c,
              "O" + i,
              products[(i * 7) % products.length],
              new BigDecimal(100 + (i * 37) % 900 + ".50"),
              LocalDate.of(2024, 1, 1).plusDays((i * 13L) % 330),
              c % 7 == 0 ? Integer.valueOf(c % 3) : null));
    }
    LocalDate d = LocalDate.of(2024, 6, 1);
    BigDecimal ten = BigDecimal.TEN;
    rows.add(new Row("C1", "call me", null, null, "B1", "Чай", ten, d, null)); // bad phone
    rows.add(new Row("C2", null, null, null, "B2", null, ten, d, null)); // no product
    rows.add(new Row("C3", null, null, null, "B3", "Чай", new BigDecimal("-500.00"), d, null));
    rows.add(new Row("C3", null, null, null, "B4", "Чай", BigDecimal.ZERO, d, null)); // refund
    rows.add(new Row(null, null, null, "Аноним", "B5", "Чай", ten, d, null)); // no identity
    rows.add(new Row("C4", null, null, null, "B6", "Чай", ten, LocalDate.of(2025, 6, 1), null));
    rows.add(new Row("C6", null, "a@@b", null, "B7", "Чай", ten, d, null)); // bad e-mail
    rows.add(new Row("C7", null, null, null, "B8", "Чай", null, d, null)); // no amount
    rows.add(new Row("C8", null, null, null, "B9", "Чай", ten, null, null)); // no date
    rows.add(new Row("C9", null, null, null, "B10", "Чай", ten, d, -1)); // bad count
    return rows;
  }

  @BeforeAll
  static void createTable() throws SQLException {
    if (!TestDatabase.configured()) {
      return; // each test then fails in CI, or is skipped with the reason, in requireDatabase()
    }
    TestDatabase.execute(
        "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
        "CREATE SCHEMA " + SCHEMA,
        "CREATE TABLE "
            + SCHEMA
            + ".orders (seq SERIAL PRIMARY KEY, client_id VARCHAR(20), phone VARCHAR(40),"
            + " email VARCHAR(80), client_name VARCHAR(80), order_no VARCHAR(20),"
            + " product VARCHAR(80), total NUMERIC(12,2), paid_at TIMESTAMP, complaints INTEGER)");
    try (Connection c = TestDatabase.connect();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO "
                    + SCHEMA
                    + ".orders (client_id, phone, email, client_name, order_no, product, total,"
                    + " paid_at, complaints) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Row r : ROWS) {
        st.setString(1, r.id());
        st.setString(2, r.phone());
        st.setString(3, r.email());
        st.setString(4, r.name());
        st.setString(5, r.order());
        st.setString(6, r.product());
        st.setBigDecimal(7, r.total());
        st.setObject(8, r.paid() == null ? null : r.paid().atTime(14, 30));
        st.setObject(9, r.complaints());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  @BeforeEach
  void requireDatabase() {
    TestDatabase.url();
  }

  @AfterAll
  static void dropTable() throws SQLException {
    if (!TestDatabase.configured()) {
      return;
    }
    TestDatabase.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
  }

  private static JdbcSource.Builder source() {
    return JdbcSource.url(TestDatabase.url())
        .query(QUERY)
        .map(Field.CUSTOMER_ID, "client_id")
        .map(Field.AMOUNT, "total")
        .map(Field.PURCHASE_DATE, "paid_at");
  }

  /** The same rows as a CSV export with the template's English headers. */
  private static CsvSource csv() {
    StringBuilder s =
        new StringBuilder(
            "customer_id;phone;email;name;order_id;product;amount;purchase_date;complaints\n");
    for (Row r : ROWS) {
      s.append(cell(r.id()))
          .append(';')
          .append(cell(r.phone()))
          .append(';')
          .append(cell(r.email()))
          .append(';')
          .append(cell(r.name()))
          .append(';')
          .append(cell(r.order()))
          .append(';')
          .append(cell(r.product()))
          .append(';')
          .append(r.total() == null ? "" : r.total().toPlainString().replace('.', ','))
          .append(';')
          .append(cell(r.paid()))
          .append(';')
          .append(cell(r.complaints()))
          .append('\n');
    }
    byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
    return CsvSource.of("orders.csv", ByteSource.of(bytes), SourceOptions.defaults());
  }

  private static String cell(Object v) {
    return v == null ? "" : v.toString();
  }

  private static CustomerBase load(TransactionSource s) {
    return Reactivator.load(s).withLocale(EN).asOf(AS_OF).base();
  }

  /** A customer as text: its keys, purchases, revenue, dates and counters. */
  private static String signature(CustomerProfile p) {
    return p.customerIds()
        + " "
        + p.phones()
        + " "
        + p.emails()
        + " "
        + p.name().orElse("-")
        + " n="
        + p.purchaseCount()
        + String.format(Locale.ROOT, " spent=%.2f", p.totalSpent())
        + " "
        + p.firstPurchase()
        + ".."
        + p.lastPurchase()
        + " complaints="
        + p.complaints();
  }

  private static List<String> customers(CustomerBase base) {
    return base.customers().stream().map(JdbcSourcePostgresTest::signature).sorted().toList();
  }

  @Test
  void theDatabaseGivesTheSameBaseAndAccountingAsTheCsvOfTheSameRows() {
    long start = System.nanoTime();
    CustomerBase db = load(source().build());
    long millis = (System.nanoTime() - start) / 1_000_000;
    CustomerBase file = load(csv());
    IngestionReport d = db.report();
    IngestionReport f = file.report();

    assertEquals(ROWS.size(), d.rowsRead());
    assertEquals(200, d.rowsAccepted());
    assertEquals(2, d.refunds());
    assertEquals(8, d.rowsRejected());
    assertEquals(
        List.of(f.rowsRead(), f.rowsAccepted(), f.refunds(), f.rowsRejected()),
        List.of(d.rowsRead(), d.rowsAccepted(), d.refunds(), d.rowsRejected()));
    assertEquals(f.refundAmount(), d.refundAmount(), 1e-9);
    assertEquals(f.uniqueCustomers(), d.uniqueCustomers());
    assertEquals(40, d.uniqueCustomers(), "phone spellings and e-mail case merge");
    assertEquals(customers(file), customers(db));
    assertEquals(file.purchaseCount(), db.purchaseCount());
    double revenue = 0;
    for (int c = 0; c < db.size(); c++) {
      revenue += db.totalSpent(c);
    }
    double fileRevenue = 0;
    for (int c = 0; c < file.size(); c++) {
      fileRevenue += file.totalSpent(c);
    }
    assertEquals(fileRevenue, revenue, 1e-6);
    assertEquals(
        List.of(
            ProblemCode.PHONE_INVALID,
            ProblemCode.PRODUCT_EMPTY,
            ProblemCode.NO_IDENTITY,
            ProblemCode.DATE_IN_FUTURE,
            ProblemCode.EMAIL_INVALID,
            ProblemCode.AMOUNT_INVALID,
            ProblemCode.DATE_MISSING,
            ProblemCode.COUNT_INVALID),
        d.rejected().stream().map(RowProblem::code).toList());
    assertEquals(
        f.rejected().stream().map(p -> p.code() + "@" + (p.line() - 1)).toList(),
        d.rejected().stream().map(p -> p.code() + "@" + p.line()).toList(),
        "same problems on the same rows (the CSV counts its header as line 1)");
    assertEquals(
        "Line 201, field \"phone\": \"call me\" — this is not a phone number: it must be one"
            + " number of 5 to 15 digits, for example +7 900 111-22-33.",
        d.rejected().get(0).message());
    assertEquals(
        Set.of(
            Field.CUSTOMER_ID,
            Field.PHONE,
            Field.EMAIL,
            Field.NAME,
            Field.ORDER_ID,
            Field.PRODUCT,
            Field.AMOUNT,
            Field.PURCHASE_DATE,
            Field.COMPLAINTS),
        d.columns());
    assertEquals("jdbc", d.details().get("format"));
    assertTrue(d.details().get("columns").contains("customer_id=client_id"), d.details()::toString);
    assertFalse(d.source().contains(password()), "the description hides the password");
    assertTrue(millis < 30_000, "read 210 rows in " + millis + " ms");
  }

  @Test
  void aTableWithoutAQueryAndMappedColumnsReadsTheSameRows() {
    JdbcSource s =
        JdbcSource.url(TestDatabase.url())
            .table(SCHEMA + ".orders")
            .options(
                SourceOptions.defaults()
                    .withMapping(Field.CUSTOMER_ID, "client_id")
                    .withMapping(Field.AMOUNT, "total")
                    .withMapping(Field.PURCHASE_DATE, "paid_at")
                    .withMapping(Field.NAME, "client_name"))
            .fetchSize(7)
            .build();
    IngestionReport r = load(s).report();
    assertEquals(ROWS.size(), r.rowsRead());
    assertEquals(200, r.rowsAccepted());
    assertTrue(r.details().get("ignoredColumns").contains("seq"), r.details()::toString);
    assertEquals("SELECT * FROM " + SCHEMA + ".orders", s.sql());
  }

  @Test
  void textColumnsAreParsedLikeCsvCellsAndAProductOfColumnsIsTheAmount() {
    JdbcSource s =
        JdbcSource.url(TestDatabase.url())
            .query(
                "SELECT * FROM (VALUES ('C1', 'Чай', '1 500,50', '05.10.2024', 1, 2.5),"
                    + " ('C2', 'Чай', '12 руб', '2024-10-05', 3, 2.5),"
                    + " ('C3', 'Чай', '7', '31.02.2024', 2, 1.25)) AS t(customer_id, product,"
                    + " amount_text, purchase_date, qty, price)")
            .map(Field.AMOUNT, "qty*price")
            .build();
    CollectingSink sink = new CollectingSink();
    s.read(new ReadContext(AS_OF, EN), sink);
    assertEquals(2, sink.accepted.size());
    SourceRow ok = sink.accepted.get(0);
    assertEquals(2.5, ok.amount());
    assertEquals(LocalDate.of(2024, 10, 5), ok.date());
    assertEquals(7.5, sink.accepted.get(1).amount());
    RowProblem bad = sink.rejected.get(0);
    assertEquals(ProblemCode.DATE_INVALID, bad.code());
    assertEquals(3, bad.line());
    assertEquals(java.util.Optional.of("31.02.2024"), bad.value());

    JdbcSource text =
        JdbcSource.url(TestDatabase.url())
            .query(
                "SELECT 'C1' AS customer_id, 'Tea' AS product, 'около 12' AS amount,"
                    + " '2024-10-05' AS purchase_date UNION ALL SELECT 'C2', 'Tea', '1 500,50',"
                    + " '05.10.2024'")
            .build();
    CollectingSink t = new CollectingSink();
    text.read(new ReadContext(AS_OF, EN), t);
    assertEquals(ProblemCode.AMOUNT_INVALID, t.rejected.get(0).code());
    assertEquals(java.util.Optional.of("около 12"), t.rejected.get(0).value());
    assertEquals(1500.5, t.accepted.get(0).amount());
  }

  @Test
  void theReadStreamsWithAutoCommitOffAndAFetchSizeAndRestoresTheConnection() throws Exception {
    List<String> calls = new ArrayList<>();
    Connection real = TestDatabase.connect();
    DataSource ds = recording(real, calls);
    int n = 100_000;
    JdbcSource s =
        JdbcSource.dataSource(ds, "crm")
            .query(
                "SELECT 'C' || (g % 997) AS customer_id, 'Tea' AS product, (g % 50) + 1 AS amount,"
                    + " DATE '2024-01-01' + (g % 300) AS purchase_date"
                    + " FROM generate_series(1, "
                    + n
                    + ") g")
            .fetchSize(500)
            .build();
    long[] count = new long[1];
    TransactionSink counting =
        new CollectingSink() {
          @Override
          public void accept(SourceRow row) {
            count[0]++;
          }
        };
    s.read(new ReadContext(AS_OF, EN), counting);
    assertEquals(n, count[0]);
    assertEquals(
        List.of(
            "setAutoCommit(false)",
            "setFetchSize(500)",
            "rollback",
            "setAutoCommit(true)",
            "close"),
        calls);
    assertTrue(real.isClosed());
    assertEquals("crm", s.description());
  }

  @Test
  void failuresAreInputErrorsThatNameTheDatabaseButNeverThePassword() {
    String url = TestDatabase.url();
    String wrong = url.replace("password=" + password(), "password=wrong-secret");
    InputException e =
        assertThrows(InputException.class, () -> load(JdbcSource.url(wrong).query(QUERY).build()));
    assertFalse(e.getMessage().contains("wrong-secret"), e.getMessage());
    assertTrue(
        e.getMessage().startsWith("Cannot read from the database \"jdbc:postgresql://"),
        e.getMessage());

    InputException noAmount =
        assertThrows(
            InputException.class,
            () ->
                load(
                    JdbcSource.url(url)
                        .query(
                            "SELECT 'C1' AS customer_id, 'Чай' AS product, CURRENT_DATE AS"
                                + " purchase_date")
                        .build()));
    assertTrue(noAmount.getMessage().contains("\"amount\""), noAmount.getMessage());
    assertFalse(noAmount.getMessage().contains(password()));

    InputException badSql =
        assertThrows(
            InputException.class, () -> load(JdbcSource.url(url).query("SELEC nothing").build()));
    assertTrue(badSql.getMessage().contains("syntax"), badSql.getMessage());
  }

  @Test
  void urlsAreShownWithoutPasswords() {
    assertEquals(
        "jdbc:postgresql://db:5432/crm?user=crm&password=***&ssl=true",
        JdbcSource.redact("jdbc:postgresql://db:5432/crm?user=crm&password=s3cr3t&ssl=true"));
    assertEquals(
        "jdbc:postgresql://crm:***@db/crm",
        JdbcSource.redact("jdbc:postgresql://crm:s3cr3t@db/crm"));
    assertEquals(
        "jdbc:sqlserver://db;user=crm;password=***",
        JdbcSource.redact("jdbc:sqlserver://db;user=crm;password=s3cr3t"));
    assertThrows(IllegalArgumentException.class, () -> JdbcSource.url("postgresql://db/crm"));
    assertThrows(
        IllegalArgumentException.class,
        () -> JdbcSource.url("jdbc:postgresql://db/crm").table("orders; DROP TABLE orders"));
    assertThrows(
        IllegalStateException.class, () -> JdbcSource.url("jdbc:postgresql://db/crm").build());
  }

  private static String password() {
    String url = TestDatabase.url();
    int at = url.indexOf("password=");
    return at < 0 ? "\u0000" : url.substring(at + "password=".length()).split("&")[0];
  }

  /** A data source over one connection that records the calls the source makes on it. */
  private static DataSource recording(Connection real, List<String> calls) {
    Connection conn =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, m, args) -> {
                  String name = m.getName();
                  if (name.equals("setAutoCommit")
                      || name.equals("rollback")
                      || name.equals("close")) {
                    calls.add(args == null ? name : name + "(" + args[0] + ")");
                  }
                  Object result = invoke(m, real, args);
                  if (result instanceof PreparedStatement ps) {
                    return Proxy.newProxyInstance(
                        PreparedStatement.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class},
                        (p2, m2, a2) -> {
                          if (m2.getName().equals("setFetchSize")) {
                            calls.add("setFetchSize(" + a2[0] + ")");
                          }
                          return invoke(m2, ps, a2);
                        });
                  }
                  return result;
                });
    return new DataSource() {
      @Override
      public Connection getConnection() {
        return conn;
      }

      @Override
      public Connection getConnection(String u, String p) {
        return conn;
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> iface) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
