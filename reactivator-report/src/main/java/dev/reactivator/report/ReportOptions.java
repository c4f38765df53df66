package dev.reactivator.report;

import java.util.Locale;
import java.util.Objects;

/**
 * How reports are written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language of labels and texts (Russian by default, English available)
 * @param csvStyle how CSV files are written (Russian Excel by default)
 */
public record ReportOptions(Locale locale, CsvStyle csvStyle) {

  /** Russian. */
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /**
   * Checks the components.
   *
   * @param locale the language of labels and texts (Russian by default, English available)
   * @param csvStyle how CSV files are written (Russian Excel by default)
   */
  public ReportOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(csvStyle, "csvStyle");
  }

  /**
   * Russian labels, Russian-Excel CSV.
   *
   * @return the default options: Russian labels, Russian-Excel CSV
   */
  public static ReportOptions defaults() {
    return new ReportOptions(RUSSIAN, CsvStyle.excelRu());
  }

  /**
   * These options in {@code locale}.
   *
   * @param locale the language of labels and texts (Russian by default, English available)
   * @return these options in {@code locale}
   */
  public ReportOptions withLocale(Locale locale) {
    return new ReportOptions(locale, csvStyle);
  }

  /**
   * These options with {@code csvStyle}.
   *
   * @param csvStyle how CSV files are written (Russian Excel by default)
   * @return these options with {@code csvStyle}
   */
  public ReportOptions withCsvStyle(CsvStyle csvStyle) {
    return new ReportOptions(locale, csvStyle);
  }
}
