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
   * An amount under a column's decimal convention: optional sign ({@code -}, {@code −}, {@code +}),
   * digits with optional thousands groups, at most one decimal separator {@code decimal} followed
   * by any number of digits, then optionally a rouble sign or word ({@code ₽}, {@code руб}, {@code
   * руб.}, {@code р}, {@code р.}, {@code rub}, {@code rub.}, any case). Thousands groups are
   * separated either by spaces (space, no-break, narrow no-break or thin space) or by the other
   * separator char ({@code ,} when {@code decimal} is {@code .}, and vice versa): a first group of
   * one to three digits not starting with 0, then groups of exactly three. So with {@code '.'},
   * {@code 1,500} is 1500, {@code 4.775} is 4.775 and {@code 1,975,432.09} is 1975432.09. A single
   * other-char separator that cannot be a thousands separator ({@code 12,5} or {@code 1500,125}
   * with {@code '.'}) is read as the decimal separator. At most 15 significant digits before the
   * decimal separator; more fraction digits are read to the nearest double.
   *
   * @param s a trimmed cell
   * @param decimal the column's decimal separator, {@code '.'} or {@code ','}
   * @return the value, or {@link Double#NaN} when the cell does not follow the grammar
   */
  public static double parseAmount(String s, char decimal) {
    return parseAmount(s, decimal, true);
  }

  private static double parseAmount(String s, char dec, boolean mayRetry) {
    char grp = dec == '.' ? ',' : '.';
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
    int from = i;
    long mantissa = 0;
    int digits = 0; // significant digits so far
    boolean exact = true; // all significant digits are in the mantissa
    int groupLen = 0; // digits in the current integer group
    int groups = 0; // completed groups
    char groupSep = 0; // ' ' for space groups, grp for other-char groups
    int intDigits = 0;
    boolean leadingZero = false;
    int fracDigits = -1; // -1: no decimal separator yet
    boolean any = false;
    boolean ok = true;
    for (; i < end && ok; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa != 0 || c != '0') {
          digits++;
        }
        if (digits > 15) {
          if (fracDigits < 0) {
            ok = false; // more than 15 integer digits
          }
          exact = false;
        } else {
          mantissa = mantissa * 10 + (c - '0');
        }
        if (fracDigits >= 0) {
          fracDigits++;
        } else {
          if (intDigits == 0 && c == '0') {
            leadingZero = true;
          }
          intDigits++;
          groupLen++;
        }
      } else if (isSpace(c) || c == grp) {
        // thousands separator: only in the integer part, between digit groups, of one kind
        char kind = c == grp ? grp : ' ';
        ok =
            fracDigits < 0
                && groupLen > 0
                && (groupSep == 0 || groupSep == kind)
                && (groups == 0 ? groupLen <= 3 && !(kind == grp && leadingZero) : groupLen == 3)
                && i + 1 < end
                && isDigit(s.charAt(i + 1));
        groupSep = kind;
        groups++;
        groupLen = 0;
      } else if (c == dec) {
        ok = fracDigits < 0 && intDigits > 0 && (groups == 0 || groupLen == 3);
        fracDigits = 0;
      } else {
        return Double.NaN;
      }
    }
    ok &= any && fracDigits != 0 && (groups == 0 || fracDigits >= 0 || groupLen == 3);
    if (!ok) {
      // a lone other-char separator that cannot group thousands is the decimal separator
      return mayRetry && count(s, grp) == 1 && count(s, dec) == 0
          ? parseAmount(s, grp, false)
          : Double.NaN;
    }
    double v;
    if (exact && fracDigits <= 15) {
      v = fracDigits > 0 ? mantissa / POW10[fracDigits] : (double) mantissa;
    } else {
      v = Double.parseDouble(plain(s, from, end, dec));
    }
    return negative ? -v : v;
  }

  /**
   * The common shape of an amount read straight from a cell's chars: an optional {@code -}, at
   * least one digit, optionally the column's decimal separator {@code decimal} and at least one
   * digit, at most 15 digits in all, nothing else (no spaces, groups or currency). Gives exactly
   * what {@link #parseAmount} gives for such a cell; any other cell is NaN here and is read by
   * {@link #parseAmount}.
   *
   * @param s the chars
   * @param from the cell's first char
   * @param to the end of the cell (exclusive)
   * @param decimal the column's decimal separator
   * @return the value, or NaN when the cell is not of that shape
   */
  static double parsePlainAmount(char[] s, int from, int to, char decimal) {
    int i = from;
    boolean negative = false;
    if (i < to && s[i] == '-') {
      negative = true;
      i++;
    }
    int intStart = i;
    long mantissa = 0;
    int digits = 0;
    int fracDigits = -1;
    for (; i < to; i++) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (fracDigits >= 0) {
          fracDigits++;
        }
      } else if (c == decimal && fracDigits < 0 && i > intStart) {
        fracDigits = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || digits > 15 || fracDigits == 0) {
      return Double.NaN;
    }
    double v = fracDigits > 0 ? mantissa / POW10[fracDigits] : (double) mantissa;
    return negative ? -v : v;
  }

  /** The digits of {@code s[from, end)} with the decimal separator as a dot, nothing else. */
  private static String plain(String s, int from, int end, char dec) {
    StringBuilder sb = new StringBuilder(end - from);
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        sb.append(c);
      } else if (c == dec) {
        sb.append('.');
      }
    }
    return sb.toString();
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * What one amount cell tells about its column's decimal separator: {@code '.'} or {@code ','}
   * when the cell can only be read with that char as the decimal separator ({@code 4.8533}, {@code
   * 1332.665}, {@code 12.5}, {@code 0.500}, {@code 1,975,432.09}, {@code 1.975.432}), {@code 0}
   * when it tells nothing (no separator, or a single separator followed by exactly three digits
   * after a one-to-three digit integer part not starting with 0, such as {@code 4.775} or {@code
   * 1,500}).
   *
   * @param s a trimmed cell
   * @return {@code '.'}, {@code ','} or {@code 0}
   */
  public static char decimalEvidence(String s) {
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(s.charAt(i - 1))) {
        continue; // a separator follows a digit (not the dot of "руб.")
      }
      if (c == '.') {
        dots++;
        lastDot = i;
      } else if (c == ',') {
        commas++;
        lastComma = i;
      }
    }
    if (dots > 0 && commas > 0) {
      return lastDot > lastComma ? '.' : ',';
    }
    if (dots + commas == 0) {
      return 0;
    }
    char sep = dots > 0 ? '.' : ',';
    if (dots + commas > 1) {
      return sep == '.' ? ',' : '.'; // several of one char: it groups thousands
    }
    int at = Math.max(lastDot, lastComma);
    int after = 0;
    while (at + 1 + after < s.length() && isDigit(s.charAt(at + 1 + after))) {
      after++;
    }
    int before = 0;
    char first = 0;
    for (int j = at - 1; j >= 0 && (isDigit(s.charAt(j)) || isSpace(s.charAt(j))); j--) {
      if (isDigit(s.charAt(j))) {
        before++;
        first = s.charAt(j);
      }
    }
    if (after == 0 || before == 0) {
      return 0;
    }
    return after != 3 || before > 3 || first == '0' ? sep : 0;
  }

  /**
   * Why {@link #parseAmount} rejected a non-empty cell: the key of a message, one of {@code
   * amount.currency} (a foreign currency or a currency sign), {@code amount.grouping} (only digits
   * and separators, but the separators do not fit the column's decimal convention) or {@code
   * amount.invalid} (anything else: words, letters, stray characters).
   *
   * @param s a trimmed cell
   * @return the message key
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
    return onlyNumberChars && seps > 0 ? "amount.grouping" : "amount.invalid";
  }

  /**
   * A date: {@code ДД.ММ.ГГГГ} or ISO {@code ГГГГ-ММ-ДД}, two-digit day and month, four-digit year
   * from {@value #MIN_YEAR} to {@value #MAX_YEAR}, the date must exist (no 31.02); optionally
   * followed by a time ({@code ␣} or {@code T}, then {@code H:mm}, {@code H:mm:ss} or {@code
   * H:mm:ss.fff}, optionally then {@code AM} or {@code PM}), which is ignored.
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

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  static int lengthOfMonth(int year, int month) {
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

  static boolean isTime(String s, int from) {
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
    if (i == s.length() || isMeridiem(s, i)) {
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
    if (i == s.length() || isMeridiem(s, i)) {
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

  /** Whether {@code s} ends at {@code i} with {@code " AM"} or {@code " PM"} (any case). */
  private static boolean isMeridiem(String s, int i) {
    return s.length() - i == 3
        && s.charAt(i) == ' '
        && (s.regionMatches(true, i + 1, "AM", 0, 2) || s.regionMatches(true, i + 1, "PM", 0, 2));
  }

  static int digits(String s, int from, int to) {
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
