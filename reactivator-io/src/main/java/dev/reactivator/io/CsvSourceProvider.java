package dev.reactivator.io;

import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.core.spi.TransactionSourceProvider;
import dev.reactivator.io.internal.Detection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Makes {@link CsvSource} discoverable by {@link dev.reactivator.core.Reactivator#load(Path)}:
 * accepts files named {@code .csv}, {@code .tsv} or {@code .txt}, and also Excel workbooks ({@code
 * .xlsx}, {@code .xls}, or any file starting with the ZIP or OLE signature) so that reading them
 * fails with a message explaining how to save the workbook as CSV instead of a bare "unsupported
 * format".
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvSourceProvider implements TransactionSourceProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public CsvSourceProvider() {}

  /** {@code csv}. */
  @Override
  public String name() {
    return "csv";
  }

  /** {@code csv}, {@code tsv}, {@code txt}. */
  @Override
  public List<String> formats() {
    return List.of("csv", "tsv", "txt");
  }

  /**
   * Whether the file is named like a CSV or an Excel workbook, or starts like a workbook or a ZIP
   * archive.
   */
  @Override
  public boolean accepts(Path file) {
    if (file == null || file.getFileName() == null) {
      return false;
    }
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")
        || n.endsWith(".tsv")
        || n.endsWith(".txt")
        || Detection.excelExtension(n).isPresent()) {
      return true;
    }
    byte[] head = new byte[8];
    try (InputStream in = Files.newInputStream(file)) {
      int r = in.readNBytes(head, 0, head.length);
      // an Excel workbook or another archive is taken, to be told apart and named when read
      return Detection.excelKind(head, r).isPresent() || Detection.isZip(head, r);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A {@link CsvSource} over the file. */
  @Override
  public TransactionSource open(Path file, SourceOptions options) {
    return CsvSource.of(file, options);
  }
}
