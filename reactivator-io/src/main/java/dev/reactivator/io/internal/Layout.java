package dev.reactivator.io.internal;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of a file holds which {@link Field}: the result of matching the header line against
 * the fields' names (template, English and synonyms) and the explicit mapping. Immutable.
 *
 * <p>Rules: an explicit mapping wins; otherwise a column whose header is a field's template or
 * English name beats one that is a synonym, and of two equally good columns the earlier wins (the
 * other is ignored and listed). A header written twice is read from its first column; {@code
 * Header#2} in a mapping selects the second. Without an amount column, {@code quantity × unit
 * price} is the amount.
 */
public final class Layout {
  /**
   * The columns of the basic template, in its order: name, phone, e-mail, product, amount, days
   * since the purchase and the first purchase date.
   */
  public static final List<Field> TEMPLATE_FIELDS =
      List.of(
          Field.NAME,
          Field.PHONE,
          Field.EMAIL,
          Field.PRODUCT,
          Field.AMOUNT,
          Field.DAYS,
          Field.FIRST_PURCHASE_DATE);

  /** Normalised header → field, for every name of every field. */
  private static final Map<String, Field> BY_NAME = new HashMap<>();

  /** Normalised template and English names: an exact match beats a synonym. */
  private static final Map<String, Field> EXACT = new HashMap<>();

  private static final Pattern POSITION = Pattern.compile("(.*\\S)\\s*#\\s*(\\d{1,3})");

  static {
    for (Field f : Field.values()) {
      for (String h : f.headers()) {
        Field prev = BY_NAME.put(normalize(h), f);
        if (prev != null && prev != f) {
          throw new IllegalStateException("header " + h + " names both " + prev + " and " + f);
        }
      }
      EXACT.put(normalize(f.templateHeader()), f);
      EXACT.put(normalize(f.englishHeader()), f);
    }
  }

  private final List<String> headers;
  private final int[] column; // by Field ordinal, -1 when absent
  private final int amountFactor; // second factor of AMOUNT = a*b, or -1
  private final List<String> ignored;
  private final Map<String, String> details;

