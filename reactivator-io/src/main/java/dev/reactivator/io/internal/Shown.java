package dev.reactivator.io.internal;

/**
 * How a cell or a header from the file is quoted in a message: at most {@value #MAX} characters
 * (then {@code …}), control characters written as {@code \}{@code uXXXX}, so that no value can
 * flood a message or reach a terminal raw. Every message of the io module that quotes the file goes
 * through here.
 */
public final class Shown {
  /** The most characters of one value a message quotes. */
  public static final int MAX = 200;

  private Shown() {}

  /**
   * A cell as quoted in a message: cut to {@value #MAX} characters with {@code …}, control
   * characters (including line breaks and tabs) escaped.
   *
   * @param value the cell as read
   * @return the value to put into a message
   */
  public static String value(String value) {
    return shown(value, false);
  }

  /**
   * A header cell as kept for matching and messages: cut to {@value #MAX} characters with {@code
   * …}; tabs and line breaks (which header matching reads as spaces anyway) become spaces, other
   * control characters are escaped. A header that needs neither is returned as is.
   *
   * @param header the header cell as read
   * @return the header to match and to quote
   */
  public static String header(String header) {
    return shown(header, true);
  }

  private static String shown(String s, boolean whitespaceAsSpace) {
    int n = s.length();
    boolean clean = n <= MAX;
    for (int i = 0; i < n && clean; i++) {
      clean = !isControl(s.charAt(i));
    }
    if (clean) {
      return s;
    }
    int end = Math.min(n, MAX);
    if (end < n && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--; // never cut a surrogate pair
    }
    StringBuilder sb = new StringBuilder(end + 16);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        sb.append(c);
      } else if (whitespaceAsSpace && Character.isWhitespace(c)) {
        sb.append(' ');
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    if (end < n) {
      sb.append('…');
    }
    return sb.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }
}
