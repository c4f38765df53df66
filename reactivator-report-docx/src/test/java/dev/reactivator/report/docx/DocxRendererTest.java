package dev.reactivator.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.narrative.SummarySection;
import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.csv.ReportSamples;
import dev.reactivator.report.internal.ExecutiveContent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxRendererTest {

  @TempDir Path dir;

  private static List<String> styled(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  @Test
  void hasRealHeadingsTheSummaryKeyFiguresAndTables() throws Exception {
    ReportInput input = ReportSamples.input();
    Analysis a = input.analysis();
    List<Path> files = new DocxRenderer().render(input, dir);
    assertEquals(List.of(dir.resolve("executive-report.docx")), files);
    try (InputStream in = Files.newInputStream(files.get(0));
        XWPFDocument doc = new XWPFDocument(in)) {
      assertEquals(List.of("Итоги анализа клиентской базы"), styled(doc, "Title"));
      assertEquals(
          List.of("Ключевые показатели", "Графики", "Итоги анализа", "Основные таблицы"),
          styled(doc, "Heading1"));
      List<String> h2 = styled(doc, "Heading2");
      for (SummarySection s : input.summary().sections()) {
        assertTrue(h2.contains(s.title()), s.title());
      }
      assertTrue(h2.contains("Кого спасать в первую очередь"));
      assertTrue(h2.contains("Выручка под риском по уровням риска"));
      assertTrue(h2.contains("VIP под риском оттока"));
      assertTrue(h2.contains("Список на прозвон: первые 20"));
      for (String id : List.of("Title", "Heading1", "Heading2")) {
        assertNotNull(doc.getStyles().getStyle(id), id + " is defined in styles.xml");
      }
      assertNotNull(
          doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl(),
          "a heading has an outline level");

      List<XWPFTable> tables = doc.getTables();
      String figures = tables.get(0).getText().replace('\u00A0', ' ');
      ExecutiveContent.Numbers num = new ExecutiveContent.Numbers(ReportOptions.RUSSIAN, "₽");
      assertTrue(figures.contains("Индекс здоровья"), figures);
      assertTrue(
          figures.contains(num.integer(a.overview().uniqueCustomers()).replace('\u00A0', ' ')));
      assertTrue(
          figures.contains(num.money(a.overview().revenueAtRisk().total()).replace('\u00A0', ' ')));

      XWPFTable buckets = tables.get(2);
      assertEquals(5, buckets.getNumberOfRows(), "a header and four buckets");
      assertEquals("Критический риск", buckets.getRow(4).getCell(0).getText());
      assertEquals(
          num.integer(a.overview().revenueAtRisk().buckets().get(3).count()),
          buckets.getRow(4).getCell(1).getText());

      XWPFTable vipChurn = tables.get(4);
      assertEquals(13, vipChurn.getNumberOfRows(), "a header and the twelve months, newest first");
      assertEquals(
          a.vipChurn().orElseThrow().months().get(11).month() + " (до даты анализа)",
          vipChurn.getRow(1).getCell(0).getText());

      XWPFTable calls = tables.get(5);
      assertEquals(21, calls.getNumberOfRows(), "a header and the first 20 rows");
      assertTrue(calls.getRow(0).isRepeatHeader());
      CallListRow twentieth = a.sales().callList().get(19);
      assertEquals(twentieth.displayName(), calls.getRow(20).getCell(1).getText());

      String body =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertTrue(body.contains(input.summary().sections().get(0).paragraphs().get(0)));
      assertTrue(body.contains("Текст подготовлен офлайн-генератором"));
      // the NRR chart's note defines its three steps
      assertTrue(body.contains("Рост — сколько остающиеся клиенты принесут"), "expansion defined");
      assertTrue(body.contains("отток — выручка последних 12 месяцев"), "churn defined");
    }
  }

  @Test
  void rendersInEnglishToAStream() throws Exception {
    ReportInput en =
        ReportSamples.input(
            ReportSamples.sample(), ReportOptions.defaults().withLocale(Locale.ENGLISH));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(en, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(List.of("Customer base analysis: summary"), styled(doc, "Title"));
      assertEquals(
          List.of("Key figures", "Charts", "Summary", "Main tables"), styled(doc, "Heading1"));
    }
  }

  @Test
  void carriesTheSixKeyChartsAsSharpPngsUnderTheirTitles() throws Exception {
    ReportInput input = ReportSamples.input();
    ExecutiveContent content = ExecutiveContent.of(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(input, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> h2 = styled(doc, "Heading2");
      for (var c : content.charts()) {
        assertTrue(h2.contains(c.title()), c.title());
      }
      List<XWPFPictureData> pictures = doc.getAllPictures();
      assertTrue(pictures.size() >= 6, "pictures: " + pictures.size());
      assertEquals(content.charts().size(), pictures.size());
      Path preview = Files.createDirectories(Path.of("target/report-preview"));
      for (XWPFPictureData p : pictures) {
        assertEquals(Document.PICTURE_TYPE_PNG, p.getPictureType());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.getData()));
        // drawn at twice the printed width of 480 pt
        assertEquals(2 * 480, image.getWidth(), p.getFileName());
        Files.write(preview.resolve("docx-" + p.getFileName()), p.getData());
      }
      String body =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertTrue(body.contains("Доля дошедших до 2-й покупки"), "the funnel's note");
      assertTrue(doc.getTables().get(0).getText().contains("₽"), "amounts carry the ruble sign");
      assertFalse(doc.getTables().get(0).getText().contains("руб."));
    }
  }

  @Test
  void isInstalledAsTheDocxFormat() {
    assertInstanceOf(DocxRenderer.class, ReportRenderers.forFormat("docx"));
    assertTrue(new DocxRenderer().singleFile());
  }

  @Test
  void aDirectoryThatCannotBeCreatedIsAReportExceptionNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> new DocxRenderer().render(ReportSamples.input(), file.resolve("out")));
    assertTrue(e.getMessage().contains("not-a-directory"), e.getMessage());
  }
}
