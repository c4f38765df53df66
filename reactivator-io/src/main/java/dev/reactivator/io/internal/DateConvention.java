package dev.reactivator.io.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the dates of one column are written: one of the built-in formats, parsed by hand without a
 * formatter, or a forced {@link DateTimeFormatter} pattern. Built-in formats read one- or two-digit
 * day and month and an optional time after a space or {@code T} ({@code H:mm}, {@code H:mm:ss},
 * {@code H:mm:ss.fff}, then optionally {@code AM}/{@code PM}), which is ignored. Immutable.
 */
final class DateConvention {
  /** The order of the parts of a built-in format. */
  enum Kind {
    /** Day, month, year. */
    DMY,
    /** Month, day, year. */
    MDY,
    /** Year, month, day. */
    YMD,
    /** {@code yyyyMMdd}. */
    COMPACT,
    /** Excel serial days: 1 is 1900-01-01, read through Excel's 1900 leap year bug. */
    EXCEL,
    /** A forced {@link DateTimeFormatter} pattern. */
    PATTERN
  }

  /** The epoch day of Excel's day 0 as it counts from March 1900 on (1899-12-30). */
  private static final int EXCEL_EPOCH = -25_569;

  /** The Excel serials read as dates: 1970-01-01 to 2099-12-31. */
  static final int EXCEL_MIN = 25_569;

  static final int EXCEL_MAX = 73_050;

  static final DateConvention DMY_DOT = new DateConvention(Kind.DMY, '.', "dd.MM.yyyy");
  static final DateConvention ISO = new DateConvention(Kind.YMD, '-', "yyyy-MM-dd");
  static final DateConvention DMY_SLASH = new DateConvention(Kind.DMY, '/', "dd/MM/yyyy");
  static final DateConvention MDY_SLASH = new DateConvention(Kind.MDY, '/', "MM/dd/yyyy");
  static final DateConvention DMY_DASH = new DateConvention(Kind.DMY, '-', "dd-MM-yyyy");
  static final DateConvention YMD_SLASH = new DateConvention(Kind.YMD, '/', "yyyy/MM/dd");
  static final DateConvention YMD_DOT = new DateConvention(Kind.YMD, '.', "yyyy.MM.dd");
  static final DateConvention COMPACT = new DateConvention(Kind.COMPACT, (char) 0, "yyyyMMdd");
  static final DateConvention EXCEL = new DateConvention(Kind.EXCEL, (char) 0, "excel");

  /** Every built-in format, in the order detection prefers them on a tie. */
  static final List<DateConvention> BUILT_IN =
      List.of(DMY_DOT, ISO, DMY_SLASH, MDY_SLASH, DMY_DASH, YMD_SLASH, YMD_DOT, COMPACT, EXCEL);

  private static final LocalDateTime EXAMPLE = LocalDateTime.of(2024, 10, 5, 14, 30);

  private final Kind kind;
  private final char sep;
  private final String pattern;
  private final DateTimeFormatter formatter; // PATTERN only
  private final boolean lenient; // also read dd.MM.yyyy and ISO dates that do not fit

  private DateConvention(Kind kind, char sep, String pattern) {
    this(kind, sep, pattern, null, true);
  }

  private DateConvention(
      Kind kind, char sep, String pattern, DateTimeFormatter formatter, boolean lenient) {
    this.kind = kind;
    this.sep = sep;
    this.pattern = pattern;
    this.formatter = formatter;
    this.lenient = lenient;
  }

  /**
   * The convention of a forced pattern: a built-in format when the pattern names one ({@code
   * dd.MM.yyyy}, {@code d/M/yyyy}, {@code MM/dd/yyyy HH:mm}, {@code yyyyMMdd}, {@code excel}…),
   * else a strict {@link DateTimeFormatter}. Forced conventions read only their own format.
   *
   * @param pattern a java.time pattern or {@code excel}
   * @return the convention
   * @throws IllegalArgumentException when the pattern is not a valid java.time pattern
   */
  static DateConvention forced(String pattern) {
    Optional<DateConvention> builtIn = builtIn(pattern);
    if (builtIn.isPresent()) {
      DateConvention b = builtIn.get();
      return new DateConvention(b.kind, b.sep, pattern, null, false);
    }
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    return new DateConvention(Kind.PATTERN, (char) 0, pattern, f, false);
  }

