package dev.reactivator.report;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How exported CSV files are written.
 *
 * <p>{@link #excelRu()} (the default) opens correctly in Russian Excel by double-click: UTF-8 with
 * a byte-order mark, {@code ;} between cells, a decimal comma. {@link #rfc4180()} is plain RFC 4180
 * for programs: UTF-8 without BOM, {@code ,} and a decimal point.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delimiter the cell separator
 * @param decimalComma whether numbers are written with a decimal comma
 * @param byteOrderMark whether the file starts with the UTF-8 byte-order mark
 * @param neutraliseFormulas whether cells that a spreadsheet would run as a formula are neutralised
 *     (see {@code CsvExport.neutralise}); on in both built-in styles
 */
public record CsvStyle(
    char delimiter, boolean decimalComma, boolean byteOrderMark, boolean neutraliseFormulas) {

  /**
   * Checks the delimiter.
   *
   * @param delimiter the cell separator
   * @param decimalComma whether numbers are written with a decimal comma
   * @param byteOrderMark whether the file starts with the UTF-8 byte-order mark
   * @param neutraliseFormulas whether cells that a spreadsheet would run as a formula are
   *     neutralised (see {@code CsvExport.neutralise}); on in both built-in styles
   * @throws IllegalArgumentException when the delimiter is a quote or a line break
   */
  public CsvStyle {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "delimiter must not be a quote or a line break, was " + (int) delimiter);
    }
  }

  /**
   * Russian Excel: UTF-8 with BOM, {@code ;}, decimal comma.
   *
   * @return the Russian Excel style: UTF-8 with BOM, {@code ;}, decimal comma
   */
  public static CsvStyle excelRu() {
    return new CsvStyle(';', true, true, true);
  }

  /**
   * Plain RFC 4180: UTF-8, {@code ,}, decimal point.
   *
   * @return the RFC 4180 style: UTF-8 without BOM, {@code ,}, decimal point
   */
  public static CsvStyle rfc4180() {
    return new CsvStyle(',', false, false, true);
  }

  /**
   * The charset of every export (always UTF-8).
   *
   * @return the charset of every export (always UTF-8)
   */
  public java.nio.charset.Charset charset() {
    return StandardCharsets.UTF_8;
  }

  /**
   * Formats a number: up to {@code maxFractionDigits} decimals, no grouping, the style's decimal
   * separator.
   *
   * @param value the number
   * @param maxFractionDigits the maximum number of decimals, at least 0
   * @return the formatted number
   */
  public String number(double value, int maxFractionDigits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    if (maxFractionDigits >= 0 && value == Math.rint(value) && Math.abs(value) < 1e15) {
      // a whole number is its digits whatever the decimals (and -0 is 0): no format needed
      return Long.toString((long) value);
    }
    DecimalFormat f = format(decimalComma, maxFractionDigits);
    String s = f.format(value);
    // a tiny negative value rounds to "-0", which reads as a sign error
    return s.equals("-0") ? "0" : s;
  }

  /**
   * Formats are built once per thread, separator and number of decimals (they are not thread-safe).
   */
  private static final ThreadLocal<DecimalFormat[]> FORMATS =
      ThreadLocal.withInitial(() -> new DecimalFormat[2 * 16]);

  private static DecimalFormat format(boolean comma, int maxFractionDigits) {
    if (maxFractionDigits < 0 || maxFractionDigits >= 16) {
      return newFormat(comma, maxFractionDigits);
    }
    DecimalFormat[] cache = FORMATS.get();
    int slot = (comma ? 16 : 0) + maxFractionDigits;
    if (cache[slot] == null) {
      cache[slot] = newFormat(comma, maxFractionDigits);
    }
    return cache[slot];
  }

  private static DecimalFormat newFormat(boolean comma, int maxFractionDigits) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setDecimalSeparator(comma ? ',' : '.');
    symbols.setMinusSign('-');
    DecimalFormat f = new DecimalFormat("0", symbols);
    f.setMaximumFractionDigits(maxFractionDigits);
    f.setGroupingUsed(false);
    return f;
  }
}
