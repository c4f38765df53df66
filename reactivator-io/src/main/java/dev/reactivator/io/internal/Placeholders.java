package dev.reactivator.io.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Values that exports write into an identity column when they have no value: {@code (blank)},
 * {@code 0}, {@code -}, {@code N/A}, {@code null}, {@code нет}… Such a value identifies nobody;
 * read as an id it would merge every row that has it into one giant customer.
 */
final class Placeholders {
  /** Spellings, lower-cased and without whitespace. */
  private static final Set<String> WORDS =
      Set.of(
          "(blank)",
          "blank",
          "(empty)",
          "empty",
          "-",
          "--",
          "---",
          "—",
          "–",
          "_",
          "?",
          "n/a",
          "na",
          "#n/a",
          "n.a.",
          "null",
          "(null)",
          "nil",
          "none",
          "nan",
          "unknown",
          "undefined",
          "нет",
          "(пусто)",
          "пусто",
          "н/д",
          "#н/д",
          "нд",
          "неуказан",
          "неуказано",
          "нетданных");

  private static final int LONGEST = 24;

  private Placeholders() {}

  /**
   * Whether a trimmed, non-empty cell is a placeholder: one of the spellings above in any case and
   * with any whitespace, or only zeros.
   *
   * @param value the trimmed cell
   * @return whether it stands for "no value"
   */
  static boolean is(String value) {
    int n = value.length();
    if (n > LONGEST) {
      return false;
    }
    boolean zeros = true;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if ((c >= '1' && c <= '9') || c == '@') {
        return false; // a real id, phone or e-mail: the common case, decided without allocating
      }
      zeros &= c == '0';
    }
    if (zeros) {
      return true;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (!Cells.isSpace(c) && !Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return WORDS.contains(sb.toString().toLowerCase(Locale.ROOT));
  }
}
