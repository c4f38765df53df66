package dev.reactivator.io.internal;

import java.time.LocalDate;

/**
 * The grammar of the input contract's cells (amounts, dates, day counts, counts). Allocation-free
 * on the happy path; each parser signals a bad value with a sentinel rather than an exception, and
 * {@link #amountProblem} explains a bad amount afterwards.
 */
public final class Cells {
  /** Returned by {@link #parseDate} and the whole-number parsers for an invalid value. */
  public static final int INVALID = Integer.MIN_VALUE;

  /** The largest accepted days value (about 270 years). */
  public static final int MAX_DAYS = 100_000;

  /** The largest accepted count (complaints, tickets, discounted purchases). */
  public static final int MAX_COUNT = 1_000_000;

  /** The earliest and latest accepted years of a date. */
  public static final int MIN_YEAR = 1900;

  public static final int MAX_YEAR = 2999;

  private static final long MAX_MANTISSA = 999_999_999_999_999L; // 15 digits: exact in a double

  private static final double[] POW10 = {
    1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  private static final String[] SUFFIXES = {"руб.", "руб", "р.", "р", "rub.", "rub", "₽"};

  private Cells() {}

  /**
   * Whitespace as it appears in spreadsheets: space, tab, no-break, narrow no-break and thin
   * spaces.
   */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\t';
  }

