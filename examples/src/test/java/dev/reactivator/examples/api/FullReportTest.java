package dev.reactivator.examples.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's full-pipeline example on the bundled sample. */
class FullReportTest {
  @Test
  void readmePipelineWritesTheDashboardAndEveryExport(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Path> written =
        FullReport.run(
            Path.of("sample/customers.csv"),
            dir,
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("health index "), out);
    assertTrue(out.contains("call "), out);
    for (String f :
        List.of(
            "dashboard.html",
            "customers.csv",
            "call-list.csv",
            "analysis.json",
            "executive-report.pdf",
            "executive-report.docx")) {
      assertTrue(written.contains(dir.resolve(f)), f + " in " + written);
      assertTrue(Files.size(dir.resolve(f)) > 0, f);
    }
  }
}
