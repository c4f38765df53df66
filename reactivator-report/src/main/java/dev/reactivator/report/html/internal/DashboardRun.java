package dev.reactivator.report.html.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The page's {@code rx-run} block: what belongs to this run rather than to the analysis — the files
 * written beside the page ({@code exports}: the top-level files of {@link
 * dev.reactivator.report.ReportOptions#exports()}, in its order), whether the segment CSVs are
 * beside it ({@code segmentFiles}) and, for a protected page, the encrypted contacts ({@code lock}:
 * base64 {@code salt}, {@code iv}, {@code data}, and {@code iterations}).
 */
final class DashboardRun {
  private DashboardRun() {}

  static void write(
      List<String> exports, boolean segmentFiles, Optional<PageLock.Sealed> lock, JsonGenerator g)
      throws IOException {
    Base64.Encoder b64 = Base64.getEncoder();
    g.writeStartObject();
    g.writeArrayFieldStart("exports");
    for (String f : exports) {
      // segment CSVs (in sub-directories) are linked by their widgets; a real export can have
      // thousands of product cohorts, so only the top-level files are listed
      if (f.indexOf('/') < 0) {
        g.writeString(f);
      }
    }
    g.writeEndArray();
    g.writeBooleanField("segmentFiles", segmentFiles);
    if (lock.isPresent()) {
      PageLock.Sealed s = lock.get();
      g.writeObjectFieldStart("lock");
      g.writeStringField("kdf", "PBKDF2-SHA-256");
      g.writeNumberField("iterations", s.iterations());
      g.writeStringField("salt", b64.encodeToString(s.salt()));
      g.writeStringField("iv", b64.encodeToString(s.iv()));
      g.writeStringField("data", b64.encodeToString(s.ciphertext()));
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
