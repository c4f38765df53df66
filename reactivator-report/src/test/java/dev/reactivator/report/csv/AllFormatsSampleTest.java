package dev.reactivator.report.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderer;
import dev.reactivator.report.ReportRenderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample in every installed format into {@code target/report-preview/sample}, where a
 * person can open the files, and checks that every file reported was written and is not empty.
 */
class AllFormatsSampleTest {

  @Test
  void everyInstalledFormatWritesTheFilesItReports() throws Exception {
    ReportInput input = ReportSamples.input();
    Path out = Path.of("target/report-preview/sample");
    Map<String, ReportRenderer> installed = ReportRenderers.installed();
    assertTrue(
        installed.keySet().containsAll(List.of("csv", "html", "json")),
        installed.keySet().toString());
    StringBuilder listing = new StringBuilder();
    for (ReportRenderer r : installed.values()) {
      List<Path> files = r.render(input, out);
      assertTrue(!files.isEmpty(), r.format());
      if (r.singleFile()) {
        // a single-file format may write companions in directory mode (the dashboard's segment
        // CSVs),
        // but its main file comes first and the stream form writes that main file too
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        r.render(input, bytes);
        assertTrue(bytes.size() > 0, r.format());
      }
      for (Path f : files) {
        assertTrue(Files.size(f) > 0, f.toString());
        listing
            .append(r.format())
            .append('\t')
            .append(out.relativize(f))
            .append('\t')
            .append(Files.size(f))
            .append('\n');
      }
    }
    Files.writeString(out.resolve("files.txt"), listing);
  }

  @Test
  void aOneCustomerBaseRendersInEveryFormat(@TempDir Path dir) throws Exception {
    InMemorySource src =
        new InMemorySource()
            .add("c1", "79001112233", null, "Один", "Товар", 100, LocalDate.of(2025, 12, 1));
    Analysis a = Reactivator.load(src).asOf(LocalDate.of(2026, 1, 31)).score().segment();
    ReportInput input = ReportSamples.input(a, ReportOptions.defaults());
    for (ReportRenderer r : ReportRenderers.installed().values()) {
      for (Path f : r.render(input, dir.resolve(r.format()))) {
        assertTrue(Files.size(f) > 0, f.toString());
      }
    }
  }
}
