package dev.reactivator.io;

import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.SourceOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/** Test helpers: read CSV text through {@link CsvSource} into a {@link CollectingSink}. */
final class Csv {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
  static final Locale RU = Locale.forLanguageTag("ru");
  static final Locale EN = Locale.ENGLISH;

  /** The basic template header. */
  static final String HEADER = "Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки\n";

  private Csv() {}

  static CollectingSink read(String text) {
    return read(text, RU);
  }

  static CollectingSink read(String text, Locale locale) {
    return read(text.getBytes(StandardCharsets.UTF_8), SourceOptions.defaults(), locale);
  }

  static CollectingSink read(String text, Charset cs) {
    return read(text.getBytes(cs), SourceOptions.defaults(), RU);
  }

  static CollectingSink read(byte[] bytes, SourceOptions options, Locale locale) {
    CollectingSink sink = new CollectingSink();
    source(bytes, options).read(new ReadContext(AS_OF, locale), sink);
    return sink;
  }

  static CsvSource source(byte[] bytes, SourceOptions options) {
    return CsvSource.of("test.csv", ByteSource.of(bytes), options);
  }

  /** One data row under the basic header. */
  static CollectingSink row(String row, Locale locale) {
    return read(HEADER + row + "\n", locale);
  }
}
