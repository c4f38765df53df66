package dev.reactivator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

/**
 * The renderer look-up: explicit choice, property / environment, default, broken and duplicate
 * renderers.
 */
class ReportRenderersTest {

  /** A renderer that renders nothing. */
  private abstract static class Nothing implements ReportRenderer {
    @Override
    public boolean singleFile() {
      return true;
    }

    @Override
    public List<Path> render(ReportInput input, Path directory) {
      return List.of();
    }

    @Override
    public void render(ReportInput input, OutputStream out) {}
  }

  /** A renderer with a chosen format. */
  private static final class Fake extends Nothing {
    private final String format;

    Fake(String format) {
      this.format = format;
    }

    @Override
    public String format() {
      return format;
    }
  }

  /** A second class with a chosen format, so that a duplicate warning can name both. */
  private static final class Other extends Nothing {
    @Override
    public String format() {
      return "HTML";
    }
  }

  private static final Fake HTML = new Fake("html");
  private static final Fake JSON = new Fake("JSON");
  private static final Map<String, ReportRenderer> INSTALLED = Map.of("html", HTML, "json", JSON);

  @Test
  void anExplicitFormatWinsOverTheEnvironment() {
    List<String> warnings = new ArrayList<>();
    ReportRenderer r =
        ReportRenderers.select(
            INSTALLED, Optional.of(" Json "), Map.of(ReportRenderers.ENV, "html"), warnings::add);
    assertSame(JSON, r);
    assertEquals(List.of(), warnings);
  }

  @Test
  void thePropertyWinsOverTheEnvironmentWhichWinsOverTheDefault() {
    List<String> warnings = new ArrayList<>();
    assertSame(
        JSON,
        ReportRenderers.select(
            INSTALLED, Optional.empty(), Map.of(ReportRenderers.ENV, "json"), warnings::add));
    String before = System.getProperty(ReportRenderers.PROPERTY);
    System.setProperty(ReportRenderers.PROPERTY, "html");
    try {
      assertSame(
          HTML,
          ReportRenderers.select(
              INSTALLED, Optional.empty(), Map.of(ReportRenderers.ENV, "json"), warnings::add));
    } finally {
      if (before == null) {
        System.clearProperty(ReportRenderers.PROPERTY);
      } else {
        System.setProperty(ReportRenderers.PROPERTY, before);
      }
    }
    assertEquals(List.of(), warnings);
  }

  @Test
  void noChoiceGivesTheDefaultWithOneWarning() {
    List<String> warnings = new ArrayList<>();
    assertSame(HTML, ReportRenderers.select(INSTALLED, Optional.empty(), Map.of(), warnings::add));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("'html'"), warnings.get(0));
  }

  @Test
  void anUninstalledChoiceListsTheInstalledFormats() {
    UnknownReportFormatException e =
        assertThrows(
            UnknownReportFormatException.class,
            () ->
                ReportRenderers.select(
                    new java.util.TreeMap<>(INSTALLED), Optional.of("xlsx"), Map.of(), w -> {}));
    assertEquals(List.of("html", "json"), e.installed());
  }

  @Test
  void aBrokenRendererIsSkippedAndReported() {
    Iterator<ReportRenderer> services = List.<ReportRenderer>of(HTML, JSON).iterator();
    Iterator<ReportRenderer> withBroken =
        new Iterator<>() {
          private boolean failed;

          @Override
          public boolean hasNext() {
            return !failed || services.hasNext();
          }

          @Override
          public ReportRenderer next() {
            if (!failed) {
              failed = true;
              throw new ServiceConfigurationError("dev.example.BrokenRenderer: Provider not found");
            }
            return services.next();
          }
        };
    List<String> warnings = new ArrayList<>();
    Map<String, ReportRenderer> loaded = ReportRenderers.load(withBroken, warnings::add);
    assertEquals(List.of("html", "json"), List.copyOf(loaded.keySet()));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("dev.example.BrokenRenderer"), warnings.get(0));
  }

  @Test
  void duplicateFormatsKeepTheFirstAndNameBoth() {
    List<String> warnings = new ArrayList<>();
    Map<String, ReportRenderer> loaded =
        ReportRenderers.load(List.<ReportRenderer>of(HTML, new Other()).iterator(), warnings::add);
    assertSame(HTML, loaded.get("html"));
    assertEquals(1, warnings.size());
    assertTrue(
        warnings.get(0).contains("using " + Fake.class.getName())
            && warnings.get(0).contains(Other.class.getName()),
        warnings.get(0));
  }

  @Test
  void theInstalledRenderersAreFoundByServiceLoader() {
    assertEquals(List.of("csv", "html", "json"), List.copyOf(ReportRenderers.installed().keySet()));
  }

  @Test
  void pdfAndDocxWithoutTheirArtifactsNameTheArtifactToAdd() {
    UnknownReportFormatException pdf =
        assertThrows(UnknownReportFormatException.class, () -> ReportRenderers.forFormat("PDF"));
    assertEquals(
        "no report renderer for format 'PDF': add the artifact dev.reactivator:reactivator-report-pdf"
            + " (same version as reactivator-report) to the class or module path; installed"
            + " formats: csv, html, json.",
        pdf.getMessage());
    UnknownReportFormatException docx =
        assertThrows(UnknownReportFormatException.class, () -> ReportRenderers.forFormat("docx"));
    assertTrue(
        docx.getMessage().contains("add the artifact dev.reactivator:reactivator-report-docx"),
        docx.getMessage());
    UnknownReportFormatException xlsx =
        assertThrows(UnknownReportFormatException.class, () -> ReportRenderers.forFormat("xlsx"));
    assertFalse(xlsx.getMessage().contains("artifact"), xlsx.getMessage());
  }
}
