package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTemplateTest {

  @Test
  void basicTemplateIsTheManualsHeaderAndRowsInUtf8WithBomAndSemicolons() {
    byte[] b = CsvTemplate.bytes(CsvTemplate.Variant.BASIC);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(b, 3));
    String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    assertEquals(
        "Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки\r\n"
            + "Анна;12345678900;np1@mail;ИБП APC;50000;120;14.07.2021\r\n"
            + "ООО Вект;12345678900;np2@mail;Лицензия Битрикс;130000;120;20.08.2023\r\n"
            + "Иван;12345678900;np@mail;Сервер HP ProLiant;480000;1400;05.10.2024\r\n",
        text);
  }

  @Test
  void extendedTemplateAddsTheThreeCountColumns() {
    assertEquals(
        List.of(
            "Имя",
            "Телефон",
            "Email",
            "Товар",
            "Сумма",
            "Дни",
            "Дата первой покупки",
            "Жалоб",
            "Обращений",
            "Покупок со скидкой"),
        CsvTemplate.headers(CsvTemplate.Variant.EXTENDED));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTemplate.write(CsvTemplate.Variant.EXTENDED, out);
    assertArrayEquals(CsvTemplate.bytes(CsvTemplate.Variant.EXTENDED), out.toByteArray());
  }

  @Test
  void everyTemplateReadsBackThroughCsvSourceWithEveryRowAccepted() {
    for (CsvTemplate.Variant v : CsvTemplate.Variant.values()) {
      CollectingSink sink =
          Csv.read(CsvTemplate.bytes(v), dev.reactivator.core.spi.SourceOptions.defaults(), Csv.RU);
      assertEquals(3, sink.accepted.size());
      assertEquals(0, sink.rejected.size());
      assertEquals(EnumSet.copyOf(CsvTemplate.fields(v)), EnumSet.copyOf(sink.columns));
      assertEquals("", sink.details.get("ignoredColumns"));
    }
  }
}
