package dev.reactivator.report.internal;

import dev.reactivator.report.ReportSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** {@link ReportSink#directory(Path)}: each entry a file under the directory. */
public final class DirectorySink implements ReportSink {
  private final Path directory;

  /**
   * Creates the sink.
   *
   * @param directory the output directory, created when missing
   */
  public DirectorySink(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * The file an entry is written to.
   *
   * @param name the entry's relative name
   * @return the file under the directory
   */
  public Path file(String name) {
    return directory.resolve(checked(name));
  }

  @Override
  public OutputStream entry(String name) throws IOException {
    Path file = file(name);
    Files.createDirectories(file.toAbsolutePath().getParent());
    return new BufferedOutputStream(Files.newOutputStream(file));
  }

  @Override
  public void close() {}

  /** {@code name} when it is a relative name without {@code ..}. */
  static String checked(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()
        || name.startsWith("/")
        || name.contains("\\")
        || name.contains(":")
        || ("/" + name + "/").contains("/../")) {
      throw new IllegalArgumentException("Not a relative entry name: " + name);
    }
    return name;
  }
}
