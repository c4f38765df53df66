package dev.reactivator.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

  @TempDir Path dir;

  private static String text(PDDocument doc) throws Exception {
    return new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
  }

  @Test
  void showsTheSummaryKeyFiguresAndTablesInRussianWithAnEmbeddedFont() throws Exception {
    ReportInput input = ReportSamples.input();
    Analysis a = input.analysis();
    List<Path> files = new PdfRenderer().render(input, dir);
    assertEquals(List.of(dir.resolve("executive-report.pdf")), files);
    try (PDDocument doc = Loader.loadPDF(files.get(0).toFile())) {
      Path preview = Path.of("target/report-preview");
      Files.createDirectories(preview);
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 110);
        ImageIO.write(
            image, "png", preview.resolve("executive-report-page" + (p + 1) + ".png").toFile());
      }
      String text = text(doc);
      Files.writeString(preview.resolve("executive-report.txt"), text);
      assertTrue(text.contains("Итоги анализа клиентской базы"), text);
      for (SummarySection s : input.summary().sections()) {
        assertTrue(text.contains(s.title()), s.title());
      }
      assertTrue(text.contains("Ключевые показатели"));
      assertTrue(text.contains("Индекс здоровья"));
      assertTrue(text.contains("Выручка под риском"));
      ExecutiveContent.Numbers num = new ExecutiveContent.Numbers(ReportOptions.RUSSIAN, "₽");
      assertTrue(
          text.contains(num.integer(a.overview().uniqueCustomers()).replace('\u00A0', ' ')),
          "customers");
      assertTrue(
          text.contains(num.money(a.overview().revenueAtRisk().total()).replace('\u00A0', ' ')),
          "revenue at risk");
      assertTrue(text.contains("Кого спасать в первую очередь"));
      assertTrue(text.contains("VIP под риском оттока"));
      assertTrue(text.contains("Список на прозвон: первые 20"));
      CallListRow twentieth = a.sales().callList().get(19);
      assertTrue(text.contains(twentieth.displayName()), twentieth.displayName());
      assertTrue(text.contains("Текст подготовлен офлайн-генератором"));
      // the NRR chart's note defines its three steps
      String flat = text.replaceAll("\\s+", " ");
      assertTrue(flat.contains("Рост — сколько остающиеся клиенты принесут"), "expansion defined");
      assertTrue(flat.contains("сокращение — на сколько меньше"), "contraction defined");
      assertTrue(flat.contains("отток — выручка последних 12 месяцев"), "churn defined");

      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          fonts.add(f.getName());
          assertTrue(f.isEmbedded(), f.getName() + " is embedded");
        }
      }
      assertFalse(fonts.isEmpty());
      assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSans")), fonts.toString());
    }
  }

  private static int forms(PDResources resources) throws Exception {
    int n = 0;
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject) {
        n++;
      }
    }
    return n;
  }

  @Test
  void drawsTheSixKeyChartsAsVectorFormsWithTheirTitlesAndRubleSigns() throws Exception {
    ReportInput input = ReportSamples.input();
    ExecutiveContent content = ExecutiveContent.of(input);
    assertEquals(
        List.of("health", "revenueAtRisk", "nrr", "funnel", "structure", "cohorts"),
        content.charts().stream().map(c -> c.key()).toList());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(input, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String text = text(doc);
      assertTrue(text.contains("Графики"), "the charts' heading");
      for (var c : content.charts()) {
        assertTrue(text.contains(c.title()), c.title());
      }
      // the labels inside the charts are text in the embedded font, not outlines
      assertTrue(text.contains("Повторные покупки"), "a health bar's label");
      assertTrue(text.contains("Ушли после 1-й"), "a funnel stage");
      assertTrue(text.contains("M12") || text.contains("M1"), "a heat map column");
      ExecutiveContent.Numbers num = new ExecutiveContent.Numbers(ReportOptions.RUSSIAN, "₽");
      String critical =
          num.money(input.analysis().overview().revenueAtRisk().buckets().get(3).revenueAtRisk())
              .replace('\u00A0', ' ');
      assertTrue(text.contains(critical), "the critical bucket's bar label " + critical);
      assertTrue(text.contains("₽"), "the ruble sign is printed");
      assertFalse(text.contains("руб."), "no ruble abbreviation is left");
      int forms = 0;
      for (PDPage page : doc.getPages()) {
        forms += forms(page.getResources());
      }
      assertTrue(forms >= 6, "one form XObject per chart, found " + forms);
    }
  }

  @Test
  void rendersInEnglishAndEscapesMarkupInTexts() throws Exception {
    ReportInput en =
        ReportSamples.input(
            ReportSamples.sample(), ReportOptions.defaults().withLocale(Locale.ENGLISH));
    var s = en.summary();
    var sections = new ArrayList<>(s.sections());
    sections.set(
        0,
        new SummarySection(
            sections.get(0).kind(),
            "Big <picture> & \"more\"",
            List.of("a < b & c > d", "\u0001ok")));
    ReportInput tricky =
        new ReportInput(
            en.analysis(),
            new dev.reactivator.narrative.ExecutiveSummary(
                Locale.ENGLISH,
                "gigachat",
                java.util.Optional.of("the provider timed out"),
                sections,
                s.chains()),
            en.options());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(tricky, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      Path preview = Files.createDirectories(Path.of("target/report-preview"));
      ImageIO.write(
          new PDFRenderer(doc).renderImageWithDPI(0, 110),
          "png",
          preview.resolve("executive-report-en-page1.png").toFile());
      String text = text(doc);
      assertTrue(text.contains("Customer base analysis: summary"));
      assertTrue(text.contains("Big <picture> & \"more\""), text);
      assertTrue(text.contains("a < b & c > d"));
      assertTrue(text.contains("the provider timed out"));
      assertTrue(text.contains("Key figures"));
    }
  }

  @Test
  void isInstalledAsThePdfFormat() {
    assertInstanceOf(PdfRenderer.class, ReportRenderers.forFormat("pdf"));
    assertTrue(new PdfRenderer().singleFile());
  }

  @Test
  void aDirectoryThatCannotBeCreatedIsAReportExceptionNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> new PdfRenderer().render(ReportSamples.input(), file.resolve("out")));
    assertTrue(e.getMessage().contains("not-a-directory"), e.getMessage());
  }
}
