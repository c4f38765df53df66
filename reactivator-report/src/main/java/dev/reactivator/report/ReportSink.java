package dev.reactivator.report;

import dev.reactivator.report.internal.DirectorySink;
import dev.reactivator.report.internal.ZipSink;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where a multi-file report goes: named entries written one after the other, into a directory
 * ({@link #directory(Path)}) or a ZIP stream ({@link #zip(OutputStream)}), so that a web service
 * can return every format with no temporary file. Entry names are relative, with {@code /}
 * separators.
 *
 * <p>A sink is used by one thread at a time, one entry open at a time; not thread-safe.
 */
public interface ReportSink extends Closeable {

  /**
   * Opens the entry {@code name}; closing the returned stream ends the entry (it never closes the
   * sink's own stream).
   *
   * @param name the entry's relative name, such as {@code segments/lost.csv}
   * @return the entry's stream
   * @throws IOException when the entry cannot be opened
   * @throws IllegalArgumentException when {@code name} is empty, absolute or contains {@code ..}
   */
  OutputStream entry(String name) throws IOException;

  /**
   * Ends the sink: a ZIP sink writes its central directory (the caller's stream stays open); a
   * directory sink does nothing.
   *
   * @throws IOException when the end cannot be written
   */
  @Override
  void close() throws IOException;

  /**
   * A sink writing each entry as a file under {@code directory} (created when missing).
   *
   * @param directory the output directory
   * @return the sink
   */
  static ReportSink directory(Path directory) {
    return new DirectorySink(directory);
  }

  /**
   * A sink writing the entries into a ZIP archive on {@code out}, with fixed entry times so that
   * the same report gives the same bytes; {@link #close()} finishes the archive but leaves {@code
   * out} open.
   *
   * @param out the stream to write the archive to
   * @return the sink
   */
  static ReportSink zip(OutputStream out) {
    return new ZipSink(out);
  }
}