  private Layout(
      List<String> headers,
      int[] column,
      int amountFactor,
      List<String> ignored,
      Map<String, String> details) {
    this.headers = headers;
    this.column = column;
    this.amountFactor = amountFactor;
    this.ignored = ignored;
    this.details = details;
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
   * @throws InputException when a mapped header is missing or required columns are missing (one
   *     error naming all of them)
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
    Map<String, String> details = new LinkedHashMap<>();

    // 1. explicit mapping
    Map<Field, String> ordered = new EnumMap<>(Field.class);
    ordered.putAll(mapping);
    for (Map.Entry<Field, String> e : ordered.entrySet()) {
      Field f = e.getKey();
      String expr = e.getValue();
      int whole = locate(source, norm, headers, f, expr, locale, false, details);
      if (whole < 0 && f == Field.AMOUNT && expr.indexOf('*') > 0) {
        String[] parts = expr.split("\\*", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw notFound(source, headers, f, expr, locale);
        }
        int a = locate(source, norm, headers, f, parts[0].strip(), locale, true, details);
        int b = locate(source, norm, headers, f, parts[1].strip(), locale, true, details);
        column[f.ordinal()] = a;
        amountFactor = b;
        used[a] = true;
        used[b] = true;
        continue;
      }
      if (whole < 0) {
        throw notFound(source, headers, f, expr, locale);
      }
      column[f.ordinal()] = whole;
      used[whole] = true;
    }

    // 2. the dictionary: an exact name beats a synonym, an earlier column a later one
    int[] rank = new int[column.length];
    for (int i = 0; i < n; i++) {
      Field f = used[i] ? null : BY_NAME.get(norm[i]);
      if (f == null || mapping.containsKey(f)) {
        continue;
      }
      int r = EXACT.get(norm[i]) == f ? 0 : 1;
      int prev = column[f.ordinal()];
      if (prev < 0 || r < rank[f.ordinal()]) {
        column[f.ordinal()] = i;
        rank[f.ordinal()] = r;
      }
    }
    for (Field f : Field.values()) {
      int c = column[f.ordinal()];
      if (c < 0 || mapping.containsKey(f)) {
        continue;
      }
      used[c] = true;
      if (rank[f.ordinal()] == 1) {
        details.put("column." + f.englishHeader(), header(headers, c));
      }
      noteDuplicate(norm, headers, c, f, details);
    }
    if (column[Field.AMOUNT.ordinal()] < 0
        && column[Field.QUANTITY.ordinal()] >= 0
        && column[Field.UNIT_PRICE.ordinal()] >= 0) {
      column[Field.AMOUNT.ordinal()] = column[Field.QUANTITY.ordinal()];
      amountFactor = column[Field.UNIT_PRICE.ordinal()];
      details.put(
          "column." + Field.AMOUNT.englishHeader(),
          header(headers, column[Field.AMOUNT.ordinal()]) + "*" + header(headers, amountFactor));
    }
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!used[i] && !norm[i].isEmpty()) {
        ignored.add(header(headers, i));
      }
    }

    // 3. required columns, all named in one error
    Layout layout =
        new Layout(
            List.copyOf(headers), column, amountFactor, List.copyOf(ignored), Map.copyOf(details));
    List<HeaderHints.Need> missing = new ArrayList<>();
    if (!layout.has(Field.AMOUNT)) {
      missing.add(HeaderHints.Need.of(Field.AMOUNT));
    }
    if (!layout.has(Field.PURCHASE_DATE)) {
      if (!layout.has(Field.DAYS)) {
        missing.add(HeaderHints.Need.DATE);
      } else if (!layout.has(Field.FIRST_PURCHASE_DATE)) {
        missing.add(HeaderHints.Need.of(Field.FIRST_PURCHASE_DATE));
      }
    }
    if (!layout.has(Field.PHONE) && !layout.has(Field.EMAIL) && !layout.has(Field.CUSTOMER_ID)) {
      missing.add(HeaderHints.Need.IDENTITY);
    }
    if (!missing.isEmpty()) {
      List<String> free = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!used[i] && !norm[i].isEmpty() && BY_NAME.get(norm[i]) == null) {
          free.add(header(headers, i));
        }
      }
      throw new InputException(
          source, HeaderHints.missing(source, missing, foundList(headers), free, locale));
    }
    return layout;
  }

  /** Records in the details that a field was read from the first of several equal headers. */
  private static void noteDuplicate(
      String[] norm, List<String> headers, int c, Field f, Map<String, String> details) {
    for (int i = c + 1; i < norm.length; i++) {
      if (norm[i].equals(norm[c])) {
        details.put("duplicate." + f.englishHeader(), header(headers, c));
        return;
      }
    }
  }

  /**
   * The column an expression of the mapping names: a header (the first of equal ones) or {@code
   * Header#k}, the k-th (1-based) of the columns with that header; -1 when absent and not required.
   */
  private static int locate(
      String source,
      String[] norm,
      List<String> headers,
      Field f,
      String expr,
      Locale locale,
      boolean required,
      Map<String, String> details) {
    int at = nth(norm, normalize(expr), 1);
    if (at >= 0) {
      noteDuplicate(norm, headers, at, f, details);
      return at;
    }
    Matcher m = POSITION.matcher(expr.strip());
    if (m.matches()) {
      String wanted = normalize(m.group(1));
      int k = Integer.parseInt(m.group(2));
      int count = count(norm, wanted);
      at = k >= 1 ? nth(norm, wanted, k) : -1;
      if (at >= 0) {
        return at;
      }
      if (count > 0) {
        throw new InputException(
            source,
            IoMessages.get(locale, "mapping.position", source, f.name(), expr, m.group(1), count));
      }
    }
    if (required) {
      throw notFound(source, headers, f, expr, locale);
    }
    return -1;
  }

  /** The column of the k-th (1-based) header equal to {@code wanted}, or -1. */
  private static int nth(String[] norm, String wanted, int k) {
    int seen = 0;
    for (int i = 0; i < norm.length; i++) {
      if (norm[i].equals(wanted) && ++seen == k) {
        return i;
      }
    }
    return -1;
  }

  private static int count(String[] norm, String wanted) {
    int seen = 0;
    for (String s : norm) {
      if (s.equals(wanted)) {
        seen++;
      }
    }
    return seen;
  }

  private static InputException notFound(
      String source, List<String> headers, Field f, String expr, Locale locale) {
    String message =
        IoMessages.get(
            locale, "mapping.notFound", source, f.name(), expr.strip(), foundList(headers));
    String wanted = normalize(expr);
    String closest = null;
    double best = 0;
    for (int i = 0; i < headers.size(); i++) {
      double c = HeaderHints.closeness(wanted, normalize(headers.get(i)));
      if (c > best) {
        best = c;
        closest = header(headers, i);
      }
    }
    if (closest != null) {
      message = message + " " + IoMessages.get(locale, "mapping.closest", closest);
    }
    return new InputException(source, message);
  }

  /** The longest header a list of found columns quotes, in characters. */
  static final int LISTED_HEADER = 60;

  /** The longest list of found columns, in characters, before {@code … (+N)}. */
  static final int LISTED_HEADERS = 600;

  /**
   * The headers found, each quoted and cut to {@value #LISTED_HEADER} characters, the list to about
   * {@value #LISTED_HEADERS}: a message about the header stays short whatever the file.
   */
  private static String foundList(List<String> headers) {
    if (headers.isEmpty() || headers.stream().allMatch(String::isBlank)) {
      return "—";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      if (sb.length() >= LISTED_HEADERS) {
        return sb.append(", … (+").append(headers.size() - i).append(')').toString();
      }
      String h = headers.get(i).replace("\uFEFF", "");
      if (h.length() > LISTED_HEADER) {
        h = h.substring(0, LISTED_HEADER) + "…";
      }
      sb.append(sb.length() == 0 ? "" : ", ").append('«').append(h).append('»');
    }
    return sb.toString();
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

  /** The columns that match no field, or lost to a better column for their field, as written. */
  public List<String> ignored() {
    return ignored;
  }

  /**
   * How the header was read, for the report's details: {@code column.<field>} = header for every
   * field matched by a synonym (or amount = quantity*unit price), {@code duplicate.<field>} =
   * header when the field was read from the first of several columns with that header.
   */
  public Map<String, String> matching() {
    return details;
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
