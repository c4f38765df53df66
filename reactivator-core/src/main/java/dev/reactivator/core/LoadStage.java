package dev.reactivator.core;

import dev.reactivator.core.base.BaseBuilder;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.internal.Messages;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.Stage;
import dev.reactivator.core.spi.TransactionSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The load stage: a source and how to read it. Immutable; each {@code with…} returns a new stage,
 * and setting an option twice fails at once. {@link #asOf(LocalDate)} or {@link #asOfToday()} reads
 * the source, merges identities, checks the quota and returns the {@link CustomerBase}.
 */
public final class LoadStage {
  private final TransactionSource source;
  private final Clock clock;
  private final QuotaPolicy quota;
  private final ProgressListener progress;
  private final Locale locale;

  private LoadStage(
      TransactionSource source,
      Clock clock,
      QuotaPolicy quota,
      ProgressListener progress,
      Locale locale) {
    this.source = source;
    this.clock = clock;
    this.quota = quota;
    this.progress = progress;
    this.locale = locale;
  }

  static LoadStage of(TransactionSource source) {
    return new LoadStage(source, null, null, null, null);
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
    return new LoadStage(source, clock, quota, progress, locale);
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
    return new LoadStage(source, clock, quota, progress, locale);
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
    return new LoadStage(source, clock, quota, progress, locale);
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
    return new LoadStage(source, clock, quota, progress, locale);
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
    Locale loc = locale == null ? Locale.forLanguageTag("ru") : locale;
    ProgressListener pl = progress == null ? ProgressListener.none() : progress;
    QuotaPolicy qp = quota == null ? QuotaPolicy.unlimited() : quota;
    BaseBuilder builder = new BaseBuilder(source.description(), loc, pl);
    pl.onProgress(Stage.READING, 0.0);
    source.read(new ReadContext(asOf, loc), builder);
    if (builder.acceptedRows() == 0) {
      throw noUsableRows(builder, loc);
    }
    CustomerBase base = builder.build(asOf);
    long n = base.size();
    long left = qp.remaining();
    if (n > left) {
      throw new QuotaExceededException(n, left, Messages.get(loc, "quota.exceeded", n, left));
    }
    qp.charge(n);
    return new ScoreStage(base, pl);
  }
}
