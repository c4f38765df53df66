package dev.reactivator.report.csv;

import dev.reactivator.core.ReactivatorException;
import dev.reactivator.report.CsvStyle;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
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
  /** The output buffer: rows are encoded once and written in large blocks. */
  private static final int BUFFER = 1 << 16;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final byte[] CRLF = {'\r', '\n'};

  private final CSVFormat format;
  private final OutputStream out;
  private final CsvStyle style;
  private final int columns;

  /** The encoder of the rows written by this table's own thread. */
  private final RowEncoder rows;

  private CsvExport(OutputStream out, CsvStyle style, List<String> header) throws IOException {
    this.style = style;
    this.columns = header.size();
    this.format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(style.delimiter())
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .build();
    this.out = out;
    this.rows = new RowEncoder();
    if (style.byteOrderMark()) {
      out.write(BOM);
    }
    out.write(rows.encode(header.toArray()));
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
      return new CsvExport(new BufferedOutputStream(out, BUFFER), style, List.copyOf(header));
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
    write(rows.encode(cells));
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
    return rows.format(cells);
  }

  /**
   * Writes a row made by {@link #format} of an export with the same style and header width.
   *
   * @param formatted the row's text
   */
  public void line(String formatted) {
    write(encodedLine(formatted));
  }

  /** A row made by {@link #format}, with its line break, in the table's charset. */
  byte[] encodedLine(String formatted) {
    return (formatted + "\r\n").getBytes(style.charset());
  }

  /**
   * Writes a row encoded by {@link #encodedLine} (of an export with the same style and width), so
   * that a row written to several files is encoded once.
   */
  void write(byte[] encoded) {
    try {
      out.write(encoded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes rows encoded by {@link RowEncoder}s of this table, in their order. */
  void write(ByteArrayOutputStream encoded) {
    try {
      encoded.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new encoder of rows in this table's style and width, for another thread to encode rows that
   * this table then writes with {@link #write(byte[])}.
   */
  RowEncoder encoder() {
    return new RowEncoder();
  }

  /**
   * Encodes rows in its table's style and width, with a builder reused from row to row. One per
   * thread: not thread-safe.
   */
  final class RowEncoder {
    /** The row being built. */
    private final StringBuilder line = new StringBuilder(512);

    /**
     * The row's cells neutralised and quoted as {@link #row} writes them, with the line break, in
     * the table's charset; a number cell is formatted with up to two decimals, a null cell is
     * empty.
     */
    byte[] encode(Object... cells) {
      checkWidth(cells.length);
      line.setLength(0);
      for (int i = 0; i < cells.length; i++) {
        Object c = cells[i];
        cell(c == null ? "" : c instanceof Number n ? number(n.doubleValue(), 2) : c.toString(), i);
      }
      line.append('\r').append('\n');
      return line.toString().getBytes(style.charset());
    }

    /** The text of {@link CsvExport#format}. */
    String format(String... cells) {
      checkWidth(cells.length);
      line.setLength(0);
      for (int i = 0; i < cells.length; i++) {
        cell(cells[i], i);
      }
      return line.toString();
    }

    /**
     * Appends cell {@code i}: neutralised when it is text, then quoted exactly as commons-csv's
     * printer quotes it (the same format decides).
     */
    private void cell(String c, int i) {
      String text = style.neutraliseFormulas() && !isNumber(c) ? neutralise(c) : c;
      try {
        format.print(text, line, i == 0);
      } catch (IOException e) {
        // a StringBuilder does not throw
        throw new UncheckedIOException(e);
      }
    }

    private void checkWidth(int cells) {
      if (cells != columns) {
        throw new IllegalArgumentException(
            "row has " + cells + " cells, the header has " + columns);
      }
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
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
