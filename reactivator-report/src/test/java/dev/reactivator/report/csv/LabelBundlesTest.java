package dev.reactivator.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.json.JsonRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelBundlesTest {

  @TempDir Path dir;

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = LabelBundlesTest.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void russianAndEnglishBundlesHaveTheSameKeys() throws IOException {
    for (String base :
        List.of(
            "/dev/reactivator/report/csv/labels",
            "/dev/reactivator/report/internal/executive",
            "/dev/reactivator/report/internal/glossary")) {
      Properties ru = load(base + ".properties");
      Properties en = load(base + "_en.properties");
      assertEquals(ru.stringPropertyNames(), en.stringPropertyNames(), base);
      assertTrue(
          ru.values().stream().anyMatch(v -> v.toString().matches(".*[А-Яа-я].*")),
          base + " is Russian, read as UTF-8");
    }
  }

  @Test
  void segmentHeadersComeFromTheBundleInBothLanguages() {
    assertEquals(
        List.of(
            "ID",
            "ID в CRM",
            "Имя",
            "Телефон",
            "Email",
            "RFM сегмент",
            "RFM код",
            "LTV",
            "Покупок",
            "Последняя покупка",
            "Вероятность оттока %",
            "Уровень риска",
            "Вероятность покупки за 365 дн. %",
            "CLV"),
        SegmentCsv.header(java.util.Locale.forLanguageTag("ru")));
    assertEquals("Last purchase", SegmentCsv.header(java.util.Locale.ENGLISH).get(9));
    assertEquals(
        SegmentCsv.header(java.util.Locale.forLanguageTag("ru")),
        SegmentCsv.header(java.util.Locale.GERMAN),
        "any other language gets the Russian default");
  }

  @Test
  void aDirectoryThatCannotBeCreatedIsAReportExceptionNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    ReportInput input = ReportSamples.input();
    for (var r : List.of(new CsvRenderer(), new JsonRenderer())) {
      ReportException e =
          assertThrows(
              ReportException.class, () -> r.render(input, file.resolve("out")), r.format());
      assertTrue(e.getMessage().contains("not-a-directory"), e.getMessage());
    }
  }
}