  private static Optional<DateConvention> builtIn(String pattern) {
    String p = pattern.strip();
    if (p.equalsIgnoreCase("excel")) {
      return Optional.of(EXCEL);
    }
    int cut = p.indexOf(' ');
    int t = p.indexOf("'T'");
    if (t >= 0 && (cut < 0 || t < cut)) {
      cut = t;
    }
    if (cut >= 0) {
      String time = p.substring(cut).replace("'T'", "");
      if (!time.matches("[ Hhkmsa:.S]*")) {
        return Optional.empty();
      }
      p = p.substring(0, cut);
    }
    String compact = p.replace("dd", "d").replace("MM", "M");
    for (DateConvention c : BUILT_IN) {
      if (c.pattern.replace("dd", "d").replace("MM", "M").equals(compact)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code y} (year of era, which STRICT resolving cannot use without an era) read as {@code u}.
   */
  private static String strictYears(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      sb.append(!quoted && c == 'y' ? 'u' : c);
    }
    return sb.toString();
  }

  /** The pattern as shown to users and stored in the report, such as {@code MM/dd/yyyy}. */
  String pattern() {
    return pattern;
  }

  Kind kind() {
    return kind;
  }

  /** Whether this is one of the two formats read by default ({@code dd.MM.yyyy}, ISO). */
  boolean isDefault() {
    return lenient && (this == DMY_DOT || this == ISO);
  }

  /** An example date in this format: 5 October 2024. */
  String example() {
    return switch (kind) {
      case DMY -> String.format("%02d%c%02d%c%04d", 5, sep, 10, sep, 2024);
      case MDY -> String.format("%02d%c%02d%c%04d", 10, sep, 5, sep, 2024);
      case YMD -> String.format("%04d%c%02d%c%02d", 2024, sep, 10, sep, 5);
      case COMPACT -> "20241005";
      case EXCEL -> Integer.toString((int) EXAMPLE.toLocalDate().toEpochDay() - EXCEL_EPOCH);
      case PATTERN -> {
        try {
          yield formatter.format(EXAMPLE);
        } catch (DateTimeException e) {
          yield pattern;
        }
      }
    };
  }

  /**
   * The epoch day of a trimmed cell, or {@link Cells#INVALID}. A detected convention also reads
   * {@code dd.MM.yyyy} and ISO dates, as every file did before conventions; a forced one does not.
   */
  int parse(String s) {
    int d = parseOwn(s);
    return d == Cells.INVALID && lenient ? Cells.parseDate(s) : d;
  }

  /**
   * The epoch day of a cell of exactly ten chars in this convention's own two-digit shape ({@code
   * 2024-10-05}, {@code 05.10.2024}, {@code 10/05/2024}…), read from the chars; {@link
   * Cells#INVALID} for any other cell, which {@link #parse} then reads. Where this gives a day,
   * {@link #parse} gives the same.
   *
   * @param s the chars
   * @param from the cell's first char
   * @param to the end of the cell (exclusive)
   */
  int parseFast(char[] s, int from, int to) {
    if (to - from != 10 || !(kind == Kind.DMY || kind == Kind.MDY || kind == Kind.YMD)) {
      return Cells.INVALID;
    }
    int year;
    int month;
    int day;
    if (kind == Kind.YMD) {
      if (s[from + 4] != sep || s[from + 7] != sep) {
        return Cells.INVALID;
      }
      year = digits(s, from, 4);
      month = digits(s, from + 5, 2);
      day = digits(s, from + 8, 2);
    } else {
      if (s[from + 2] != sep || s[from + 5] != sep) {
        return Cells.INVALID;
      }
      int a = digits(s, from, 2);
      int b = digits(s, from + 3, 2);
      year = digits(s, from + 6, 4);
      day = kind == Kind.DMY ? a : b;
      month = kind == Kind.DMY ? b : a;
    }
    if (year < 0 || month < 0 || day < 0) {
      return Cells.INVALID;
    }
    return date(year, month, day);
  }

  private static int digits(char[] s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The epoch day of a trimmed cell in exactly this format, or {@link Cells#INVALID}. */
  int parseOwn(String s) {
    return switch (kind) {
      case DMY -> parts(s, false, false);
      case MDY -> parts(s, true, false);
      case YMD -> parts(s, false, true);
      case COMPACT -> compact(s);
      case EXCEL -> excel(s);
      case PATTERN -> formatted(s);
    };
  }

  private int parts(String s, boolean monthFirst, boolean yearFirst) {
    int n = s.length();
    int i = 0;
    int a;
    int b;
    int c;
    if (yearFirst) {
      a = Cells.digits(s, 0, 4);
      i = 4;
    } else {
      a = 0;
      while (i < n && i < 2 && Cells.isDigit(s.charAt(i))) {
        a = a * 10 + (s.charAt(i++) - '0');
      }
      if (i == 0) {
        return Cells.INVALID;
      }
    }
    if (a < 0 || i >= n || s.charAt(i) != sep) {
      return Cells.INVALID;
    }
    int j = ++i;
    b = 0;
    while (i < n && i - j < 2 && Cells.isDigit(s.charAt(i))) {
      b = b * 10 + (s.charAt(i++) - '0');
    }
    if (i == j || i >= n || s.charAt(i) != sep) {
      return Cells.INVALID;
    }
    j = ++i;
    if (yearFirst) {
      c = 0;
      while (i < n && i - j < 2 && Cells.isDigit(s.charAt(i))) {
        c = c * 10 + (s.charAt(i++) - '0');
      }
      if (i == j) {
        return Cells.INVALID;
      }
    } else {
      c = Cells.digits(s, i, i + 4);
      i += 4;
      if (c < 0) {
        return Cells.INVALID;
      }
    }
    if (i < n && !Cells.isTime(s, i)) {
      return Cells.INVALID;
    }
    if (yearFirst) {
      return date(a, b, c);
    }
    return monthFirst ? date(c, a, b) : date(c, b, a);
  }

  private static int compact(String s) {
    if (s.length() < 8 || (s.length() > 8 && !Cells.isTime(s, 8))) {
      return Cells.INVALID;
    }
    int y = Cells.digits(s, 0, 4);
    int m = Cells.digits(s, 4, 6);
    int d = Cells.digits(s, 6, 8);
    return y < 0 || m < 0 || d < 0 ? Cells.INVALID : date(y, m, d);
  }

  private static int excel(String s) {
    if (s.length() != 5) {
      return Cells.INVALID;
    }
    int v = Cells.digits(s, 0, 5);
    return v < EXCEL_MIN || v > EXCEL_MAX ? Cells.INVALID : v + EXCEL_EPOCH;
  }

  private int formatted(String s) {
    try {
      TemporalAccessor t = formatter.parse(s);
      LocalDate d = LocalDate.from(t);
      if (d.getYear() < Cells.MIN_YEAR || d.getYear() > Cells.MAX_YEAR) {
        return Cells.INVALID;
      }
      return (int) d.toEpochDay();
    } catch (DateTimeException e) {
      return Cells.INVALID;
    }
  }

  private static int date(int year, int month, int day) {
    if (year < Cells.MIN_YEAR
        || year > Cells.MAX_YEAR
        || month < 1
        || month > 12
        || day < 1
        || day > Cells.lengthOfMonth(year, month)) {
      return Cells.INVALID;
    }
    return Cells.epochDay(year, month, day);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
