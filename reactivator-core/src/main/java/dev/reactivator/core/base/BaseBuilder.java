package dev.reactivator.core.base;

import dev.reactivator.core.data.AnalysisDate;
import dev.reactivator.core.data.DataChecks;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.internal.Messages;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import dev.reactivator.core.spi.TransactionSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects a source's rows into primitive columns and merges them into customers (union-find over
 * customer id, phone and e-mail keys). One instance per load, built once; not thread-safe.
 */
public final class BaseBuilder implements TransactionSink {
  private final String source;
  private final Locale locale;
  private final ProgressListener progress;

  private Set<Field> columns = EnumSet.noneOf(Field.class);
  private Map<String, String> details = Map.of();
  private Map<String, String> categoryMap = Map.of();
  private boolean begun;
  private boolean built;

  private final IdentityResolver identities;
  private final ProductCatalogue products = new ProductCatalogue();
  private final RowBuffer rows = new RowBuffer();

  private int latestDay = Integer.MIN_VALUE;
  private long refunds;
  private double refundAmount;
  private final List<PendingRefund> pendingRefunds = new ArrayList<>();
  private final List<RowProblem> rejected = new ArrayList<>();
  private final List<RowProblem> warnings = new ArrayList<>();

  /**
   * A builder for one load.
   *
   * @param source the source's description, for the ingestion report
   * @param locale the locale of messages
   * @param progress receives READING and MERGING progress
   */
  public BaseBuilder(String source, Locale locale, ProgressListener progress) {
    this(source, locale, progress, IdentityPolicy.anyKey());
  }

