package dev.reactivator.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.narrative.MoneyFormat;
import dev.reactivator.narrative.SummarySection;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportSink;
import dev.reactivator.report.charts.ReportFonts;
import dev.reactivator.report.csv.ReportSamples;
import dev.reactivator.report.internal.ExecutiveContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF report as a web service returns it: to a byte stream and into a ZIP sink, no file. */
class PdfStreamTest {

  @Test
  void goesToAByteStreamAndAZipSinkWithTheSummaryFiguresAndNoTemporaryFile() throws IOException {
    ReportInput input = ReportSamples.input();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    // the charts' font is read once per JVM, and AWT keeps its one copy (+~JF….tmp) in the
    // temporary folder until the JVM exits (ReportFonts says so): what a render leaves is compared
    ReportFonts.awt(10f);
    Set<String> before = ours(tmp);

    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    new PdfRenderer().render(input, stream);
    String fromStream = text(stream.toByteArray());

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    List<String> names;
    try (ReportSink sink = ReportSink.zip(zip)) {
      names = new PdfRenderer().render(input, sink);
    }
    assertEquals(List.of("executive-report.pdf"), names);
    Map<String, byte[]> entries = unzip(zip.toByteArray());
    assertEquals(Set.of("executive-report.pdf"), entries.keySet());
    String fromZip = text(entries.get("executive-report.pdf"));

    assertEquals(before, ours(tmp), "nothing left in java.io.tmpdir");
    for (String text : List.of(fromStream, fromZip)) {
      assertSummaryFigures(input, text);
    }
    assertEquals(fromStream, fromZip, "the same report either way");
  }

  /** The executive summary's title, sections and key figures, as the sample computes them. */
  private static void assertSummaryFigures(ReportInput input, String text) {
    Analysis a = input.analysis();
    ExecutiveContent.Numbers num =
        new ExecutiveContent.Numbers(
            ReportOptions.RUSSIAN, MoneyFormat.symbol(a.base().currency()));
    assertTrue(text.contains("Итоги анализа клиентской базы"), text);
    assertTrue(text.contains("Ключевые показатели"));
    for (SummarySection s : input.summary().sections()) {
      assertTrue(text.contains(s.title()), s.title());
    }
    assertTrue(
        text.contains(num.integer(a.overview().uniqueCustomers()).replace('\u00A0', ' ')),
        "unique customers");
    assertTrue(
        text.contains(num.money(a.overview().revenueAtRisk().total()).replace('\u00A0', ' ')),
        "revenue at risk");
    assertTrue(text.contains(a.sales().callList().get(0).displayName()), "first call");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  /**
   * The temporary directory's entries the renderer could have left: the report's name, PDF files,
   * Java's default temporary suffix and the font files Java2D or PDFBox spool (other programs share
   * the directory, so the rest is not compared).
   */
  private static Set<String> ours(Path tmp) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> list = Files.list(tmp)) {
      list.map(p -> p.getFileName().toString())
          .filter(
              n ->
                  n.endsWith(".tmp")
                      || n.endsWith(".pdf")
                      || n.endsWith(".ttf")
                      || n.startsWith("+~JF")
                      || n.startsWith("pdfbox")
                      || n.startsWith("executive-report")
                      || n.startsWith("reactivator"))
          .forEach(out::add);
    }
    return out;
  }
}
