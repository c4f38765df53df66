package dev.reactivator.report.html.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The page's {@code rx-run} block: what belongs to this run rather than to the analysis — the files
 * written beside the page ({@code exports}, relative paths, exactly {@link
 * dev.reactivator.report.ReportOptions#exports()}).
 */
final class DashboardRun {
  private DashboardRun() {}

  static void write(List<String> exports, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("exports");
    for (String f : exports) {
      g.writeString(f);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
