package dev.reactivator.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a {@link ReportInput} in one format. Implementations are discovered with {@link
 * java.util.ServiceLoader} (register them in {@code
 * META-INF/services/dev.reactivator.report.ReportRenderer}) and looked up by {@link #format()}
 * through {@link ReportRenderers}. Implementations are stateless and thread-safe.
 */
public interface ReportRenderer {

  /**
   * The format name, lower case, such as {@code "html"}; unique among installed renderers.
   *
   * @return the format name, lower case, such as {@code "html"}; unique among installed renderers
   */
  String format();

  /**
   * Whether the format is one file, so that {@link #render(ReportInput, OutputStream)} works.
   *
   * @return whether the format is one file, so that {@link #render(ReportInput, OutputStream)}
   *     works
   */
  boolean singleFile();

  /**
   * Whether the report links to the other files of its run (the dashboard's downloads panel):
   * {@link ReportRenderers#renderAll} then renders it after every other renderer and hands it the
   * files they wrote in {@link ReportOptions#exports()}. False unless overridden.
   *
   * @return whether the report links to the files the other renderers of the run wrote
   */
  default boolean linksExports() {
    return false;
  }

  /**
   * Writes the report into {@code directory} (created when missing).
   *
   * @param input the analysis and the texts to render
   * @param directory the directory to write the report files into
   * @return the files written, in the order written
   * @throws ReportException when a file cannot be written; the message names the file
   */
  List<Path> render(ReportInput input, Path directory);

  /**
   * Writes a single-file report to {@code out}, which is not closed.
   *
   * @param input the analysis and the texts to render
   * @param out the stream to write the report to
   * @throws UnsupportedOperationException when the format is several files ({@link #singleFile()}
   *     is false)
   * @throws ReportException when the stream cannot be written
   */
  void render(ReportInput input, OutputStream out);

  /**
   * Writes the report's files as entries of {@code sink} (a directory or a ZIP stream), with the
   * names {@link #render(ReportInput, Path)} gives them relative to its directory. The built-in
   * renderers all implement it; a third-party renderer that does not throws.
   *
   * @param input the analysis and the texts to render
   * @param sink where the entries go; not closed
   * @return the entry names written, in the order written
   * @throws UnsupportedOperationException when the renderer writes only to a directory
   * @throws ReportException when an entry cannot be written
   */
  default List<String> render(ReportInput input, ReportSink sink) {
    throw new UnsupportedOperationException(
        "the " + format() + " renderer writes only to a directory");
  }
}
