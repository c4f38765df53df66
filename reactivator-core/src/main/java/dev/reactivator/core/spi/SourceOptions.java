package dev.reactivator.core.spi;

import dev.reactivator.core.data.Field;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options for opening a file-based source. Everything is optional: by default the delimiter, the
 * encoding, the decimal separator and the date formats are detected and the headers are matched by
 * their Russian or English names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delimiter a forced delimiter, such as {@code ';'}; a space means runs of spaces and tabs
 * @param encoding a forced encoding, such as windows-1251
 * @param mapping explicit columns for fields whose headers differ from the template: a header name,
 *     or for {@link Field#AMOUNT} a product of two headers written {@code Quantity*UnitPrice}
 * @param decimal a forced decimal separator of amounts, {@code '.'} or {@code ','}
 * @param dateFormat a forced format of the date columns: a {@link DateTimeFormatter} pattern such
 *     as {@code MM/dd/yyyy}, or {@code excel} for Excel serial days
 */
public record SourceOptions(
    Optional<Character> delimiter,
    Optional<Charset> encoding,
    Map<Field, String> mapping,
    Optional<Character> decimal,
    Optional<String> dateFormat) {

  /**
   * Checks the components and copies the mapping.
   *
   * @param delimiter a forced delimiter, such as {@code ';'}; a space means runs of spaces and tabs
   * @param encoding a forced encoding, such as windows-1251
   * @param mapping explicit columns for fields whose headers differ from the template: a header
   *     name, or for {@link Field#AMOUNT} a product of two headers written {@code
   *     Quantity*UnitPrice}
   * @param decimal a forced decimal separator of amounts, {@code '.'} or {@code ','}
   * @param dateFormat a forced format of the date columns: a {@link DateTimeFormatter} pattern or
   *     {@code excel}
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if a mapping names a blank header, the decimal separator is
   *     neither a dot nor a comma, or the date format is not a valid pattern
   */
  public SourceOptions {
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(decimal, "decimal");
    Objects.requireNonNull(dateFormat, "dateFormat");
    mapping = Map.copyOf(mapping);
    mapping.forEach(
        (f, h) -> {
          if (h.isBlank()) {
            throw new IllegalArgumentException(
                "mapping for " + f + " must name a header, was blank");
          }
        });
    decimal.ifPresent(
        d -> {
          if (d != '.' && d != ',') {
            throw new IllegalArgumentException("decimal must be '.' or ',', was '" + d + "'");
          }
        });
    dateFormat.ifPresent(SourceOptions::checkDateFormat);
  }

  /**
   * The options of earlier versions: the decimal separator and the date formats detected.
   *
   * @param delimiter a forced delimiter, such as {@code ';'}
   * @param encoding a forced encoding, such as windows-1251
   * @param mapping explicit columns for fields whose headers differ from the template
   */
  public SourceOptions(
      Optional<Character> delimiter, Optional<Charset> encoding, Map<Field, String> mapping) {
    this(delimiter, encoding, mapping, Optional.empty(), Optional.empty());
  }

  private static void checkDateFormat(String p) {
    if (p.isBlank()) {
      throw new IllegalArgumentException("dateFormat must be a date pattern, was blank");
    }
    if (p.strip().equalsIgnoreCase("excel")) {
      return;
    }
    try {
      DateTimeFormatter.ofPattern(p);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "dateFormat must be a java.time pattern such as dd.MM.yyyy or MM/dd/yyyy, was '"
              + p
              + "': "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Detect everything, map nothing.
   *
   * @return detect everything, map nothing
   */
  public static SourceOptions defaults() {
    return new SourceOptions(Optional.empty(), Optional.empty(), Map.of());
  }

  /**
   * A copy with the delimiter forced.
   *
   * @param d the field delimiter, such as {@code ;} or a tab; a space means that runs of spaces and
   *     tabs separate the fields (no quotes then)
   * @return a copy with the delimiter set; detection is skipped
   */
  public SourceOptions withDelimiter(char d) {
    return new SourceOptions(Optional.of(d), encoding, mapping, decimal, dateFormat);
  }

  /**
   * A copy with the encoding forced.
   *
   * @param cs the character set of the file
   * @return a copy with the encoding set; detection is skipped
   */
  public SourceOptions withEncoding(Charset cs) {
    return new SourceOptions(delimiter, Optional.of(cs), mapping, decimal, dateFormat);
  }

  /**
   * A copy with {@code field} read from {@code header} (or an expression, see the record doc).
   *
   * @param field the input field to map
   * @param header the header (or expression) to read it from, not blank
   * @return a copy with the mapping added, replacing any earlier mapping of {@code field}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code header} is blank
   */
  public SourceOptions withMapping(Field field, String header) {
    Map<Field, String> m = new EnumMap<>(Field.class);
    m.putAll(mapping);
    m.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(header, "header"));
    return new SourceOptions(delimiter, encoding, m, decimal, dateFormat);
  }

  /**
   * A copy with the decimal separator of amounts forced.
   *
   * @param d {@code '.'} or {@code ','}; the other char then groups thousands, as spaces do
   * @return a copy with the separator set; detection is skipped
   * @throws IllegalArgumentException if {@code d} is neither a dot nor a comma
   */
  public SourceOptions withDecimal(char d) {
    return new SourceOptions(delimiter, encoding, mapping, Optional.of(d), dateFormat);
  }

  /**
   * A copy with the format of the date columns ({@code purchase_date}, {@code first_purchase_date})
   * forced.
   *
   * @param pattern a {@link DateTimeFormatter} pattern such as {@code MM/dd/yyyy} or {@code
   *     dd.MM.yyyy HH:mm}, or {@code excel} for Excel serial days
   * @return a copy with the format set; detection is skipped
   * @throws NullPointerException if {@code pattern} is null
   * @throws IllegalArgumentException if {@code pattern} is not a valid pattern
   */
  public SourceOptions withDateFormat(String pattern) {
    return new SourceOptions(
        delimiter,
        encoding,
        mapping,
        decimal,
        Optional.of(Objects.requireNonNull(pattern, "pattern")));
  }
}
