package dev.reactivator.report.csv;

import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.report.CsvStyle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes every rejected row of an {@link IngestionReport} (line, column, value, code, message), so
 * that nothing read is lost from sight: the user fixes the file by going down this list.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class RejectedRowsCsv {
  private RejectedRowsCsv() {}

  /** The file name used by the CLI. */
  public static final String FILE_NAME = "rejected-rows.csv";

  /**
   * Writes {@code report.rejected()} to {@code file}; headers in the locale's language.
   *
   * @param report the load report whose rejected rows are written
   * @param file the file to write, replaced when it exists
   * @param style the encoding, delimiter and decimal separator
   * @param locale the language of the headers
   */
  public static void write(IngestionReport report, Path file, CsvStyle style, Locale locale) {
    boolean ru = !locale.getLanguage().equals("en");
    List<String> header =
        ru
            ? List.of("Строка", "Колонка", "Значение", "Код", "Что исправить")
            : List.of("Line", "Column", "Value", "Code", "What to fix");
    try (CsvExport csv = CsvExport.open(file, style, header)) {
      for (RowProblem p : report.rejected()) {
        csv.row(
            Long.toString(p.line()),
            p.column().orElse(""),
            p.value().orElse(""),
            p.code().name(),
            p.message());
      }
    }
  }
}
