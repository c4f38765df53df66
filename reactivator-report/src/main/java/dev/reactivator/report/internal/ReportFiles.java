package dev.reactivator.report.internal;

import dev.reactivator.report.ReportException;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportRenderer;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the single-file renderers share: writing their one file into a directory through their
 * stream form, and handing a stream to a library that closes what it is given. Internal.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes {@code directory/fileName} (the directory created when missing) with
   * {@code renderer.render(input, out)}.
   *
   * @return the file written
   * @throws ReportException when it cannot be written; the message names the file and the fix
   */
  public static Path write(ReportRenderer renderer, ReportInput input, Path directory, String fileName) {
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(fileName, "fileName");
    Path file = directory.resolve(fileName);
    try {
      Files.createDirectories(directory);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        renderer.render(input, out);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ReportException("Cannot write " + file + ": " + e.getMessage()
          + ". Check that the directory is writable and the disk is not full.", e);
    }
    return file;
  }

  /** {@code out} behind a stream whose {@code close()} only flushes, for libraries that close their output. */
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
