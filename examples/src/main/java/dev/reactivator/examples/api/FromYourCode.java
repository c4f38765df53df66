package dev.reactivator.examples.api;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.spi.OrderLines;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.io.jdbc.JdbcSource;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's "Feeding Reactivator from your code" examples, compiled and run by the build ({@code
 * FromYourCodeTest}): a CRM's own order records through the in-memory source, and the same orders
 * through the JDBC source. Both validate and normalise every line like a CSV row.
 */
public final class FromYourCode {
  private FromYourCode() {}

  /**
   * An order line as a CRM keeps it.
   *
   * @param clientId the CRM's customer id
   * @param phone the phone, in any spelling, or {@code null}
   * @param email the e-mail, or {@code null}
   * @param number the order number
   * @param product the product
   * @param total the line's amount; zero or less is a refund
   * @param paid the payment date
   */
  public record Order(
      String clientId,
      String phone,
      String email,
      String number,
      String product,
      BigDecimal total,
      LocalDate paid) {}

  /**
   * The in-memory source: one {@link OrderLine} per order, collected into a source.
   *
   * @param orders the CRM's orders
   * @return the loaded base as of 2026-01-31
   */
  public static CustomerBase fromMemory(List<Order> orders) {
    TransactionSource source =
        orders.stream()
            .map(
                o ->
                    OrderLine.builder()
                        .customerId(o.clientId())
                        .phone(o.phone()) // "+7 (900) 111-22-33" and "89001112233" are one key
                        .email(o.email())
                        .orderId(o.number())
                        .product(o.product())
                        .amount(o.total())
                        .date(o.paid())
                        .build())
            .collect(OrderLines.toSource());
    return Reactivator.load(source).asOf(LocalDate.of(2026, 1, 31)).base();
  }

  /**
   * The JDBC source: the same orders from a database table, streamed with a fetch size.
   *
   * @param url the JDBC URL; the user and password come from the environment or the URL
   * @return the loaded base as of 2026-01-31
   */
  public static CustomerBase fromDatabase(String url) {
    TransactionSource source =
        JdbcSource.url(url)
            .credentials(
                System.getenv("REACTIVATOR_JDBC_USER"), System.getenv("REACTIVATOR_JDBC_PASSWORD"))
            .query("SELECT client_id, phone, email, number, product, total, paid FROM orders")
            .map(Field.CUSTOMER_ID, "client_id")
            .map(Field.ORDER_ID, "number")
            .map(Field.AMOUNT, "total")
            .map(Field.PURCHASE_DATE, "paid")
            .fetchSize(5_000)
            .build();
    return Reactivator.load(source).asOf(LocalDate.of(2026, 1, 31)).base();
  }

  /**
   * Prints the accounting of a loaded base.
   *
   * @param base the base
   * @param out where to print
   */
  public static void print(CustomerBase base, PrintStream out) {
    IngestionReport r = base.report();
    out.printf(
        "%s: %d rows = %d accepted + %d refunds + %d rejected; %d customers%n",
        r.source(),
        r.rowsRead(),
        r.rowsAccepted(),
        r.refunds(),
        r.rowsRejected(),
        r.uniqueCustomers());
    r.rejected().forEach(p -> out.println("  " + p.message()));
  }
}
