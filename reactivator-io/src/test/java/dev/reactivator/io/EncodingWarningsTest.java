package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
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
  private static final Locale RU = Locale.forLanguageTag("ru");
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
  void break7_anInvalidByteAfterTheFirst64KiBStopsTheReadNamingTheLineTheByteAndTheOption() {
    // about 60 bytes a row: row 3000 is far beyond the detection prefix
    byte[] bytes = file(4000, 3000, new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', (byte) 0xC3});
    InputException e =
        assertThrows(
            InputException.class, () -> Csv.read(bytes, SourceOptions.defaults(), Locale.ENGLISH));
    int at = indexOf(bytes, (byte) 0xFF);
    assertEquals(
        "The file \"test.csv\" was read as UTF-8, but at line 3002 the byte 0xFF (byte "
            + (at + 1)
            + " of the file) cannot be read in that encoding. Give the file's encoding:"
            + " --encoding windows-1251 (in the library SourceOptions.withEncoding), or --encoding"
            + " UTF-8 if the file is in it after all (the unreadable bytes then become \"�\" and"
            + " are counted), or save the file as UTF-8.",
        e.getMessage());
    assertEquals(3002, e.line().orElseThrow());
  }

  @Test
  void break7_withTheEncodingForcedInvalidBytesAreReplacedAndCountedWithTheLineOfTheFirst() {
    byte[] bytes = file(4000, 3000, new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', (byte) 0xC3});
    CollectingSink sink =
        Csv.read(
            bytes, SourceOptions.defaults().withEncoding(StandardCharsets.UTF_8), Locale.ENGLISH);
    List<RowProblem> w = encodingWarnings(sink);
    assertEquals(1, w.size(), "one warning for the file, not one per byte");
    assertEquals(3002, w.get(0).line(), "header + 3000 rows before the bad one");
    assertTrue(
        w.get(0).message().contains("3 byte sequences cannot be read as UTF-8"),
        w.get(0).message());
    assertEquals(4000, sink.rows(), "the row with the bad bytes still counts");
  }

  @Test
  void break7_oneStrayByteInAUtf8PrefixIsNamedNotReadAsWindows1251() {
    byte[] bytes = file(200, 10, new byte[] {(byte) 0xFF});
    InputException e =
        assertThrows(InputException.class, () -> Csv.read(bytes, SourceOptions.defaults(), RU));
    assertEquals(12, e.line().orElseThrow());
    assertTrue(e.getMessage().contains("прочитан как UTF-8"), e.getMessage());
    assertTrue(e.getMessage().contains("байт 0xFF"), e.getMessage());
    assertTrue(e.getMessage().contains("--encoding windows-1251"), e.getMessage());
    assertTrue(!e.getMessage().contains("Ð"), "no mojibake: " + e.getMessage());
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
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
        Reactivator.load(
                CsvSource.of(
                    "bad.csv",
                    ByteSource.of(bytes),
                    SourceOptions.defaults().withEncoding(StandardCharsets.UTF_8)))
            .asOf(LocalDate.of(2024, 3, 1))
            .base();
    assertTrue(
        base.warnings().stream().anyMatch(w -> w.code() == DataWarning.Code.ENCODING),
        base.warnings().toString());
  }
}
