package dev.reactivator.io.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the JDBC tests run against: its URL comes from the system property {@code
 * reactivator.test.jdbc.url} or the environment variable {@code REACTIVATOR_TEST_JDBC_URL}, as set
 * by {@code eval "$(scripts/postgres.sh start)"} (and by {@code scripts/verify.sh}, which CI runs).
 * Without it the tests fail when {@code CI=true} and are skipped, saying how to run them,
 * otherwise.
 */
final class TestDatabase {
  static final String PROPERTY = "reactivator.test.jdbc.url";
  static final String ENV = "REACTIVATOR_TEST_JDBC_URL";

  private TestDatabase() {}

  private static String configuredUrl() {
    String url = System.getProperty(PROPERTY);
    if (url == null || url.isBlank()) {
      url = System.getenv(ENV);
    }
    return url == null || url.isBlank() ? null : url;
  }

  /** Whether a server is configured. */
  static boolean configured() {
    return configuredUrl() != null;
  }

  /** The server's JDBC URL, with its user and password; fails (CI) or skips the test without. */
  static String url() {
    String url = configuredUrl();
    if (url == null) {
      String how =
          "no PostgreSQL for the JDBC tests: run them with scripts/verify.sh, or eval \"$(scripts/"
              + "postgres.sh start)\" first so that "
              + ENV
              + " is set";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(how);
      }
      Assumptions.abort(how);
    }
    return url;
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  /** Runs statements in one connection with auto-commit. */
  static void execute(String... sql) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }
}
