package dev.reactivator.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A renderer whose report is one file: it writes that file into a directory through its stream form
 * {@link #render(ReportInput, OutputStream)}, so an implementation writes only the stream.
 *
 * <p>Subclasses must be stateless and thread-safe, as the built-in renderers are.
 */
public abstract class SingleFileRenderer implements ReportRenderer {
  private final String format;
  private final String fileName;

  /**
   * Creates the renderer.
   *
   * @param format the format name, lower case, such as {@code "pdf"}
   * @param fileName the name of the file written into an output directory
   */
  protected SingleFileRenderer(String format, String fileName) {
    this.format = Objects.requireNonNull(format, "format");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
  }

  @Override
  public final String format() {
    return format;
  }

  /**
   * The name of the file written into an output directory.
   *
   * @return the file name, such as {@code executive-report.pdf}
   */
  public final String fileName() {
    return fileName;
  }

  /**
   * Always true: the report is one file.
   *
   * @return {@code true}
   */
  @Override
  public final boolean singleFile() {
    return true;
  }

  /**
   * Writes {@link #fileName()} into {@code directory}.
   *
   * @param input the analysis, summary and options
   * @param directory the output directory, created if missing
   * @return the file written
   * @throws ReportException when it cannot be written; the message names the file and the fix
   */
  @Override
  public List<Path> render(ReportInput input, Path directory) {
    return List.of(writeFile(input, directory));
  }

  /**
   * Writes {@code directory/}{@link #fileName()} (the directory created when missing) with {@link
   * #render(ReportInput, OutputStream)}.
   *
   * @param input the analysis, summary and options
   * @param directory the output directory
   * @return the file written
   * @throws ReportException when it cannot be written; the message names the file and the fix
   */
  protected final Path writeFile(ReportInput input, Path directory) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(directory, "directory");
    Path file = directory.resolve(fileName);
    try {
      Files.createDirectories(directory);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        render(input, out);
      }
    } catch (IOException | UncheckedIOException e) {
      throw ReportException.cannotWrite(file, e);
    }
    return file;
  }

  /**
   * Writes {@link #fileName()} as one entry of {@code sink}.
   *
   * @param input the analysis, summary and options
   * @param sink where the entry goes; not closed
   * @return the entry name
   * @throws ReportException when the entry cannot be written
   */
  @Override
  public List<String> render(ReportInput input, ReportSink sink) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sink, "sink");
    try (OutputStream out = sink.entry(fileName)) {
      render(input, out);
    } catch (IOException | UncheckedIOException e) {
      throw ReportException.cannotWrite(Path.of(fileName), e);
    }
    return List.of(fileName);
  }
}
