package dev.reactivator.io.internal;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of a file holds which {@link Field}: the result of matching the header line against
 * the fields' names and the explicit mapping. Immutable.
 */
public final class Layout {
  private static final Map<String, Field> BY_NAME = new HashMap<>();

  static {
    for (Field f : Field.values()) {
      for (String h : f.headers()) {
        BY_NAME.put(normalize(h), f);
      }
    }
  }

  private final List<String> headers;
  private final int[] column; // by Field ordinal, -1 when absent
  private final int amountFactor; // second factor of AMOUNT = a*b, or -1
  private final List<String> ignored;

  private Layout(List<String> headers, int[] column, int amountFactor, List<String> ignored) {
    this.headers = headers;
    this.column = column;
    this.amountFactor = amountFactor;
    this.ignored = ignored;
  }

  /**
   * A header name reduced for matching: byte-order marks removed, underscores turned into spaces,
   * runs of whitespace collapsed into one space, trimmed, lower-cased, {@code ё} read as {@code е}.
   */
  public static String normalize(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    boolean space = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\uFEFF') {
        continue;
      }
      if (c == '_' || Cells.isSpace(c) || Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /**
   * Matches a header line.
   *
   * @param source the file name, for messages
   * @param headers the header cells as written
   * @param mapping explicit mapping from the source options
   * @param locale the language of error messages
   * @throws InputException when a mapped header is missing, a field has two columns, or a required
   *     column is missing
   */
  public static Layout resolve(
      String source, List<String> headers, Map<Field, String> mapping, Locale locale) {
    int n = headers.size();
    String[] norm = new String[n];
    for (int i = 0; i < n; i++) {
      norm[i] = normalize(headers.get(i));
    }
    int[] column = new int[Field.values().length];
    Arrays.fill(column, -1);
    boolean[] used = new boolean[n];
    int amountFactor = -1;
    String found = foundList(headers);

    // 1. explicit mapping
    Map<Field, String> ordered = new EnumMap<>(Field.class);
    ordered.putAll(mapping);
    for (Map.Entry<Field, String> e : ordered.entrySet()) {
      Field f = e.getKey();
      String expr = e.getValue();
      int whole = find(source, norm, headers, normalize(expr), f, expr, locale, false);
      if (whole < 0 && f == Field.AMOUNT && expr.indexOf('*') > 0) {
        String[] parts = expr.split("\\*", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new InputException(
              source, IoMessages.get(locale, "mapping.notFound", source, f.name(), expr, found));
        }
        int a = find(source, norm, headers, normalize(parts[0]), f, parts[0].strip(), locale, true);
        int b = find(source, norm, headers, normalize(parts[1]), f, parts[1].strip(), locale, true);
        column[f.ordinal()] = a;
        amountFactor = b;
        used[a] = true;
        used[b] = true;
        continue;
      }
      if (whole < 0) {
        throw new InputException(
            source, IoMessages.get(locale, "mapping.notFound", source, f.name(), expr, found));
      }
      column[f.ordinal()] = whole;
      used[whole] = true;
    }

    // 2. template names
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      Field f = BY_NAME.get(norm[i]);
      if (f == null || mapping.containsKey(f)) {
        if (!norm[i].isEmpty()) {
          ignored.add(header(headers, i));
        }
        continue;
      }
      int prev = column[f.ordinal()];
      if (prev >= 0) {
        throw new InputException(
            source,
            0,
            headers.get(i),
            IoMessages.get(
                locale,
                "header.duplicate",
                source,
                display(f, locale),
                header(headers, prev),
                header(headers, i)),
            null);
      }
      column[f.ordinal()] = i;
      used[i] = true;
    }

    // 3. required columns
    Layout layout = new Layout(List.copyOf(headers), column, amountFactor, List.copyOf(ignored));
    List<Field> required = new ArrayList<>(List.of(Field.PRODUCT, Field.AMOUNT));
    if (!layout.has(Field.PURCHASE_DATE)) {
      required.add(Field.DAYS);
      required.add(Field.FIRST_PURCHASE_DATE);
    }
    for (Field f : required) {
      if (!layout.has(f)) {
        throw new InputException(
            source,
            IoMessages.get(
                locale,
                "header.missing",
                source,
                display(f, locale),
                String.join(", ", f.headers()),
                found));
      }
    }
    if (!layout.has(Field.PHONE) && !layout.has(Field.EMAIL) && !layout.has(Field.CUSTOMER_ID)) {
      throw new InputException(
          source, IoMessages.get(locale, "header.missingIdentity", source, found));
    }
    return layout;
  }

  private static int find(
      String source,
      String[] norm,
      List<String> headers,
      String wanted,
      Field f,
      String expr,
      Locale locale,
      boolean required) {
    int at = -1;
    for (int i = 0; i < norm.length; i++) {
      if (norm[i].equals(wanted)) {
        if (at >= 0) {
          throw new InputException(
              source,
              0,
              headers.get(i),
              IoMessages.get(
                  locale,
                  "header.duplicate",
                  source,
                  display(f, locale),
                  header(headers, at),
                  header(headers, i)),
              null);
        }
        at = i;
      }
    }
    if (at < 0 && required) {
      throw new InputException(
          source,
          IoMessages.get(locale, "mapping.notFound", source, f.name(), expr, foundList(headers)));
    }
    return at;
  }

  private static String foundList(List<String> headers) {
    if (headers.isEmpty() || headers.stream().allMatch(String::isBlank)) {
      return "—";
    }
    return headers.stream()
        .map(h -> "«" + h.replace("\uFEFF", "") + "»")
        .collect(Collectors.joining(", "));
  }

  /** The field's header in the user's language: the template's Russian name or the English one. */
  public static String display(Field f, Locale locale) {
    return "en".equals(locale.getLanguage()) ? f.englishHeader() : f.templateHeader();
  }

  /** Whether the field has a column. */
  public boolean has(Field f) {
    return column[f.ordinal()] >= 0;
  }

  /** The 0-based column of the field, or -1. */
  public int column(Field f) {
    return column[f.ordinal()];
  }

  /** The 0-based column of the second factor when the amount is {@code a*b}, or -1. */
  public int amountFactor() {
    return amountFactor;
  }

  /** The header cells as written (the first may carry a BOM character). */
  public List<String> headers() {
    return headers;
  }

  /** The header of column {@code i} as written, without a BOM character. */
  public String header(int i) {
    return header(headers, i);
  }

  private static String header(List<String> headers, int i) {
    return headers.get(i).replace("\uFEFF", "").strip();
  }

  /** The columns that match no field, as written. */
  public List<String> ignored() {
    return ignored;
  }

  /** The fields that have a column. */
  public Set<Field> fields() {
    Set<Field> s = EnumSet.noneOf(Field.class);
    for (Field f : Field.values()) {
      if (has(f)) {
        s.add(f);
      }
    }
    return s;
  }

  /** {@code FIELD=header} for every field that has a column, for the report's details. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (Field f : Field.values()) {
      if (has(f)) {
        String h = header(column(f));
        if (f == Field.AMOUNT && amountFactor >= 0) {
          h = h + "*" + header(amountFactor);
        }
        parts.add(f.name() + "=" + h);
      }
    }
    return String.join(", ", parts);
  }
}
