package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.spi.SourceOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** No byte is replaced silently, and an encoding fallback says so and names the option. */
class EncodingWarningsTest {
  private static final String HEADER = "Имя;Телефон;Товар;Сумма;Дата покупки\n";

  /** {@code rows} rows of Cyrillic text, with {@code bad} written raw at row {@code at}. */
  private static byte[] file(int rows, int at, byte[] bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < rows; i++) {
      out.writeBytes(
          ("Анна Петрова " + i + ";7900" + (1000000 + i) + ";Кабель ВВГ;1500;01.02.2024")
              .getBytes(StandardCharsets.UTF_8));
      if (i == at) {
        out.writeBytes(bad);
      }
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static List<RowProblem> encodingWarnings(CollectingSink sink) {
    return sink.warnings.stream().filter(w -> w.code() == ProblemCode.ENCODING).toList();
  }

  @Test
  void invalidBytesAfterTheFirst64KiBAreCountedWithTheLineOfTheFirst() {
    // about 60 bytes a row: row 3000 is far beyond the detection prefix
    byte[] bytes = file(4000, 3000, new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', (byte) 0xC3});
    CollectingSink sink = Csv.read(bytes, SourceOptions.defaults(), Locale.ENGLISH);
    assertEquals("UTF-8", sink.details.get("encoding"));
    List<RowProblem> w = encodingWarnings(sink);
    assertEquals(1, w.size(), "one warning for the file, not one per byte");
    assertEquals(3002, w.get(0).line(), "header + 3000 rows before the bad one");
    assertTrue(
        w.get(0).message().contains("3 byte sequences cannot be read as UTF-8"),
        w.get(0).message());
    assertTrue(w.get(0).message().contains("--encoding"), w.get(0).message());
    assertEquals(4000, sink.rows(), "the row with the bad bytes still counts");
  }

  @Test
  void oneStrayByteInAUtf8PrefixDoesNotTurnTheFileIntoWindows1251() {
    byte[] bytes = file(200, 10, new byte[] {(byte) 0xFF});
    CollectingSink sink = Csv.read(bytes, SourceOptions.defaults(), Locale.ENGLISH);
    assertEquals("UTF-8", sink.details.get("encoding"));
    assertTrue(sink.accepted.get(0).name().orElseThrow().startsWith("Анна"), "no mojibake");
    assertEquals(12, encodingWarnings(sink).get(0).line());
  }

  @Test
  void aWindows1251FileIsReadAndTheFallbackIsNamed() {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] bytes = (HEADER + "Анна;79001234567;Кабель;1500;01.02.2024\n").getBytes(cp1251);
    CollectingSink sink = Csv.read(bytes, SourceOptions.defaults(), Locale.ENGLISH);
    assertEquals("windows-1251", sink.details.get("encoding"));
    assertEquals("Анна", sink.accepted.get(0).name().orElseThrow());
    RowProblem w = encodingWarnings(sink).get(0);
    assertEquals(1, w.line());
    assertTrue(w.message().contains("read as windows-1251"), w.message());
    assertTrue(w.message().contains("--encoding UTF-8"), w.message());
  }

  @Test
  void aForcedEncodingIsNotWarnedAbout() {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] bytes = (HEADER + "Анна;79001234567;Кабель;1500;01.02.2024\n").getBytes(cp1251);
    CollectingSink sink =
        Csv.read(bytes, SourceOptions.defaults().withEncoding(cp1251), Locale.ENGLISH);
    assertEquals(List.of(), encodingWarnings(sink));
  }

  @Test
  void encodingWarningsReachTheBasesWarnings() {
    byte[] bytes = file(50, 20, new byte[] {(byte) 0xFF});
    CustomerBase base =
        Reactivator.load(CsvSource.of("bad.csv", ByteSource.of(bytes), SourceOptions.defaults()))
            .asOf(LocalDate.of(2024, 3, 1))
            .base();
    assertTrue(
        base.warnings().stream().anyMatch(w -> w.code() == DataWarning.Code.ENCODING),
        base.warnings().toString());
  }
}
