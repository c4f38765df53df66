package dev.reactivator.report.internal;

import dev.reactivator.report.ReportSink;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** {@link ReportSink#zip(OutputStream)}: entries of a ZIP archive on the caller's stream. */
public final class ZipSink implements ReportSink {
  /** 1980-01-01, the earliest ZIP time, so that equal reports give equal bytes. */
  private static final long ENTRY_TIME = 315_532_800_000L;

  private final ZipOutputStream zip;
  private boolean open;

  /**
   * Creates the sink.
   *
   * @param out the stream the archive is written to; left open by {@link #close()}
   */
  public ZipSink(OutputStream out) {
    Objects.requireNonNull(out, "out");
    this.zip =
        new ZipOutputStream(
            new FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                out.flush();
              }
            });
  }

  @Override
  public OutputStream entry(String name) throws IOException {
    if (open) {
      throw new IllegalStateException("Close the previous entry before opening " + name);
    }
    ZipEntry e = new ZipEntry(DirectorySink.checked(name));
    e.setTime(ENTRY_TIME);
    zip.putNextEntry(e);
    open = true;
    return new FilterOutputStream(zip) {
      private boolean closed;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        zip.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          zip.closeEntry();
          open = false;
        }
      }
    };
  }

  @Override
  public void close() throws IOException {
    zip.finish();
    zip.flush();
  }
}
