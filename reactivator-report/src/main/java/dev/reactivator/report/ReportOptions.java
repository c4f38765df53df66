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
 * @param dashboardRows the most rows of each customer list the dashboard embeds (the call list, the
 *     VIP table, each whale group), at least 1; {@value #DEFAULT_DASHBOARD_ROWS} by default. The
 *     page labels a cut list "first N of M" and names the file that holds it whole
 */
public record ReportOptions(
    Locale locale, CsvStyle csvStyle, List<String> exports, int dashboardRows) {

  /** Russian. */
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /** The default of {@link #dashboardRows()}: rows of each customer list in the dashboard. */
  public static final int DEFAULT_DASHBOARD_ROWS = 1000;

  /**
   * Checks the components and copies the list.
   *
   * @param locale the language of labels and texts (Russian by default, English available)
   * @param csvStyle how CSV files are written (Russian Excel by default)
   * @param exports the relative paths of the files written beside the report in the same run
   * @param dashboardRows the most rows of each customer list the dashboard embeds, at least 1
   * @throws IllegalArgumentException when {@code dashboardRows} is below 1
   */
  public ReportOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(csvStyle, "csvStyle");
    exports = List.copyOf(exports);
    if (dashboardRows < 1) {
      throw new IllegalArgumentException("dashboardRows must be at least 1, got " + dashboardRows);
    }
  }

  /**
   * Options with the default dashboard row limit.
   *
   * @param locale the language of labels and texts (Russian by default, English available)
   * @param csvStyle how CSV files are written (Russian Excel by default)
   * @param exports the relative paths of the files written beside the report in the same run
   */
  public ReportOptions(Locale locale, CsvStyle csvStyle, List<String> exports) {
    this(locale, csvStyle, exports, DEFAULT_DASHBOARD_ROWS);
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
    return new ReportOptions(locale, csvStyle, exports, dashboardRows);
  }

  /**
   * These options with {@code csvStyle}.
   *
   * @param csvStyle how CSV files are written (Russian Excel by default)
   * @return these options with {@code csvStyle}
   */
  public ReportOptions withCsvStyle(CsvStyle csvStyle) {
    return new ReportOptions(locale, csvStyle, exports, dashboardRows);
  }

  /**
   * These options with the files written beside the report.
   *
   * @param exports relative paths with {@code /} separators, in the order written
   * @return these options with {@code exports}
   */
  public ReportOptions withExports(List<String> exports) {
    return new ReportOptions(locale, csvStyle, exports, dashboardRows);
  }

  /**
   * These options with at most {@code rows} rows of each customer list in the dashboard.
   *
   * @param rows the most rows of each customer list the dashboard embeds, at least 1
   * @return these options with {@code dashboardRows} set to {@code rows}
   * @throws IllegalArgumentException when {@code rows} is below 1
   */
  public ReportOptions withDashboardRows(int rows) {
    return new ReportOptions(locale, csvStyle, exports, rows);
  }
}
