package dev.reactivator.report.csv;

import dev.reactivator.core.ReactivatorException;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.CategoryViews;
import dev.reactivator.report.CsvStyle;
import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportRenderer;
import dev.reactivator.report.ReportSink;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.internal.DirectorySink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The CSV exports (format {@code csv}, several files), in {@link
 * dev.reactivator.report.ReportOptions#csvStyle()} (Russian Excel by default: UTF-8 with BOM,
 * {@code ;}, decimal comma; or plain RFC 4180) with headers in the report's language:
 *
 * <ul>
 *   <li>{@value #CUSTOMERS_FILE}: the final per-customer CSV ("итоговый CSV"), one row per customer
 *       in call-list order: contacts, RFM, predicted LTV, cycle and overdue, T2NP status, churn
 *       score and probability, return probability, risk level, reasons, pause anomaly, priority,
 *       channels, recommendation, tone, deadline, explanation and both touches of the customer's
 *       message chain merged with the customer's name ({@link
 *       dev.reactivator.narrative.CustomerMessage});
 *   <li>{@value #CALL_LIST_FILE}: the call list;
 *   <li>{@code segments/…}: one file per non-empty segment of {@link
 *       dev.reactivator.report.Segments} ({@link SegmentCsv});
 *   <li>{@value #COHORTS_BY_MONTH_FILE} and {@value #COHORTS_BY_PRODUCT_FILE}: the cohort tables,
 *       M0 … M12 in percent with clients and average LTV;
 *   <li>{@value #LTV_VS_CAC_FILE}, {@value #ASSOCIATION_RULES_FILE}, {@value
 *       #RETENTION_DRIVERS_FILE}, {@value #NEXT_BEST_PRODUCT_FILE}: the LTV-vs-CAC curve, the
 *       association rules, the retention drivers and the next-best-product matrix.
 * </ul>
 *
 * <p>A table without rows, like an empty segment, writes no file. Percentages are 0–100, money has
 * up to two decimals, a value that does not exist (a cohort month nobody is old enough for) is an
 * empty cell, never 0. Every text cell starting with {@code = + - @}, a tab or a carriage return is
 * neutralised with a leading apostrophe ({@link CsvExport#neutralise(String)}), so a customer
 * called {@code =HYPERLINK(…)} cannot run as a formula; numbers written as numbers (also negative
 * ones) are left alone. Phones are written as their normalised digits, which never start with
 * {@code +} (so {@code +7 912 345-67-89} is not turned into {@code '+7 912…}): in the Excel style a
 * Russian number is written {@code 7 (912) 345-67-89}, so that Excel keeps it as text instead of
 * showing {@code 7,91E+10}; in the RFC 4180 style the digits are written unchanged.
 *
 * <p>The rows of the per-customer files (the final CSV, the call list, the segment files) are
 * encoded in ordered chunks on up to four threads, the system property {@code
 * reactivator.csv.threads} sets how many ({@code 1}: none); the bytes do not depend on it.
 *
 * <p>Stateless and thread-safe: one instance may render several inputs at once.
 */
public final class CsvRenderer implements ReportRenderer {
  /** The final per-customer CSV. */
  public static final String CUSTOMERS_FILE = "customers.csv";

  /** The call list. */
  public static final String CALL_LIST_FILE = "call-list.csv";

  /** Retention by month of first purchase. */
  public static final String COHORTS_BY_MONTH_FILE = "cohorts-by-month.csv";

  /** Retention by first product. */
  public static final String COHORTS_BY_PRODUCT_FILE = "cohorts-by-product.csv";

  /** Retention by first category (with categories only). */
  public static final String COHORTS_BY_CATEGORY_FILE = "cohorts-by-category.csv";

  /** The association rules between categories (with categories only). */
  public static final String CATEGORY_RULES_FILE = "association-rules-by-category.csv";

  /** The next-best-product matrix between categories (with categories only). */
  public static final String NEXT_BEST_CATEGORY_FILE = "next-best-category.csv";

  /** The LTV-vs-CAC curve. */
  public static final String LTV_VS_CAC_FILE = "ltv-vs-cac.csv";

  /** The association rules. */
  public static final String ASSOCIATION_RULES_FILE = "association-rules.csv";

  /** The retention drivers. */
  public static final String RETENTION_DRIVERS_FILE = "retention-drivers.csv";

  /** The next-best-product matrix. */
  public static final String NEXT_BEST_PRODUCT_FILE = "next-best-product.csv";

  /** Creates the renderer (used by {@link java.util.ServiceLoader}). */
  public CsvRenderer() {}

  /** {@code csv}. */
  @Override
  public String format() {
    return "csv";
  }

  /** False: the CSV export is several files. */
  @Override
  public boolean singleFile() {
    return false;
  }

  /**
   * Writes every table into {@code directory}.
   *
   * @return the files written, in the order written
   * @throws ReportException when a file cannot be written; the message names it
   */
  @Override
  public List<Path> render(ReportInput input, Path directory) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(directory, "directory");
    DirectorySink sink = new DirectorySink(directory);
    List<Path> files = new ArrayList<>();
    for (String name :
        write(
            input,
            sink,
            () -> {
              try {
                return SegmentCsv.writeAll(input, directory).stream()
                    .map(f -> directory.relativize(f).toString().replace('\\', '/'))
                    .toList();
              } catch (ReactivatorException | UncheckedIOException e) {
                throw ReportException.cannotWrite("the segment files under " + directory, e);
              }
            })) {
      files.add(sink.file(name));
    }
    return List.copyOf(files);
  }

  /**
   * Writes every table as an entry of {@code sink}, each segment file in its own pass over its
   * members (a ZIP stream holds one open entry at a time).
   *
   * @return the entry names written, in the order written
   * @throws ReportException when an entry cannot be written; the message names it
   */
  @Override
  public List<String> render(ReportInput input, ReportSink sink) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sink, "sink");
    return write(
        input,
        sink,
        () -> {
          List<String> names = new ArrayList<>();
          for (Segment s : Segments.of(input.analysis())) {
            if (!s.isEmpty()) {
              entry(names, sink, s.fileName(), true, out -> SegmentCsv.write(input, s, out));
            }
          }
          return names;
        });
  }

  private static List<String> write(
      ReportInput input, ReportSink sink, Supplier<List<String>> segments) {
    Analysis a = input.analysis();
    CsvStyle style = input.options().csvStyle();
    CsvLabels labels = CsvLabels.of(input.options().locale());
    List<String> files = new ArrayList<>();
    entry(
        files,
        sink,
        CUSTOMERS_FILE,
        a.base().size() > 0,
        f -> CustomerTables.writeCustomers(input, labels, f));
    entry(
        files,
        sink,
        CALL_LIST_FILE,
        !a.sales().callList().isEmpty(),
        f -> CustomerTables.writeCallList(input, labels, f));
    files.addAll(segments.get());
    entry(
        files,
        sink,
        COHORTS_BY_MONTH_FILE,
        !a.cohorts().rows().isEmpty(),
        f -> WidgetTables.writeCohorts(a.cohorts(), "cohort", style, labels, f));
    entry(
        files,
        sink,
        COHORTS_BY_PRODUCT_FILE,
        !a.productCohorts().rows().isEmpty(),
        f -> WidgetTables.writeCohorts(a.productCohorts(), "firstProduct", style, labels, f));
    entry(
        files,
        sink,
        LTV_VS_CAC_FILE,
        !a.ltvVsCac().cumulativeLtv().isEmpty(),
        f -> WidgetTables.writeLtvVsCac(a.ltvVsCac(), style, labels, f));
    entry(
        files,
        sink,
        ASSOCIATION_RULES_FILE,
        !a.associationRules().rules().isEmpty(),
        f -> WidgetTables.writeRules(a.associationRules().rules(), style, labels, f));
    entry(
        files,
        sink,
        RETENTION_DRIVERS_FILE,
        !a.drivers().isEmpty(),
        f -> WidgetTables.writeDrivers(a.drivers(), style, labels, f));
    entry(
        files,
        sink,
        NEXT_BEST_PRODUCT_FILE,
        !a.nextBestProducts().matrix().isEmpty(),
        f -> WidgetTables.writeNbp(a.nextBestProducts(), style, labels, f));
    if (a.categories().isPresent()) {
      CategoryViews v = a.categories().get();
      entry(
          files,
          sink,
          COHORTS_BY_CATEGORY_FILE,
          !v.cohorts().rows().isEmpty(),
          f -> WidgetTables.writeCohorts(v.cohorts(), "firstCategory", style, labels, f));
      entry(
          files,
          sink,
          CATEGORY_RULES_FILE,
          !v.rules().rules().isEmpty(),
          f -> WidgetTables.writeRules(v.rules().rules(), style, labels, f));
      entry(
          files,
          sink,
          NEXT_BEST_CATEGORY_FILE,
          !v.matrix().rows().isEmpty(),
          f -> WidgetTables.writeMatrix(v.matrix().rows(), "previousCategory", style, labels, f));
    }
    return List.copyOf(files);
  }

  private static void entry(
      List<String> files,
      ReportSink sink,
      String name,
      boolean hasRows,
      Consumer<OutputStream> writer) {
    if (!hasRows) {
      return;
    }
    try (OutputStream out = sink.entry(name)) {
      writer.accept(out);
    } catch (IOException | ReactivatorException | UncheckedIOException e) {
      throw ReportException.cannotWrite(name, e);
    }
    files.add(name);
  }

  /**
   * Not supported: the CSV export is several files.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public void render(ReportInput input, OutputStream out) {
    throw new UnsupportedOperationException(
        "the csv format is several files: render it into a directory");
  }
}
