package dev.reactivator.core;

import dev.reactivator.core.base.BaseBuilder;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.IdentityPolicy;
import dev.reactivator.core.data.AnalysisDate;
import dev.reactivator.core.data.DataChecks;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.QuotaUsage;
import dev.reactivator.core.internal.Messages;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.Stage;
import dev.reactivator.core.spi.TransactionSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The load stage: a source and how to read it. Immutable and thread-safe; each {@code with…}
 * returns a new stage, and setting an option twice fails at once. {@link #asOf(LocalDate)} or
 * {@link #asOfToday()} reads the source, merges identities, checks the quota and returns the {@link
 * CustomerBase}.
 */
public final class LoadStage {
  private final TransactionSource source;
  private final Clock clock;
  private final QuotaPolicy quota;
  private final ProgressListener progress;
  private final Locale locale;
  private final DataChecks checks;
  private final Currency currency;
  private final IdentityPolicy identity;
  private final Map<String, String> categories;

  private LoadStage(
      TransactionSource source,
      Clock clock,
      QuotaPolicy quota,
      ProgressListener progress,
      Locale locale,
      DataChecks checks,
      Currency currency,
      IdentityPolicy identity,
      Map<String, String> categories) {
    this.source = source;
    this.clock = clock;
    this.quota = quota;
    this.progress = progress;
    this.locale = locale;
    this.checks = checks;
    this.currency = currency;
    this.identity = identity;
    this.categories = categories;
  }

  static LoadStage of(TransactionSource source) {
    return new LoadStage(source, null, null, null, null, null, null, null, null);
  }

  /**
   * Sets the currency of the amounts, for every renderer's money formatting; otherwise the one the
   * source found in the amounts, else the Russian ruble. Amounts are never converted.
   *
   * @param currency the ISO 4217 currency of the amounts
   * @return a new stage with the currency set
   * @throws IllegalStateException if the currency was already set
   */
  public LoadStage withCurrency(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    requireUnset(this.currency, "currency");
    return new LoadStage(
        source, clock, quota, progress, locale, checks, currency, identity, categories);
  }

  /**
   * Sets how rows are merged into customers: {@link IdentityPolicy#anyKey()} (the default) or
   * {@link IdentityPolicy#customerIdFirst()} when the CRM's customer id is the truth.
   *
   * @param identity the identity policy
   * @return a new stage with the policy set
   * @throws IllegalStateException if the policy was already set
   */
  public LoadStage withIdentity(IdentityPolicy identity) {
    Objects.requireNonNull(identity, "identity");
    requireUnset(this.identity, "identity");
    return new LoadStage(
        source, clock, quota, progress, locale, checks, currency, identity, categories);
  }

  /**
   * Sets the thresholds of the load-wide warnings (analysis date long after the data, a customer
   * holding a large share of revenue); {@link DataChecks#defaults()} otherwise.
   *
   * @param checks the thresholds
   * @return a new stage with the thresholds set
   * @throws IllegalStateException if the thresholds were already set
   */
  public LoadStage withChecks(DataChecks checks) {
    Objects.requireNonNull(checks, "checks");
    requireUnset(this.checks, "checks");
    return new LoadStage(
        source, clock, quota, progress, locale, checks, currency, identity, categories);
  }

  /**
   * The clock that defines "today" for {@link #asOfToday()}; default the system clock.
   *
   * @param clock the clock
   * @return a new stage with the clock set
   * @throws IllegalStateException if it was already set on this stage
   */
  public LoadStage withClock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    requireUnset(this.clock, "clock");
    return new LoadStage(
        source, clock, quota, progress, locale, checks, currency, identity, categories);
  }

  /**
   * The billing policy, checked after the identity merge; default unlimited.
   *
   * @param quota the quota policy
   * @return a new stage with the quota set
   * @throws IllegalStateException if it was already set on this stage
   */
  public LoadStage withQuota(QuotaPolicy quota) {
    Objects.requireNonNull(quota, "quota");
    requireUnset(this.quota, "quota");
    return new LoadStage(
        source, clock, quota, progress, locale, checks, currency, identity, categories);
  }

  /**
   * The progress listener; default none.
   *
   * @param progress the listener told of each stage and its progress
   * @return a new stage with the listener set
   * @throws IllegalStateException if it was already set on this stage
   */
  public LoadStage withProgress(ProgressListener progress) {
    Objects.requireNonNull(progress, "progress");
    requireUnset(this.progress, "progress");
    return new LoadStage(
        source, clock, quota, progress, locale, checks, currency, identity, categories);
  }

  /**
   * The language of messages: Russian ({@code ru}, the default) or English ({@code en}).
   *
   * @param locale a Russian or English locale
   * @return a new stage with the locale set
   * @throws IllegalStateException if it was already set on this stage, or IllegalArgumentException
   *     for another language
   */
  public LoadStage withLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    requireUnset(this.locale, "locale");
    if (!locale.getLanguage().equals("ru") && !locale.getLanguage().equals("en")) {
      throw new IllegalArgumentException(
          "locale must be Russian (ru) or English (en), was " + locale);
    }
    return new LoadStage(
        source, clock, quota, progress, locale, checks, currency, identity, categories);
  }

  /**
   * Sets the category of products by name (such as a {@code product;category} file read with {@code
   * CategoryMap} of the io module): a product it names takes that category, whatever a category
   * column says; the others keep the column's. Turns on the by-category views even without a
   * category column.
   *
   * @param productToCategory category by product name, as the product is written in the data
   * @return a new stage with the map set
   * @throws IllegalStateException if the map was already set
   * @throws NullPointerException if the map, a key or a value is null
   */
  public LoadStage withCategories(Map<String, String> productToCategory) {
    Objects.requireNonNull(productToCategory, "productToCategory");
    requireUnset(this.categories, "categories");
    return new LoadStage(
        source,
        clock,
        quota,
        progress,
        locale,
        checks,
        currency,
        identity,
        Map.copyOf(productToCategory));
  }

  private NoUsableRowsException noUsableRows(BaseBuilder builder, Locale loc) {
    IngestionReport empty = builder.emptyReport();
    if (empty.rowsRead() == 0) {
      return new NoUsableRowsException(
          Messages.get(loc, "input.noRows.empty", source.description()), empty);
    }
    return new NoUsableRowsException(
        Messages.get(
            loc,
            "input.noRows",
            source.description(),
            empty.rowsRead(),
            empty.rowsRejected(),
            empty.refunds(),
            builder.problemSummary()),
        empty);
  }

  private static void requireUnset(Object current, String name) {
    if (current != null) {
      throw new IllegalStateException(name + " was already set to " + current);
    }
  }

  /**
   * Loads the base as of today according to the clock.
   *
   * @return the loaded base, ready to be scored
   * @throws InputException when the input is unusable as a whole
   */
  public ScoreStage asOfToday() {
    return asOf(LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock));
  }

  /**
   * Reads the source, merges rows into unique customers and checks the quota.
   *
   * @param asOf the analysis date; purchases after it are rejected by the source
   * @return the loaded base, ready to be scored
   * @throws InputException when the input is unusable as a whole (including zero accepted rows)
   * @throws QuotaExceededException when the base has more unique customers than the quota allows
   */
  public ScoreStage asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return load(asOf, false);
  }

  /**
   * Reads the source and merges it at an analysis date taken from the data: the day after the
   * latest purchase when the source has purchase dates, else today (a file with only days since
   * each purchase is dated by the day it was exported). {@link CustomerBase#analysisDate()} tells
   * which.
   *
   * @return the next stage, with the loaded base
   * @throws InputException if the source cannot be read or has no usable row
   * @throws QuotaExceededException if the base has more unique customers than the quota allows
   */
  public ScoreStage asOfData() {
    return load(LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock), true);
  }

  private ScoreStage load(LocalDate asOf, boolean fromData) {
    Locale loc = locale == null ? Locale.forLanguageTag("ru") : locale;
    ProgressListener pl = progress == null ? ProgressListener.none() : progress;
    QuotaPolicy qp = quota == null ? QuotaPolicy.unlimited() : quota;
    BaseBuilder builder =
        new BaseBuilder(
            source.description(), loc, pl, identity == null ? IdentityPolicy.anyKey() : identity);
    if (categories != null) {
      builder.categories(categories);
    }
    pl.onProgress(Stage.READING, 0.0);
    // the source parses on this thread while the builder merges on another
    PipelinedSink pipe = new PipelinedSink(builder);
    try {
      source.read(new ReadContext(asOf, loc), pipe);
    } catch (RuntimeException | Error e) {
      pipe.abandon();
      throw e;
    }
    pipe.finish();
    if (builder.acceptedRows() == 0) {
      throw noUsableRows(builder, loc);
    }
    DataChecks dc = checks == null ? DataChecks.defaults() : checks;
    CustomerBase base;
    if (!fromData) {
      base = builder.build(asOf, AnalysisDate.Basis.GIVEN, dc, Optional.ofNullable(currency));
    } else if (builder.hasPurchaseDates()) {
      base =
          builder.build(
              builder.latestPurchase().plusDays(1),
              AnalysisDate.Basis.LAST_PURCHASE,
              dc,
              Optional.ofNullable(currency));
    } else {
      base = builder.build(asOf, AnalysisDate.Basis.TODAY, dc, Optional.ofNullable(currency));
    }
    long n = base.size();
    long left = qp.remaining();
    if (n > left) {
      throw new QuotaExceededException(n, left, Messages.get(loc, "quota.exceeded", n, left));
    }
    qp.charge(n);
    long after = qp.remaining();
    QuotaUsage usage =
        new QuotaUsage(
            n,
            after == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(Math.max(0, after)));
    return new ScoreStage(base.withQuota(usage), pl);
  }
}
