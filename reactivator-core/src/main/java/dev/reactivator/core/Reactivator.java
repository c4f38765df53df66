package dev.reactivator.core;

import dev.reactivator.core.internal.Messages;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.core.spi.TransactionSourceProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the Reactivator library.
 *
 * <pre>{@code
 * CustomerBase base = Reactivator.load(Path.of("export.csv")).asOf(LocalDate.of(2026, 1, 31)).base();
 * }</pre>
 *
 * <p>Each stage returns an immutable value that offers only the legal next steps.
 *
 * <p>Stateless and thread-safe; every stage it returns is immutable.
 */
public final class Reactivator {
  /** System property naming the source provider to use for files, overriding discovery. */
  public static final String SOURCE_PROPERTY = "reactivator.source";

  /**
   * Environment variable naming the source provider to use for files (the system property wins).
   */
  public static final String SOURCE_ENV = "REACTIVATOR_SOURCE";

  private static final Logger LOG = LoggerFactory.getLogger(Reactivator.class);

  private Reactivator() {}

  /**
   * Starts an analysis of {@code source}.
   *
   * @param source the purchase rows to analyse
   * @return the load stage, to be configured and run with {@code asOf}
   * @throws NullPointerException if {@code source} is null
   */
  public static LoadStage load(TransactionSource source) {
    return LoadStage.of(Objects.requireNonNull(source, "source"));
  }

  /**
   * Starts an analysis of a file, read by the first installed {@link TransactionSourceProvider}
   * that accepts it (the {@value #SOURCE_PROPERTY} system property or the {@value #SOURCE_ENV}
   * environment variable can name one).
   *
   * @param file the CRM export to analyse
   * @return the load stage, to be configured and run with {@code asOf}
   * @throws InputException when the file does not exist
   * @throws UnsupportedFormatException when no provider accepts it; the message lists the formats
   */
  public static LoadStage load(Path file) {
    return load(file, SourceOptions.defaults());
  }

  /**
   * As {@link #load(Path)}, with options such as a forced delimiter, encoding or column mapping.
   *
   * @param file the CRM export to analyse
   * @param options how to read the file
   * @return the load stage, to be configured and run with {@code asOf}
   * @throws InputException when the file does not exist
   * @throws UnsupportedFormatException when no provider accepts it
   * @throws NullPointerException if an argument is null
   */
  public static LoadStage load(Path file, SourceOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    return load(sourceFor(file, options, Locale.forLanguageTag("ru")));
  }

  /**
   * As {@link #load(Path, SourceOptions)}, read by the source provider named {@code provider} (an
   * explicit choice that wins over {@value #SOURCE_PROPERTY} and {@value #SOURCE_ENV}); a name that
   * is not installed is logged and the format detected instead.
   *
   * @param file the file to read
   * @param options the source options
   * @param provider the name of the source provider to use
   * @return the load stage
   */
  public static LoadStage load(Path file, SourceOptions options, String provider) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(provider, "provider");
    return load(sourceFor(file, options, Locale.forLanguageTag("ru"), Optional.of(provider)));
  }

  /**
   * The installed source providers, sorted by name; a provider that fails to load is logged (naming
   * it and why) and skipped, and of two providers with the same name the first is used and both are
   * named in a warning.
   *
   * @return the providers
   */
  public static List<TransactionSourceProvider> sourceProviders() {
    return SourceDiscovery.load(
        ServiceLoader.load(TransactionSourceProvider.class).iterator(), LOG::warn);
  }

  static TransactionSource sourceFor(Path file, SourceOptions options, Locale locale) {
    return sourceFor(file, options, locale, Optional.empty());
  }

  private static TransactionSource sourceFor(
      Path file, SourceOptions options, Locale locale, Optional<String> provider) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name, Messages.get(locale, "source.folder", file));
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(name, Messages.get(locale, "source.notFound", file));
    }
    List<TransactionSourceProvider> providers = sourceProviders();
    Optional<TransactionSourceProvider> chosen =
        SourceDiscovery.choose(
            providers, file, SourceDiscovery.requested(provider, System.getenv()), LOG::warn);
    if (chosen.isEmpty()) {
      TreeSet<String> formats = new TreeSet<>();
      providers.forEach(p -> formats.addAll(p.formats()));
      String list = formats.isEmpty() ? "—" : String.join(", ", formats);
      throw new UnsupportedFormatException(
          name, Messages.get(locale, "source.none", name, list), List.copyOf(formats));
    }
    return chosen.get().open(file, options);
  }
}
