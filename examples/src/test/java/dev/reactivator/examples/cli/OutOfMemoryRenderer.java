package dev.reactivator.examples.cli;

import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportRenderer;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A renderer that runs out of memory the way a renderer holding too much does: it throws {@link
 * OutOfMemoryError}. Installed through {@code ServiceLoader} only where a test adds {@code
 * oom-renderer/} of the test resources to the context class loader ({@code StagesCliTest}).
 */
public final class OutOfMemoryRenderer implements ReportRenderer {

  /** The format that selects it: {@code --formats memory-test}. */
  public static final String FORMAT = "memory-test";

  /** For {@code ServiceLoader}. */
  public OutOfMemoryRenderer() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean singleFile() {
    return true;
  }

  @Override
  public List<Path> render(ReportInput input, Path directory) {
    throw new OutOfMemoryError("Java heap space");
  }

  @Override
  public void render(ReportInput input, OutputStream out) {
    throw new OutOfMemoryError("Java heap space");
  }
}
