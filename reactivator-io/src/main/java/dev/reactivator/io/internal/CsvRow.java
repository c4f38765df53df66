package dev.reactivator.io.internal;

import java.util.Arrays;
import java.util.List;

/**
 * One CSV record as the reader hands it to the validator: its cells as ranges of one char array, so
 * that a cell read as a number or a date needs no {@code String}; {@link #get} and {@link #trimmed}
 * make one when a cell is text. The parser reuses one instance for every record ({@link #copy}
 * keeps one, for the conventions' sample). Not thread-safe.
 */
final class CsvRow {
  private char[] chars = new char[256];
  private int[] ends = new int[16]; // cell i is chars[start(i), ends[i])
  private int size;
  private int length;
  private long line;

  /** Starts a new record on the 1-based physical line {@code line}, with no cells. */
  void begin(long line) {
    this.line = line;
    size = 0;
    length = 0;
  }

  /** Appends a cell. */
  void add(char[] buf, int off, int len) {
    if (length + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + len));
    }
    System.arraycopy(buf, off, chars, length, len);
    length += len;
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
    }
    ends[size++] = length;
  }

  /** Appends a cell. */
  void add(String cell) {
    add(cell.toCharArray(), 0, cell.length());
  }

  /** The 1-based physical line the record starts on. */
  long line() {
    return line;
  }

  /** The number of cells. */
  int size() {
    return size;
  }

  /** The chars the cells are ranges of (valid until the next record). */
  char[] chars() {
    return chars;
  }

  /** Where cell {@code i} starts in {@link #chars}. */
  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** Where cell {@code i} ends in {@link #chars} (exclusive). */
  int end(int i) {
    return ends[i];
  }

  /** Cell {@code i} as written. */
  String get(int i) {
    int a = start(i);
    return new String(chars, a, ends[i] - a);
  }

  /** Cell {@code i} as {@link Cells#trim} trims it; the empty string when nothing is left. */
  String trimmed(int i) {
    int a = start(i);
    int b = ends[i];
    while (a < b && (Cells.isSpace(chars[a]) || chars[a] == '\uFEFF' || isBreak(chars[a]))) {
      a++;
    }
    while (b > a && (Cells.isSpace(chars[b - 1]) || isBreak(chars[b - 1]))) {
      b--;
    }
    return a == b ? "" : new String(chars, a, b - a);
  }

  /** Whether cell {@code i} holds only spaces, BOM characters and line breaks. */
  boolean isBlank(int i) {
    for (int k = start(i); k < ends[i]; k++) {
      char c = chars[k];
      if (!Cells.isSpace(c) && c != '\uFEFF' && !isBreak(c)) {
        return false;
      }
    }
    return true;
  }

  /** A copy that the parser does not reuse. */
  CsvRow copy() {
    CsvRow r = new CsvRow();
    r.chars = Arrays.copyOf(chars, length);
    r.ends = Arrays.copyOf(ends, Math.max(1, size));
    r.size = size;
    r.length = length;
    r.line = line;
    return r;
  }

  /** The cells as strings. */
  List<String> cells() {
    String[] out = new String[size];
    for (int i = 0; i < size; i++) {
      out[i] = get(i);
    }
    return List.of(out);
  }

  /** A record of the given cells, for tests and for records from another parser. */
  static CsvRow of(long line, List<String> cells) {
    CsvRow r = new CsvRow();
    r.begin(line);
    for (String c : cells) {
      r.add(c);
    }
    return r;
  }

  private static boolean isBreak(char c) {
    return c == '\r' || c == '\n';
  }

  @Override
  public String toString() {
    return "line " + line + " " + cells();
  }
}
