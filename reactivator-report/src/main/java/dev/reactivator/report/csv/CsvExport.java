package dev.reactivator.report.csv;

import dev.reactivator.core.ReactivatorException;
import dev.reactivator.report.CsvStyle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one CSV table in a {@link CsvStyle}, with every text cell protected against formula
 * injection. Not thread-safe; close it to flush.
 *
 * <pre>{@code
 * try (CsvExport csv = CsvExport.open(out, CsvStyle.excelRu(), List.of("Имя", "LTV"))) {
 *   csv.row(name, csv.number(ltv, 2));
 * }
 * }</pre>
 */
public final class CsvExport implements AutoCloseable {
  private final CSVPrinter printer;
  private final CSVFormat format;
  private final Writer writer;
  private final CsvStyle style;
  private final int columns;

  private CsvExport(Writer writer, CsvStyle style, List<String> header) throws IOException {
    this.style = style;
    this.columns = header.size();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(style.delimiter())
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .build();
    if (style.byteOrderMark()) {
      writer.write('\uFEFF');
    }
    this.format = format;
    this.writer = writer;
    this.printer = new CSVPrinter(writer, format);
    printer.printRecord(protect(header));
  }

  /**
   * Opens a table on a stream (the stream is closed with the table).
   *
   * @param out the stream to write to
   * @param style the encoding, delimiter and decimal separator
   * @param header the column names, written as the first row
   * @return the open table; close it to flush and close the stream
   * @throws UncheckedIOException when the byte-order mark or the header cannot be written
   */
  public static CsvExport open(OutputStream out, CsvStyle style, List<String> header) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(header, "header");
    try {
      return new CsvExport(
          new BufferedWriter(new OutputStreamWriter(out, style.charset())),
          style,
          List.copyOf(header));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a table in a file, creating parent directories.
   *
   * @param file the file to write, replaced when it exists
   * @param style the encoding, delimiter and decimal separator
   * @param header the column names, written as the first row
   * @return the open table; close it to flush the file
   * @throws ReactivatorException when the file or its directories cannot be written
   */
  public static CsvExport open(Path file, CsvStyle style, List<String> header) {
    Objects.requireNonNull(file, "file");
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      return open(Files.newOutputStream(file), style, header);
    } catch (IOException e) {
      throw new ReactivatorException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes one row; it must have as many cells as the header. Text cells are neutralised.
   *
   * @param cells the row's cells, as many as the header
   * @throws IllegalArgumentException when the row has not as many cells as the header
   * @throws UncheckedIOException when the row cannot be written
   */
  public void row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, the header has " + columns);
    }
    List<String> out = new ArrayList<>(cells.length);
    for (Object c : cells) {
      out.add(c == null ? "" : c instanceof Number n ? number(n.doubleValue(), 2) : c.toString());
    }
    try {
      printer.printRecord(protect(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One row as the text of a line (cells neutralised and quoted as {@link #row} does, without the
   * line break), to be written to one or more exports of the same style and width with {@link
   * #line}.
   *
   * @param cells the row's cells, as many as the header has
   * @return the row's text
   */
  public String format(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, the header has " + columns);
    }
    return format.format(protect(List.of(cells)).toArray());
  }

  /**
   * Writes a row made by {@link #format} of an export with the same style and header width.
   *
   * @param formatted the row's text
   */
  public void line(String formatted) {
    try {
      writer.write(formatted);
      writer.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Formats a number in this table's style; numbers produced here are never neutralised.
   *
   * @param value the number
   * @param maxFractionDigits the maximum number of decimals, at least 0
   * @return the formatted number
   */
  public String number(double value, int maxFractionDigits) {
    return style.number(value, maxFractionDigits);
  }

  private List<String> protect(List<String> cells) {
    if (!style.neutraliseFormulas()) {
      return cells;
    }
    List<String> out = new ArrayList<>(cells.size());
    for (String c : cells) {
      out.add(isNumber(c) ? c : neutralise(c));
    }
    return out;
  }

  private boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    if (i == s.length()) {
      return false;
    }
    char dec = style.decimalComma() ? ',' : '.';
    boolean sep = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == dec && !sep) {
        sep = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Neutralises a cell a spreadsheet would run as a formula (OWASP "CSV injection"): a value
   * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
   * Excel and LibreOffice show as text. Numbers written by {@link #number} are left alone.
   *
   * @param cell the text cell
   * @return the cell, prefixed with an apostrophe when a spreadsheet would run it as a formula
   */
  public static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + cell;
    }
    return cell;
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
