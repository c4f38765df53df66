package dev.reactivator.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How reports are written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language of labels and texts (Russian by default, English available)
 * @param csvStyle how CSV files are written (Russian Excel by default)
 * @param exports the files written beside the report in the same run, as paths relative to the
 *     output directory with {@code /} separators (such as {@code customers.csv}), in the order
 *     written: the dashboard links to exactly these. Empty by default; {@link
 *     ReportRenderers#renderAll} fills it for the renderers that {@linkplain
 *     ReportRenderer#linksExports() link the exports}
 */
public record ReportOptions(Locale locale, CsvStyle csvStyle, List<String> exports) {

  /** Russian. */
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /**
   * Checks the components and copies the list.
   *
   * @param locale the language of labels and texts (Russian by default, English available)
   * @param csvStyle how CSV files are written (Russian Excel by default)
   * @param exports the relative paths of the files written beside the report in the same run
   */
  public ReportOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(csvStyle, "csvStyle");
    exports = List.copyOf(exports);
  }

  /**
   * Options without exports beside the report.
   *
   * @param locale the language of labels and texts (Russian by default, English available)
   * @param csvStyle how CSV files are written (Russian Excel by default)
   */
  public ReportOptions(Locale locale, CsvStyle csvStyle) {
    this(locale, csvStyle, List.of());
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
    return new ReportOptions(locale, csvStyle, exports);
  }

  /**
   * These options with {@code csvStyle}.
   *
   * @param csvStyle how CSV files are written (Russian Excel by default)
   * @return these options with {@code csvStyle}
   */
  public ReportOptions withCsvStyle(CsvStyle csvStyle) {
    return new ReportOptions(locale, csvStyle, exports);
  }

  /**
   * These options with the files written beside the report.
   *
   * @param exports relative paths with {@code /} separators, in the order written
   * @return these options with {@code exports}
   */
  public ReportOptions withExports(List<String> exports) {
    return new ReportOptions(locale, csvStyle, exports);
  }
}
