package dev.reactivator.io.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JDBC source never holds the result set: a child JVM with a 32 MiB heap reads a million rows
 * through it from PostgreSQL, while the same query read naively (auto-commit on, so the driver
 * buffers every row) runs out of memory in the same heap.
 */
class JdbcStreamingTest {
  private static final int ROWS = 1_000_000;
  private static final String SQL =
      "SELECT 'C' || (g % 100000) AS customer_id, '+7 900 ' || lpad((g % 100000)::text, 7, '0')"
          + " AS phone, 'Product ' || (g % 50) AS product, ((g % 5000) + 0.5)::numeric(10, 2) AS"
          + " amount, DATE '2024-01-01' + (g % 360) AS purchase_date FROM generate_series(1, "
          + ROWS
          + ") g";

  @Test
  void aMillionRowsStreamThroughA32MiBHeapThatCannotHoldThem() throws Exception {
    String url = TestDatabase.url();
    Child source = run("source", url);
    assertEquals(0, source.exit(), source.output());
    assertEquals("accepted " + ROWS, source.output().strip());
    Child naive = run("naive", url);
    assertNotEquals(0, naive.exit(), naive.output());
    assertTrue(naive.output().contains("OutOfMemoryError"), naive.output());
  }

  private record Child(int exit, String output) {}

  private static Child run(String mode, String url) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx32m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            JdbcStreamingTest.class.getName(),
            mode);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put(TestDatabase.ENV, url);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child JVM did not finish");
    return new Child(p.exitValue(), out);
  }

  /**
   * The child: {@code source} counts the rows the JDBC source accepts, {@code naive} counts the
   * rows of a plain auto-commit query.
   *
   * @param args the mode
   * @throws SQLException when the naive query fails
   */
  public static void main(String[] args) throws SQLException {
    String url = System.getenv(TestDatabase.ENV);
    long[] count = new long[1];
    if (args[0].equals("source")) {
      JdbcSource.url(url)
          .query(SQL)
          .build()
          .read(
              new ReadContext(LocalDate.of(2025, 1, 1), Locale.ENGLISH),
              new CollectingSink() {
                @Override
                public void accept(SourceRow row) {
                  count[0]++;
                }
              });
    } else {
      try (Connection c = DriverManager.getConnection(url);
          Statement st = c.createStatement()) {
        st.setFetchSize(1000); // ignored by PostgreSQL's driver while auto-commit is on
        try (ResultSet rs = st.executeQuery(SQL)) {
          while (rs.next()) {
            count[0]++;
          }
        }
      }
    }
    System.out.println("accepted " + count[0]);
  }
}