  /**
   * The value without leading and trailing {@link #isSpace spaces} (and without a BOM character).
   */
  public static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b
        && (isSpace(s.charAt(a))
            || s.charAt(a) == '\uFEFF'
            || s.charAt(a) == '\r'
            || s.charAt(a) == '\n')) {
      a++;
    }
    while (b > a
        && (isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '\r' || s.charAt(b - 1) == '\n')) {
      b--;
    }
    return a == 0 && b == s.length() ? s : s.substring(a, b);
  }

  /**
   * An amount: optional sign ({@code -}, {@code −}, {@code +}), digits with optional thousands
   * groups separated by a space, no-break space, narrow no-break space or thin space, at most one
   * decimal separator ({@code ,} or {@code .}), then optionally a rouble sign or word ({@code ₽},
   * {@code руб}, {@code руб.}, {@code р}, {@code р.}, {@code rub}, {@code rub.}, any case). A
   * single separator followed by exactly three digits after a one-to-three digit integer part not
   * starting with 0 (such as {@code 1,500}) is ambiguous and rejected, as is any value with more
   * than one separator ({@code 1,975,432.09}). At most 15 significant digits.
   *
   * @param s a trimmed cell
   * @return the value, or {@link Double#NaN} when the cell does not follow the grammar
   */
  public static double parseAmount(String s) {
    int end = s.length();
    // strip a currency suffix (every suffix ends in a non-digit, so a final digit means none)
    for (int k = 0; k < SUFFIXES.length && end > 0 && !isDigit(s.charAt(end - 1)); k++) {
      String suf = SUFFIXES[k];
      if (end >= suf.length() && s.regionMatches(true, end - suf.length(), suf, 0, suf.length())) {
        end -= suf.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
          end--;
        }
        break;
      }
    }
    int i = 0;
    boolean negative = false;
    if (i < end) {
      char c = s.charAt(i);
      if (c == '-' || c == '\u2212') {
        negative = true;
        i++;
      } else if (c == '+') {
        i++;
      }
    }
    long mantissa = 0;
    int digits = 0; // significant digits so far
    int groupLen = 0; // digits in the current integer group
    int groups = 0; // completed space-separated groups
    int intDigits = 0;
    boolean leadingZero = false;
    int fracDigits = -1; // -1: no decimal separator yet
    boolean any = false;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa != 0 || c != '0') {
          digits++;
        }
        if (digits > 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (fracDigits >= 0) {
          fracDigits++;
        } else {
          if (intDigits == 0 && c == '0') {
            leadingZero = true;
          }
          intDigits++;
          groupLen++;
        }
      } else if (isSpace(c)) {
        // thousands separator: only in the integer part, between digit groups
        if (fracDigits >= 0 || groupLen == 0 || (groups == 0 ? groupLen > 3 : groupLen != 3)) {
          return Double.NaN;
        }
        if (i + 1 >= end || s.charAt(i + 1) < '0' || s.charAt(i + 1) > '9') {
          return Double.NaN;
        }
        groups++;
        groupLen = 0;
      } else if (c == ',' || c == '.') {
        if (fracDigits >= 0 || intDigits == 0 || (groups > 0 && groupLen != 3)) {
          return Double.NaN;
        }
        fracDigits = 0;
      } else {
        return Double.NaN;
      }
    }
    if (!any
        || fracDigits == 0
        || (groups > 0 && fracDigits < 0 && groupLen != 3)
        || mantissa > MAX_MANTISSA) {
      return Double.NaN;
    }
    if (fracDigits == 3 && groups == 0 && intDigits <= 3 && !leadingZero) {
      return Double.NaN; // 1,500: thousands or decimals?
    }
    if (fracDigits > 15) {
      return Double.NaN;
    }
    double v = fracDigits > 0 ? mantissa / POW10[fracDigits] : (double) mantissa;
    return negative ? -v : v;
  }

  /**
   * Why {@link #parseAmount} rejected a non-empty cell: the key of a message, one of {@code
   * amount.currency} (a foreign currency or a currency sign), {@code amount.ambiguous} (several
   * separators, or a single separator that may be a thousands separator) or {@code amount.invalid}
   * (anything else: words, letters, stray characters).
   */
  public static String amountProblem(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (lower.indexOf('$') >= 0
        || lower.indexOf('€') >= 0
        || lower.indexOf('£') >= 0
        || lower.indexOf('¥') >= 0
        || lower.contains("usd")
        || lower.contains("eur")
        || lower.contains("долл")
        || lower.contains("евро")) {
      return "amount.currency";
    }
    int seps = 0;
    boolean onlyNumberChars = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '.') {
        seps++;
      } else if (!(c >= '0' && c <= '9') && !isSpace(c) && c != '-' && c != '+' && c != '\u2212') {
        onlyNumberChars = false;
      }
    }
    if (onlyNumberChars && seps > 1) {
      return "amount.ambiguous";
    }
    if (onlyNumberChars && seps == 1) {
      int sep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
      int frac = s.length() - sep - 1;
      if (frac == 3) {
        return "amount.ambiguous";
      }
    }
    return "amount.invalid";
  }

  /**
   * A date: {@code ДД.ММ.ГГГГ} or ISO {@code ГГГГ-ММ-ДД}, two-digit day and month, four-digit year
   * from {@value #MIN_YEAR} to {@value #MAX_YEAR}, the date must exist (no 31.02); optionally
   * followed by a time ({@code ␣} or {@code T}, then {@code H:mm}, {@code H:mm:ss} or {@code
   * H:mm:ss.fff}), which is ignored.
   *
   * @param s a trimmed cell
   * @return the epoch day, or {@link #INVALID}
   */
  public static int parseDate(String s) {
    int n = s.length();
    if (n < 10) {
      return INVALID;
    }
    int day;
    int month;
    int year;
    if (s.charAt(2) == '.' && s.charAt(5) == '.') {
      day = digits(s, 0, 2);
      month = digits(s, 3, 5);
      year = digits(s, 6, 10);
    } else if (s.charAt(4) == '-' && s.charAt(7) == '-') {
      year = digits(s, 0, 4);
      month = digits(s, 5, 7);
      day = digits(s, 8, 10);
    } else {
      return INVALID;
    }
    if (day < 0 || month < 0 || year < MIN_YEAR || year > MAX_YEAR) {
      return INVALID;
    }
    if (n > 10 && !isTime(s, 10)) {
      return INVALID;
    }
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return INVALID;
    }
    return epochDay(year, month, day);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /**
   * The epoch day of a valid date, as {@link LocalDate#toEpochDay()} computes it (proleptic ISO).
   */
  static int epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400; // years >= 0 only
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return (int) (total - 719_528); // days from 0000-01-01 to 1970-01-01
  }

  private static boolean isTime(String s, int from) {
    char sep = s.charAt(from);
    if (sep != ' ' && sep != 'T') {
      return false;
    }
    int i = from + 1;
    int h = 0;
    int hd = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && hd < 2) {
      h = h * 10 + (s.charAt(i++) - '0');
      hd++;
    }
    if (hd == 0 || h > 23 || i >= s.length() || s.charAt(i) != ':') {
      return false;
    }
    int m = digits(s, i + 1, i + 3);
    if (m < 0 || m > 59) {
      return false;
    }
    i += 3;
    if (i == s.length()) {
      return true;
    }
    if (s.charAt(i) != ':') {
      return false;
    }
    int sec = digits(s, i + 1, i + 3);
    if (sec < 0 || sec > 59) {
      return false;
    }
    i += 3;
    if (i == s.length()) {
      return true;
    }
    if (s.charAt(i) != '.' || i + 1 == s.length()) {
      return false;
    }
    for (int j = i + 1; j < s.length(); j++) {
      if (s.charAt(j) < '0' || s.charAt(j) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digits(String s, int from, int to) {
    if (to > s.length()) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * A non-negative whole number of at most {@code max}: ASCII digits only (no sign, no separator,
   * no fraction).
   *
   * @param s a trimmed cell
   * @return the value, or {@link #INVALID}
   */
  public static int parseWhole(String s, int max) {
    int n = s.length();
    if (n == 0 || n > 10) {
      return INVALID;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return INVALID;
      }
      v = v * 10 + (c - '0');
    }
    return v > max ? INVALID : (int) v;
  }

  /**
   * Whether a phone cell looks like a number Excel turned into scientific notation, such as {@code
   * 7,97E+10} or {@code 7.9001234567E10}.
   */
  public static boolean isScientific(String s) {
    int e = Math.max(s.indexOf('E'), s.indexOf('e'));
    if (e <= 0 || e == s.length() - 1) {
      return false;
    }
    boolean sep = false;
    for (int i = 0; i < e; i++) {
      char c = s.charAt(i);
      if ((c == ',' || c == '.') && !sep && i > 0) {
        sep = true;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    int i = e + 1;
    if (s.charAt(i) == '+') {
      i++;
    }
    if (i == s.length()) {
      return false;
    }
    for (; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the cell has a letter in it. */
  public static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
