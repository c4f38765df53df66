package dev.reactivator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.report.csv.ReportSamples;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportRenderers#renderAll}: the one list of a run's files, and who sees it. */
class RenderAllTest {

  @TempDir Path dir;

  /** Writes its files and remembers the exports it was given. */
  private static final class Fake implements ReportRenderer {
    final String name;
    final boolean links;
    final List<String> files;
    final List<List<String>> seen = new ArrayList<>();

    Fake(String name, boolean links, String... files) {
      this.name = name;
      this.links = links;
      this.files = List.of(files);
    }

    @Override
    public String format() {
      return name;
    }

    @Override
    public boolean singleFile() {
      return false;
    }

    @Override
    public boolean linksExports() {
      return links;
    }

    @Override
    public List<Path> render(ReportInput input, Path directory) {
      seen.add(input.options().exports());
      List<Path> out = new ArrayList<>();
      for (String f : files) {
        Path p = directory.resolve(f);
        try {
          Files.createDirectories(p.getParent());
          Files.writeString(p, name);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.add(p);
      }
      return out;
    }

    @Override
    public void render(ReportInput input, OutputStream out) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void theLinkingRendererRunsLastAndSeesExactlyTheFilesWrittenBeforeIt() {
    Fake page = new Fake("page", true, "page.html", "segments/a.csv");
    Fake csv = new Fake("csv", false, "customers.csv", "segments/a.csv");
    Fake json = new Fake("json", false, "analysis.json");
    Path rejected = dir.resolve("rejected-rows.csv");
    List<Double> progress = new ArrayList<>();
    List<Path> files =
        ReportRenderers.renderAll(
            List.of(page, csv, json, csv),
            ReportSamples.input(),
            dir,
            List.of(rejected),
            progress::add);
    assertEquals(
        List.of(
            "rejected-rows.csv", "customers.csv", "segments/a.csv", "analysis.json", "page.html"),
        files.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList(),
        "earlier files first, each file once, in the order written");
    assertEquals(
        List.of(List.of("rejected-rows.csv", "customers.csv", "segments/a.csv", "analysis.json")),
        page.seen,
        "the page is rendered once, last, with every file before it");
    assertEquals(List.of(List.of()), csv.seen, "a duplicate renderer runs once, without exports");
    assertEquals(List.of(0.0, 1.0 / 3, 2.0 / 3, 1.0), progress);
  }

  @Test
  void withoutALinkingRendererTheOrderIsTheOneAskedFor() {
    Fake json = new Fake("json", false, "analysis.json");
    Fake csv = new Fake("csv", false, "customers.csv");
    List<Path> files =
        ReportRenderers.renderAll(
            List.of(json, csv), ReportSamples.input(), dir, List.of(), d -> {});
    assertEquals(List.of(dir.resolve("analysis.json"), dir.resolve("customers.csv")), files);
    assertTrue(ReportOptions.defaults().exports().isEmpty());
  }
}
