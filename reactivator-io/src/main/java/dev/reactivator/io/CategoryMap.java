package dev.reactivator.io;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import dev.reactivator.io.internal.IoMessages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a product → category map: a UTF-8 text file with one {@code product;category} pair a line
 * (the delimiter of the first line: {@code ;}, tab or {@code ,}; RFC 4180 quotes), an optional
 * header line naming the product and category columns ({@code Товар;Категория}, {@code
 * product;category}), blank lines ignored. Pass the result to {@code
 * LoadStage.withCategories(Map)}. A bad line stops the read with one message naming the line, the
 * column and the fix, in the caller's language.
 *
 * <p>Static methods only: thread-safe.
 */
public final class CategoryMap {
  private CategoryMap() {}

  /**
   * Reads the map in file {@code file}.
   *
   * @param file the file to read
   * @param locale the language of the error messages
   * @return category by product name, in file order, unmodifiable
   * @throws InputException when the file cannot be read or a line is not a product and a category
   */
  public static Map<String, String> read(Path file, Locale locale) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(locale, "locale");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(
          file.toString(),
          IoMessages.get(locale, "categories.unreadable", file, String.valueOf(e.getMessage())),
          e);
    }
    return parse(file.toString(), text, locale);
  }

  /**
   * Parses the text of a map; see {@link #read(Path, Locale)}.
   *
   * @param source the name of the file or text, for messages
   * @param text the text
   * @param locale the language of the error messages
   * @return category by product name, in text order, unmodifiable
   * @throws InputException when a line is not a product and a category
   */
  public static Map<String, String> parse(String source, String text, Locale locale) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(locale, "locale");
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char delimiter = delimiter(t);
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Long> lineOf = new HashMap<>();
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
    try (Reader r = new StringReader(t);
        CSVParser parser = CSVParser.parse(r, format)) {
      boolean first = true;
      long line = 1;
      int at = 0;
      for (CSVRecord rec : parser) {
        // the line the record starts on: the line breaks before its first character
        int start = (int) Math.min(rec.getCharacterPosition(), t.length());
        for (; at < start; at++) {
          if (t.charAt(at) == '\n') {
            line++;
          }
        }
        if (rec.size() == 1 && rec.get(0).isBlank()) {
          continue;
        }
        if (first && isHeader(rec)) {
          first = false;
          continue;
        }
        first = false;
        if (rec.size() != 2) {
          throw error(source, line, null, locale, "categories.cells", source, line, rec.size());
        }
        String product = rec.get(0).strip();
        String category = rec.get(1).strip();
        if (product.isEmpty()) {
          throw error(source, line, "1", locale, "categories.noProduct", source, line);
        }
        if (category.isEmpty()) {
          throw error(source, line, "2", locale, "categories.noCategory", source, line, product);
        }
        String before = out.putIfAbsent(product, category);
        if (before != null && !before.equals(category)) {
          throw error(
              source,
              line,
              "2",
              locale,
              "categories.twice",
              source,
              line,
              product,
              before,
              lineOf.get(product));
        }
        lineOf.putIfAbsent(product, line);
      }
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      throw new InputException(
          source,
          IoMessages.get(locale, "categories.quote", source, String.valueOf(e.getMessage())),
          e);
    }
    if (out.isEmpty()) {
      throw new InputException(source, IoMessages.get(locale, "categories.empty", source));
    }
    return Collections.unmodifiableMap(out);
  }

  private static InputException error(
      String source, long line, String column, Locale locale, String key, Object... args) {
    return new InputException(source, line, column, IoMessages.get(locale, key, args), null);
  }

  /** The delimiter of the first non-blank line: the most frequent of {@code ;}, tab, {@code ,}. */
  private static char delimiter(String text) {
    String first = "";
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (!l.isBlank()) {
          first = l;
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    char best = ';';
    long bestCount = first.chars().filter(c -> c == ';').count();
    for (char c : List.of('\t', ',')) {
      long n = first.chars().filter(x -> x == c).count();
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
  }

  private static boolean isHeader(CSVRecord rec) {
    return rec.size() == 2
        && names(Field.PRODUCT).contains(normal(rec.get(0)))
        && names(Field.CATEGORY).contains(normal(rec.get(1)));
  }

  private static List<String> names(Field f) {
    return f.headers().stream().map(CategoryMap::normal).toList();
  }

  private static String normal(String s) {
    return s.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
