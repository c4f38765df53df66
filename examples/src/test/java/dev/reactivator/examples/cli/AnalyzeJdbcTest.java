package dev.reactivator.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reactivator.examples.cli.ReactivatorCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --jdbc URL --query SQL} against the test PostgreSQL server of {@code
 * scripts/postgres.sh} ({@code REACTIVATOR_TEST_JDBC_URL}; required when {@code CI=true}, else the
 * test is skipped with the reason).
 */
class AnalyzeJdbcTest {
  private static String url() {
    String url = System.getenv("REACTIVATOR_TEST_JDBC_URL");
    if (url == null || url.isBlank()) {
      String why = "REACTIVATOR_TEST_JDBC_URL is not set: run scripts/verify.sh";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    return url;
  }

  @Test
  void analyzeReadsAQueryAndNeverPrintsThePassword(@TempDir Path dir) throws Exception {
    String url = url();
    String table = "cli_orders_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + table);
      st.execute(
          "CREATE TABLE "
              + table
              + " AS SELECT 'C' || (g % 60) AS client_id, '+7 (900) 000-' || lpad((g % 60)::text,"
              + " 4, '0') AS phone, (ARRAY['Кофе', 'Чай', 'Торт'])[1 + g % 3] AS product, (100 +"
              + " g % 900)::numeric(10, 2) AS total, DATE '2025-01-01' + (g * 7 % 360) AS paid_at"
              + " FROM generate_series(1, 600) g");
      st.execute(
          "INSERT INTO " + table + " VALUES ('C1', 'no phone', 'Чай', 10, DATE '2025-06-01')");
    }
    try {
      Run r =
          ReactivatorCliTest.run(
              "analyze",
              "--jdbc",
              url,
              "--query",
              "SELECT * FROM " + table + " ORDER BY client_id, paid_at",
              "--map",
              "customer_id=client_id,amount=total,purchase_date=paid_at",
              "--lang",
              "en",
              "--formats",
              "json",
              "--as-of",
              "2026-01-01",
              "--out",
              dir.toString());
      assertEquals(0, r.code(), r.err());
      assertTrue(
          r.out()
              .contains(
                  "Rows read: 601 → lines accepted: 600; refunds/cancellations: 0;"
                      + " rejected: 1"),
          r.out());
      String password = url.replaceFirst(".*[?&]password=([^&]*).*", "$1");
      assertFalse(r.out().contains(password), r.out());
      assertFalse(
          Files.readString(dir.resolve("analysis.json")).contains(password), "analysis.json");
      assertTrue(r.out().startsWith("Database \"jdbc:postgresql://"), r.out());
      assertTrue(r.out().contains("password=***"), r.out());
    } finally {
      try (Connection c = DriverManager.getConnection(url);
          Statement st = c.createStatement()) {
        st.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  @Test
  void theJdbcOptionsAreCheckedBeforeAnythingIsRead(@TempDir Path dir) {
    Run noQuery = ReactivatorCliTest.run("analyze", "--jdbc", "jdbc:postgresql://localhost/x");
    assertEquals(2, noQuery.code(), noQuery.err());
    assertTrue(noQuery.err().contains("--jdbc нужен запрос: --query SQL"), noQuery.err());
    Run both =
        ReactivatorCliTest.run(
            "analyze",
            "sample/customers.csv",
            "--jdbc",
            "jdbc:postgresql://localhost/x",
            "--query",
            "SELECT 1");
    assertTrue(both.err().contains("укажите либо файл, либо --jdbc"), both.err());
    Run nothing = ReactivatorCliTest.run("analyze", "--out", dir.toString());
    assertTrue(nothing.err().contains("не указан файл выгрузки"), nothing.err());
    Run badUrl =
        ReactivatorCliTest.run("analyze", "--jdbc", "postgresql://x", "--query", "SELECT 1");
    assertTrue(badUrl.err().contains("--jdbc: a JDBC URL starts with jdbc:"), badUrl.err());
  }
}
