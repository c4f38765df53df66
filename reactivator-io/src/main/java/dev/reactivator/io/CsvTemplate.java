package dev.reactivator.io;

import dev.reactivator.core.data.Field;
import dev.reactivator.io.internal.Layout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The downloadable reference template of the user manual, for a CRM or a web page to offer as
 * "download the template": UTF-8 with a byte-order mark (so Excel opens the Cyrillic correctly),
 * {@code ;} delimited, {@code \r\n} line ends, the manual's header and its three example rows.
 * Every template loads back through {@link CsvSource} without a rejected row.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class CsvTemplate {
  /** The MIME type to serve a template with. */
  public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

  private static final List<Field> BASIC = Layout.TEMPLATE_FIELDS;

  private static final List<Field> EXTENDED_EXTRA =
      List.of(Field.COMPLAINTS, Field.TICKETS, Field.DISCOUNTED_PURCHASES);

  private static final List<List<String>> BASIC_ROWS =
      List.of(
          List.of("Анна", "12345678900", "np1@mail", "ИБП APC", "50000", "120", "14.07.2021"),
          List.of(
              "ООО Вект",
              "12345678900",
              "np2@mail",
              "Лицензия Битрикс",
              "130000",
              "120",
              "20.08.2023"),
          List.of(
              "Иван",
              "12345678900",
              "np@mail",
              "Сервер HP ProLiant",
              "480000",
              "1400",
              "05.10.2024"));

  private static final List<List<String>> EXTENDED_ROWS =
      List.of(
          List.of(
              "Анна",
              "12345678900",
              "np1@ma",
              "ИБП APC",
              "50000",
              "120",
              "14.07.2021",
              "2",
              "5",
              "1"),
          List.of(
              "ООО Вект",
              "12345678900",
              "np2@ma",
              "Лицензия Битрикс",
              "130000",
              "120",
              "20.08.2023",
              "1",
              "1",
              "0"),
          List.of(
              "Иван",
              "12345678900",
              "np@mail",
              "Сервер HP ProLiant",
              "480000",
              "1400",
              "05.10.2024",
              "3",
              "0",
              "2"));

  /** Which template. */
  public enum Variant {
    /** The required columns: Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки. */
    BASIC,
    /** The required columns plus Жалоб;Обращений;Покупок со скидкой. */
    EXTENDED
  }

  private CsvTemplate() {}

  /**
   * The columns of the template, in order.
   *
   * @param variant the basic or the extended template
   * @return the fields, required ones first
   */
  public static List<Field> fields(Variant variant) {
    Objects.requireNonNull(variant, "variant");
    if (variant == Variant.BASIC) {
      return BASIC;
    }
    List<Field> all = new ArrayList<>(BASIC);
    all.addAll(EXTENDED_EXTRA);
    return List.copyOf(all);
  }

  /**
   * The header cells of the template (the Russian template names).
   *
   * @param variant the basic or the extended template
   * @return one header per field, in order
   */
  public static List<String> headers(Variant variant) {
    return fields(variant).stream().map(Field::templateHeader).toList();
  }

  /**
   * The example rows of the manual, cell by cell.
   *
   * @param variant the basic or the extended template
   * @return the rows, each with one cell per header
   */
  public static List<List<String>> exampleRows(Variant variant) {
    Objects.requireNonNull(variant, "variant");
    return variant == Variant.BASIC ? BASIC_ROWS : EXTENDED_ROWS;
  }

  /**
   * A file name to offer the download under.
   *
   * @param variant the basic or the extended template
   * @return the file name, with the {@code .csv} extension
   */
  public static String fileName(Variant variant) {
    Objects.requireNonNull(variant, "variant");
    return variant == Variant.BASIC
        ? "reactivator-template.csv"
        : "reactivator-template-extended.csv";
  }

  /**
   * The template file's bytes.
   *
   * @param variant the basic or the extended template
   * @return UTF-8 with a byte order mark: the header line and the example rows
   */
  public static byte[] bytes(Variant variant) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    write(variant, out);
    return out.toByteArray();
  }

  /**
   * Writes the template to {@code out}; does not close it.
   *
   * @param variant the basic or the extended template
   * @param out the stream written to
   * @throws UncheckedIOException when writing fails
   */
  public static void write(Variant variant, OutputStream out) {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(out, "out");
    StringBuilder sb = new StringBuilder("\uFEFF");
    line(sb, headers(variant));
    for (List<String> row : exampleRows(variant)) {
      line(sb, row);
    }
    try {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV template", e);
    }
  }

  /**
   * Writes the template to a file, replacing it.
   *
   * @param variant the basic or the extended template
   * @param file the file written
   * @throws UncheckedIOException when writing fails
   */
  public static void write(Variant variant, Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.write(file, bytes(variant));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CSV template to " + file, e);
    }
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(';');
      }
      sb.append(cells.get(i));
    }
    sb.append("\r\n");
  }
}
