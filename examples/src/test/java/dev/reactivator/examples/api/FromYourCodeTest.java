package dev.reactivator.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.examples.api.FromYourCode.Order;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the README's in-memory and JDBC examples on the same orders; the JDBC one on PostgreSQL. */
class FromYourCodeTest {
  static final List<Order> ORDERS =
      List.of(
          new Order("C100", "+7 (900) 111-22-33", null, "A-1", "Кофе", bd("450.00"), day(5)),
          new Order("C100", "89001112233", null, "A-2", "Чай", bd("300.00"), day(20)),
          new Order("C101", null, "Anna@Example.com", "A-3", "Торт", bd("1200.00"), day(21)),
          new Order("C101", null, "anna@example.com", "A-3", "Чай", bd("150.00"), day(21)),
          new Order("C102", "call me", null, "A-4", "Кофе", bd("450.00"), day(22)),
          new Order("C100", null, null, "A-5", "Кофе", bd("-450.00"), day(23)));

  static final String EXPECTED =
      "%s: 6 rows = 4 accepted + 1 refunds + 1 rejected; 2 customers\n"
          + "  Строка 5, поле «phone»: «call me» — это не номер телефона: нужен один номер из 5–15"
          + " цифр, например +7 900 111-22-33.\n";

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static LocalDate day(int d) {
    return LocalDate.of(2026, 1, d);
  }

  private static String printed(CustomerBase base) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FromYourCode.print(base, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theInMemoryExampleValidatesAndMergesLikeACsv() {
    CustomerBase base = FromYourCode.fromMemory(ORDERS);
    assertEquals(EXPECTED.formatted("in-memory"), printed(base));
    assertEquals(3, base.purchaseCount(), "A-3's two lines are one purchase");
  }

  @Test
  void theJdbcExampleReadsTheSameOrdersFromPostgres() throws Exception {
    String url = System.getenv("REACTIVATOR_TEST_JDBC_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("REACTIVATOR_TEST_JDBC_URL is not set: run scripts/verify.sh");
      }
      Assumptions.abort("REACTIVATOR_TEST_JDBC_URL is not set: run scripts/verify.sh");
    }
    String schema = "readme_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
      st.execute(
          "CREATE TABLE "
              + schema
              + ".orders (id SERIAL, client_id TEXT, phone TEXT, email TEXT, number TEXT,"
              + " product TEXT, total NUMERIC(12, 2), paid DATE)");
      try (PreparedStatement ins =
          c.prepareStatement(
              "INSERT INTO "
                  + schema
                  + ".orders (client_id, phone, email, number, product, total, paid)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (Order o : ORDERS) {
          ins.setString(1, o.clientId());
          ins.setString(2, o.phone());
          ins.setString(3, o.email());
          ins.setString(4, o.number());
          ins.setString(5, o.product());
          ins.setBigDecimal(6, o.total());
          ins.setObject(7, o.paid());
          ins.executeUpdate();
        }
      }
      try {
        CustomerBase base = FromYourCode.fromDatabase(url + "&currentSchema=" + schema);
        String source = base.report().source();
        assertEquals(EXPECTED.formatted(source), printed(base));
        assertEquals(3, base.purchaseCount());
      } finally {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
