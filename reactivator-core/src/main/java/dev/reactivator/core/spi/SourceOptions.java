package dev.reactivator.core.spi;

import dev.reactivator.core.data.Field;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options for opening a file-based source. Everything is optional: by default the delimiter and the
 * encoding are detected and the headers are matched by their Russian or English names.
 *
 * @param delimiter a forced delimiter, such as {@code ';'}
 * @param encoding a forced encoding, such as windows-1251
 * @param mapping explicit columns for fields whose headers differ from the template: a header name,
 *     or for {@link Field#AMOUNT} a product of two headers written {@code Quantity*UnitPrice}
 */
public record SourceOptions(
    Optional<Character> delimiter, Optional<Charset> encoding, Map<Field, String> mapping) {

  /**
   * Checks the components and copies the mapping.
   *
   * @param delimiter a forced delimiter, such as {@code ';'}
   * @param encoding a forced encoding, such as windows-1251
   * @param mapping explicit columns for fields whose headers differ from the template: a header
   *     name, or for {@link Field#AMOUNT} a product of two headers written {@code
   *     Quantity*UnitPrice}
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if a mapping names a blank header
   */
  public SourceOptions {
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(encoding, "encoding");
    mapping = Map.copyOf(mapping);
    mapping.forEach(
        (f, h) -> {
          if (h.isBlank()) {
            throw new IllegalArgumentException(
                "mapping for " + f + " must name a header, was blank");
          }
        });
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
   * @param d the field delimiter, such as {@code ;} or a tab
   * @return a copy with the delimiter set; detection is skipped
   */
  public SourceOptions withDelimiter(char d) {
    return new SourceOptions(Optional.of(d), encoding, mapping);
  }

  /**
   * A copy with the encoding forced.
   *
   * @param cs the character set of the file
   * @return a copy with the encoding set; detection is skipped
   */
  public SourceOptions withEncoding(Charset cs) {
    return new SourceOptions(delimiter, Optional.of(cs), mapping);
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
    return new SourceOptions(delimiter, encoding, m);
  }
}
