package dev.reactivator.examples.api;

import dev.reactivator.core.QuotaPolicy;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.data.IngestionReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The README's API example, compiled and run by the build ({@code QuickStartTest}): load an export,
 * look at the ingestion report and the biggest customers.
 *
 * <p>Run: {@code java -cp examples/target/reactivator-cli.jar
 * dev.reactivator.examples.api.QuickStart examples/sample/customers.csv}
 */
public final class QuickStart {
  private QuickStart() {}

  /** {@code QuickStart FILE}. */
  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "examples/sample/customers.csv"), System.out);
  }

  /** Loads {@code file} as of 2026-01-31 and prints a short summary to {@code out}. */
  public static CustomerBase run(Path file, PrintStream out) {
    CustomerBase base =
        Reactivator.load(file) // finds the CSV source via ServiceLoader
            .withQuota(QuotaPolicy.limitedTo(5_000)) // billing: unique customers, not rows
            .asOf(LocalDate.of(2026, 1, 31))
            .base();

    IngestionReport report = base.report();
    out.printf(
        "%d rows read = %d accepted + %d refunds + %d rejected; %d unique customers%n",
        report.rowsRead(),
        report.rowsAccepted(),
        report.refunds(),
        report.rowsRejected(),
        report.uniqueCustomers());

    base.customers().stream()
        .sorted(Comparator.comparingDouble(CustomerProfile::totalSpent).reversed())
        .limit(3)
        .forEach(
            c ->
                out.printf(
                    "%s: %d purchases, %.2f spent, last %s%n",
                    c.displayName(), c.purchaseCount(), c.totalSpent(), c.lastPurchase()));
    return base;
  }
}
