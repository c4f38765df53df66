package dev.reactivator.examples.cli;

import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.io.jdbc.JdbcSource;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code analyze --jdbc URL --query SQL}: the JDBC source from the command line, with the
 * credentials from the environment. Kept apart from {@link AnalyzeCommand} so that the file path
 * stays as it was.
 */
final class JdbcCli {
  /** The environment variable holding the database user. */
  static final String USER_ENV = "REACTIVATOR_JDBC_USER";

  /** The environment variable holding the database password. */
  static final String PASSWORD_ENV = "REACTIVATOR_JDBC_PASSWORD";

  private JdbcCli() {}

  /** The FILE of an analysis without {@code --jdbc}, or a usage error when it is missing. */
  static Path requireFile(CommandSpec spec, CliText text, Path file, String query) {
    if (query != null) {
      throw new ParameterException(spec.commandLine(), text.get("error.jdbc.queryAlone"));
    }
    if (file == null) {
      throw new ParameterException(spec.commandLine(), text.get("error.jdbc.noFile"));
    }
    return file;
  }

  /** The source for {@code --jdbc url --query sql}, or a usage error naming the fix. */
  static JdbcSource source(
      CommandSpec spec, CliText text, String url, String query, SourceOptions options, Path file) {
    if (file != null) {
      throw new ParameterException(spec.commandLine(), text.get("error.jdbc.both", file));
    }
    if (query == null || query.isBlank()) {
      throw new ParameterException(spec.commandLine(), text.get("error.jdbc.noQuery"));
    }
    if (options.delimiter().isPresent() || options.encoding().isPresent()) {
      throw new ParameterException(spec.commandLine(), text.get("error.jdbc.fileOptions"));
    }
    try {
      return JdbcSource.url(url)
          .credentials(System.getenv(USER_ENV), System.getenv(PASSWORD_ENV))
          .query(query)
          .options(options)
          .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), text.get("error.jdbc.url", CliText.quoted(e.getMessage())));
    }
  }
}
