package dev.reactivator.io.internal;

import java.util.List;

/**
 * Currency signs and codes written before or after an amount ({@code $12.50}, {@code 12,50 €},
 * {@code GBP 7.99}, {@code R$ 30,00}): which currency a cell names and the cell without it. The
 * rouble's own signs ({@code ₽}, {@code руб.}, …) stay with {@link Cells#parseAmount}. A bare
 * {@code $} is read as the US dollar.
 */
final class CurrencyMarks {
  /** A mark and its ISO 4217 code; longer marks first so that {@code R$} wins over {@code $}. */
  private record Mark(String text, String code) {}

  private static final List<Mark> MARKS =
      List.of(
          new Mark("US$", "USD"),
          new Mark("R$", "BRL"),
          new Mark("USD", "USD"),
          new Mark("EUR", "EUR"),
          new Mark("GBP", "GBP"),
          new Mark("BRL", "BRL"),
          new Mark("KZT", "KZT"),
          new Mark("CNY", "CNY"),
          new Mark("$", "USD"),
          new Mark("€", "EUR"),
          new Mark("£", "GBP"),
          new Mark("₸", "KZT"),
          new Mark("¥", "CNY"));

  private CurrencyMarks() {}

  /**
   * The currency a trimmed cell names by a leading or trailing mark.
   *
   * @param cell a trimmed amount cell
   * @return the ISO code, or {@code null} when the cell carries no foreign currency mark
   */
  static String codeOf(String cell) {
    Mark m = mark(cell);
    return m == null ? null : m.code();
  }

  /**
   * The cell without its currency mark and the spaces next to it; the cell itself when it has none.
   *
   * @param cell a trimmed amount cell
   * @return the number part
   */
  static String strip(String cell) {
    Mark m = mark(cell);
    if (m == null) {
      return cell;
    }
    int n = m.text().length();
    if (startsWith(cell, m.text())) {
      return Cells.trim(cell.substring(n));
    }
    if (signAt0(cell) && startsWith(cell.substring(1), m.text())) {
      return cell.charAt(0) + Cells.trim(cell.substring(1 + n)); // -$12.50
    }
    return Cells.trim(cell.substring(0, cell.length() - n));
  }

  private static Mark mark(String cell) {
    if (cell.isEmpty() || plain(cell)) {
      return null;
    }
    for (Mark m : MARKS) {
      if (startsWith(cell, m.text())
          || (cell.length() > 1 && startsWith(cell.substring(1), m.text()) && signAt0(cell))
          || endsWith(cell, m.text())) {
        return m;
      }
    }
    return null;
  }

  private static boolean signAt0(String cell) {
    char c = cell.charAt(0);
    return c == '-' || c == '+' || c == '\u2212';
  }

  private static boolean startsWith(String s, String mark) {
    return s.regionMatches(true, 0, mark, 0, mark.length())
        && (s.length() == mark.length() || !Character.isLetter(s.charAt(mark.length())));
  }

  private static boolean endsWith(String s, String mark) {
    int at = s.length() - mark.length();
    return at >= 0
        && s.regionMatches(true, at, mark, 0, mark.length())
        && (at == 0 || !Character.isLetter(s.charAt(at - 1)));
  }

  /** Whether the cell starts (after a sign) and ends with a digit: no mark, the common case. */
  private static boolean plain(String s) {
    int first = signAt0(s) && s.length() > 1 ? 1 : 0;
    return digit(s.charAt(first)) && digit(s.charAt(s.length() - 1));
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