  /**
   * A builder for one load that merges identities by {@code policy}.
   *
   * @param source the source's description, for the ingestion report
   * @param locale the locale of messages
   * @param progress receives READING and MERGING progress
   * @param policy how rows are merged into customers
   */
  public BaseBuilder(
      String source, Locale locale, ProgressListener progress, IdentityPolicy policy) {
    this.source = source;
    this.locale = locale;
    this.progress = progress;
    this.identities = new IdentityResolver(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Sets the caller's product → category map: a product it names takes that category, whatever the
   * category column says; the other products keep the column's (their most frequent one). Products
   * the data does not have are ignored.
   *
   * @param productToCategory category by product name (as in the data), possibly empty
   * @throws NullPointerException if the map, a key or a value is null
   */
  public void categories(Map<String, String> productToCategory) {
    this.categoryMap = Map.copyOf(Objects.requireNonNull(productToCategory, "productToCategory"));
  }

  @Override
  public void begin(Set<Field> columns, Map<String, String> details) {
    if (begun) {
      throw new IllegalStateException("begin() called twice by source " + source);
    }
    begun = true;
    this.columns = columns.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(columns);
    this.details = Map.copyOf(details);
  }

  @Override
  public void accept(SourceRow row) {
    int key = identities.keyOf(row);
    rows.add(row, key, products.idOf(row.product()));
    latestDay = Math.max(latestDay, (int) row.date().toEpochDay());
  }

  @Override
  public void refund(long line, double amount) {
    refunds++;
    refundAmount += Math.abs(amount);
  }

  @Override
  public void refund(
      long line,
      double amount,
      Optional<String> customerId,
      Optional<String> phone,
      Optional<String> email) {
    refund(line, amount);
    if (customerId.isPresent() || phone.isPresent() || email.isPresent()) {
      pendingRefunds.add(new PendingRefund(customerId, phone, email, Math.abs(amount)));
    }
  }

  /** A refund waiting for the identity merge to know its customer. */
  private record PendingRefund(
      Optional<String> customerId, Optional<String> phone, Optional<String> email, double amount) {}

  @Override
  public void reject(RowProblem problem) {
    rejected.add(problem);
  }

  @Override
  public void warn(RowProblem problem) {
    warnings.add(problem);
  }

  @Override
  public void progress(double fraction) {
    progress.onProgress(
        Stage.READING, Math.max(0, Math.min(1, fraction)), rows.size() + refunds + rejected.size());
  }

  /**
   * How many rows were accepted so far; {@link #build} needs at least one.
   *
   * @return the number of accepted purchase rows, {@code >= 0}
   */
  public int acceptedRows() {
    return rows.size();
  }

  /**
   * The ingestion report of a source that gave no accepted row, rejected rows in line order, and
   * the most frequent problems, for the caller's error message.
   *
   * @return the report, with zero accepted rows
   */
  public IngestionReport emptyReport() {
    rejected.sort(Comparator.comparingLong(RowProblem::line));
    warnings.sort(Comparator.comparingLong(RowProblem::line));
    return report(0);
  }

  /**
   * The most frequent rejection reasons, as {@code code × count}, for an error message.
   *
   * @return up to three problem codes with their counts and first line, most frequent first, in the
   *     builder's language; empty when nothing was rejected
   */
  public String problemSummary() {
    return topProblems();
  }

  /**
   * The latest purchase date among the accepted rows.
   *
   * @return the latest purchase date
   * @throws IllegalStateException when no row was accepted
   */
  public LocalDate latestPurchase() {
    if (rows.size() == 0) {
      throw new IllegalStateException("no accepted rows: check acceptedRows() first");
    }
    return LocalDate.ofEpochDay(latestDay);
  }

  /**
   * Whether the source declared a purchase-date column, so that the data can date itself.
   *
   * @return whether the source's columns include {@link Field#PURCHASE_DATE}
   */
  public boolean hasPurchaseDates() {
    return columns.contains(Field.PURCHASE_DATE);
  }

  /**
   * Merges the collected rows into a base at a caller-given analysis date, with the default checks.
   *
   * @param asOf the analysis date
   * @return the customer base
   */
  public CustomerBase build(LocalDate asOf) {
    return build(asOf, AnalysisDate.Basis.GIVEN, DataChecks.defaults(), Optional.empty());
  }

  /** The currency code a source reports in its details, under this key (ISO 4217). */
  public static final String CURRENCY_DETAIL = "currency";

  /** The currency of a base when neither the caller nor the source names one. */
  public static final Currency DEFAULT_CURRENCY = Currency.getInstance("RUB");

  /**
   * Merges the collected rows into a base: identities into customers, products renumbered, rows
   * laid out by customer, lines grouped into purchase occasions; then runs the load-wide checks.
   *
   * @param asOf the analysis date
   * @param basis how {@code asOf} was chosen
   * @param checks the thresholds of the load-wide warnings
   * @param currency the caller's currency; when empty, the source's {@value #CURRENCY_DETAIL}
   *     detail, else {@link #DEFAULT_CURRENCY}
   * @return the customer base
   * @throws IllegalStateException when no row was accepted, or on a second call (the first lays the
   *     rows out and frees them)
   */
  public CustomerBase build(
      LocalDate asOf, AnalysisDate.Basis basis, DataChecks checks, Optional<Currency> currency) {
    progress.onProgress(Stage.READING, 1.0);
    rejected.sort(Comparator.comparingLong(RowProblem::line));
    warnings.sort(Comparator.comparingLong(RowProblem::line));
    if (rows.size() == 0) {
      throw new IllegalStateException("no accepted rows: check acceptedRows() before build()");
    }
    progress.onProgress(Stage.MERGING, 0.0);
    if (built) {
      throw new IllegalStateException("build() called twice: the rows were laid out by the first");
    }
    built = true;
    // the refunds find their keys while the identity tables exist; then the tables go
    int[] refundKeys = refundKeys();
    identities.endLinking();
    rows.endReading();
    IdentityResolver.Resolution customers = identities.resolve();
    ProductCatalogue.Ranked catalogue = products.ranked();
    ProductCategories categories = ProductCategories.of(rows, catalogue, categoryMap);
    progress.onProgress(Stage.MERGING, 0.5);
    CustomerColumns c =
        CustomerColumns.of(
            rows, customers.customerOfKey(), customers.customers(), catalogue.rankOfId(), columns);
    Refunds linked = linkRefunds(refundKeys, customers);
    progress.onProgress(Stage.MERGING, 1.0);
    AnalysisDate date = new AnalysisDate(asOf, basis, latestPurchase());
    List<DataWarning> loadWarnings =
        new ArrayList<>(
            LoadChecks.warnings(
                date,
                rejected,
                warnings,
                c,
                customers.ids(),
                customers.ambiguous(),
                checks,
                locale));
    LoadChecks.categoryConflicts(categories.conflicts(), locale).ifPresent(loadWarnings::add);
    return new CustomerBase(
        date,
        loadWarnings,
        currency.orElseGet(this::sourceCurrency),
        report(customers.customers()),
        locale,
        c.offsets,
        c.day,
        c.amount,
        c.product,
        c.occasions,
        catalogue.names(),
        categories.names(),
        categories.ofProduct(),
        c.firstDay,
        c.names,
        customers.phones(),
        customers.emails(),
        customers.ids(),
        c.complaints,
        c.tickets,
        c.discounted,
        linked.count,
        linked.amount);
  }

  /** The refunds of each customer, null arrays when no refund names a known customer. */
  private record Refunds(int[] count, double[] amount) {}

  /** The identity key of each pending refund, -1 for a refund naming no known identity. */
  private int[] refundKeys() {
    int[] keys = new int[pendingRefunds.size()];
    for (int i = 0; i < keys.length; i++) {
      PendingRefund r = pendingRefunds.get(i);
      keys[i] = identities.find(r.customerId(), r.phone(), r.email());
    }
    return keys;
  }

  private Refunds linkRefunds(int[] refundKeys, IdentityResolver.Resolution customers) {
    int[] count = null;
    double[] amount = null;
    for (int i = 0; i < refundKeys.length; i++) {
      PendingRefund r = pendingRefunds.get(i);
      int key = refundKeys[i];
      if (key < 0) {
        continue;
      }
      if (count == null) {
        count = new int[customers.customers()];
        amount = new double[customers.customers()];
      }
      int c = customers.customerOfKey()[key];
      count[c]++;
      amount[c] += r.amount();
    }
    pendingRefunds.clear();
    return new Refunds(count, amount);
  }

  private Currency sourceCurrency() {
    String code = details.get(CURRENCY_DETAIL);
    if (code != null) {
      try {
        return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // a source naming an unknown code: the default stays, the detail shows what it said
      }
    }
    return DEFAULT_CURRENCY;
  }

  private IngestionReport report(int uniqueCustomers) {
    return new IngestionReport(
        source,
        rows.size() + refunds + rejected.size(),
        rows.size(),
        refunds,
        refundAmount,
        rejected.size(),
        rejected,
        warnings,
        uniqueCustomers,
        columns,
        details);
  }

  private String topProblems() {
    Map<ProblemCode, List<RowProblem>> byCode = new EnumMap<>(ProblemCode.class);
    for (RowProblem p : rejected) {
      byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p);
    }
    return byCode.values().stream()
        .sorted(
            Comparator.comparingInt((List<RowProblem> l) -> -l.size())
                .thenComparing(l -> l.get(0).code()))
        .limit(3)
        .map(
            l ->
                Messages.get(
                    locale,
                    "input.problemSummary",
                    l.get(0).code(),
                    l.size(),
                    l.get(0).line(),
                    l.get(0).message()))
        .collect(Collectors.joining("; "));
  }
}
