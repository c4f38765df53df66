package dev.reactivator.report.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** Handing a renderer's stream to a library that closes what it is given. Internal. */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * {@code out} behind a stream whose {@code close()} only flushes, for libraries that close their
   * output.
   */
  public static OutputStream nonClosing(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        this.out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
