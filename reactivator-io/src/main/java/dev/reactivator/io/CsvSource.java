package dev.reactivator.io;

import dev.reactivator.core.InputException;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.io.internal.CsvReader;
import dev.reactivator.io.internal.IoMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A CSV purchase export in Reactivator's template format (see {@code docs/input.md}): one row per
 * purchase, Russian or English headers in any order, {@code ;}, {@code ,}, tab or whitespace
 * delimited, UTF-8 (with or without BOM) or windows-1251, the decimal separator and the date
 * formats decided per column. Immutable; every {@link #read} streams the input from the start
 * (FastCSV for regular RFC 4180 text, commons-csv from the first irregularly quoted record on, with
 * the same cells and lines), buffering a bounded sample of records (at most 100 000) to decide the
 * conventions.
 *
 * <p>Each data row ends in exactly one call on the sink: {@code accept} (a purchase), {@code
 * refund} (an amount of zero or less, or a line of a {@code C}-numbered cancellation invoice) or
 * {@code reject} (with the line, the column as written in the file, the value and a fix-it message
 * in the context's language); a placeholder identity such as {@code N/A} in an accepted row adds a
 * {@code warn}. Problems with the file as a whole (an Excel workbook, missing required columns —
 * all named in one message with a suggested mapping —, a broken quote, an I/O error) throw {@link
 * dev.reactivator.core.InputException}. Headers are matched against each field's names and synonyms
 * ({@link dev.reactivator.core.data.Field#headers()}); see {@code docs/input.md} for which column
 * wins.
 *
 * <pre>{@code
 * CustomerBase base = Reactivator.load(CsvSource.of(Path.of("export.csv"))).asOf(LocalDate.now()).base();
 * CsvSource upload = CsvSource.of("upload.csv", ByteSource.of(bytes),
 *     SourceOptions.defaults().withMapping(Field.AMOUNT, "Quantity*UnitPrice"));
 * }</pre>
 *
 * <p>Immutable; as thread-safe as its bytes: a file or byte-array source can be read by several
 * loads at once.
 */
public final class CsvSource implements TransactionSource {
  private final String name;
  private final ByteSource bytes;
  private final SourceOptions options;

  private CsvSource(String name, ByteSource bytes, SourceOptions options) {
    this.name = name;
    this.bytes = bytes;
    this.options = options;
  }

  /**
   * A source over a file, detecting the delimiter and the encoding.
   *
   * @param file the CSV file; it is opened only when read
   * @return the source, named after the file
   */
  public static CsvSource of(Path file) {
    return of(file, SourceOptions.defaults());
  }

  /**
   * A source over a file.
   *
   * @param file the CSV file; it is opened only when read
   * @param options a forced delimiter or encoding, and an explicit column mapping
   * @return the source, named after the file
   * @throws IllegalArgumentException when the forced delimiter is a quote or a line break
   */
  public static CsvSource of(Path file, SourceOptions options) {
    Objects.requireNonNull(file, "file");
    Path f = file;
    ByteSource bytes =
        new ByteSource() {
          @Override
          public InputStream openStream() throws IOException {
            return Files.newInputStream(f);
          }

          @Override
          public OptionalLong size() {
            try {
              return OptionalLong.of(Files.size(f));
            } catch (IOException e) {
              return OptionalLong.empty();
            }
          }
        };
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return of(name, bytes, options);
  }

  /**
   * A source over bytes that are not a local file, such as an upload received by a server.
   *
   * @param name the name shown in messages and reports, such as the uploaded file's name
   * @param bytes opens the bytes; called once per {@link #read}
   * @param options a forced delimiter or encoding, and an explicit column mapping
   * @return the source
   * @throws IllegalArgumentException when the name is blank or the forced delimiter is a quote or a
   *     line break
   */
  public static CsvSource of(String name, ByteSource bytes, SourceOptions options) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(options, "options");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    options
        .delimiter()
        .ifPresent(
            d -> {
              if (d == '"' || d == '\r' || d == '\n') {
                throw new IllegalArgumentException(
                    "delimiter must not be a quote or a line break, was U+"
                        + String.format("%04X", (int) d));
              }
            });
    return new CsvSource(name, bytes, options);
  }

  /**
   * The options this source reads with.
   *
   * @return the forced delimiter, encoding and column mapping, if any
   */
  public SourceOptions options() {
    return options;
  }

  /** The file or upload name. */
  @Override
  public String description() {
    return name;
  }

  /**
   * Streams every row into {@code sink}: {@code begin} with the fields found and the details {@code
   * format}, {@code delimiter} ({@code ;}, {@code ,} or {@code tab}), {@code delimiterDetected},
   * {@code encoding}, {@code encodingDetected}, {@code bom}, {@code header}, {@code columns} (field
   * = header), {@code ignoredColumns}, {@code column.<field>} (the header, for each field matched
   * by a synonym), {@code duplicate.<field>} (the header, when the field was read from the first of
   * several equal ones), {@code decimal} and {@code decimalSource}, and per date column {@code
   * dateFormat.purchase_date} / {@code dateFormat.first_purchase_date} with {@code
   * dateFormatSource.…} ({@code data}, {@code option} or {@code default}); then one call per data
   * row; progress by bytes when the size is known.
   *
   * @throws dev.reactivator.core.InputException when the input as a whole cannot be read
   */
  @Override
  public void read(ReadContext context, TransactionSink sink) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(sink, "sink");
    InputStream raw;
    try {
      raw = bytes.openStream();
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          name,
          IoMessages.get(context.locale(), "file.unreadable", name, String.valueOf(e.getMessage())),
          e);
    }
    CsvReader.read(name, raw, bytes.size(), options, context, sink);
  }

  @Override
  public String toString() {
    return "CsvSource[" + name + "]";
  }
}
