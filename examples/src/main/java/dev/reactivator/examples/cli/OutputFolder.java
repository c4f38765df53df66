package dev.reactivator.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --out} folder checked before any work: a regular file, a folder that cannot be created
 * or one that cannot be written to is a command-line error, not a failure after the analysis.
 */
final class OutputFolder {
  private OutputFolder() {}

  /** Creates {@code dir} if needed and proves it writable, or throws a one-line usage error. */
  static void check(CommandSpec spec, CliText text, Path dir) {
    Path abs = dir.toAbsolutePath();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new ParameterException(spec.commandLine(), text.get("error.out.file", abs));
    }
    try {
      Files.createDirectories(abs);
    } catch (IOException | SecurityException e) {
      throw new ParameterException(
          spec.commandLine(), text.get("error.out.create", abs, reason(e)));
    }
    try {
      // a real write, since permissions alone do not tell (ACLs, read-only mounts, root)
      Files.delete(Files.createTempFile(abs, ".reactivator-", ".tmp"));
    } catch (IOException | SecurityException e) {
      throw new ParameterException(spec.commandLine(), text.get("error.out.write", abs, reason(e)));
    }
  }

  private static String reason(Exception e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e instanceof AccessDeniedException || e instanceof SecurityException
        ? "access denied"
        : String.valueOf(e.getMessage());
  }
}
