package dev.reactivator.core;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.internal.Messages;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.core.spi.TransactionSourceProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceConfigurationError;
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
 */
public final class Reactivator {
  /** System property naming the source provider to use for files, overriding discovery. */
  public static final String SOURCE_PROPERTY = "reactivator.source";

  private static final Logger LOG = LoggerFactory.getLogger(Reactivator.class);

  private Reactivator() {}

  /** Starts an analysis of {@code source}. */
  public static LoadStage load(TransactionSource source) {
    return LoadStage.of(Objects.requireNonNull(source, "source"));
  }

  /**
   * Starts an analysis of a file, read by the first installed {@link TransactionSourceProvider}
   * that accepts it (the {@value #SOURCE_PROPERTY} system property can name one).
   *
   * @throws InputException when the file does not exist
   * @throws UnsupportedFormatException when no provider accepts it; the message lists the formats
   */
  public static LoadStage load(Path file) {
    return load(file, SourceOptions.defaults());
  }

  /** As {@link #load(Path)}, with options such as a forced delimiter, encoding or column mapping. */
  public static LoadStage load(Path file, SourceOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    return load(sourceFor(file, options, Locale.forLanguageTag("ru")));
  }

  /** The installed source providers, sorted by name; broken ones are logged and skipped. */
  public static List<TransactionSourceProvider> sourceProviders() {
    List<TransactionSourceProvider> found = new ArrayList<>();
    Iterator<TransactionSourceProvider> it = ServiceLoader.load(TransactionSourceProvider.class).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError e) {
        LOG.warn("Skipping a broken TransactionSourceProvider: {}", e.getMessage());
      }
    }
    found.sort(Comparator.comparing(TransactionSourceProvider::name));
    return List.copyOf(found);
  }

  static TransactionSource sourceFor(Path file, SourceOptions options, Locale locale) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new InputException(name, Messages.get(locale, "source.notFound", file));
    }
    List<TransactionSourceProvider> providers = sourceProviders();
    String forced = System.getProperty(SOURCE_PROPERTY);
    TreeSet<String> formats = new TreeSet<>();
    providers.forEach(p -> formats.addAll(p.formats()));
    if (forced != null && !forced.isBlank()) {
      for (TransactionSourceProvider p : providers) {
        if (p.name().equals(forced.strip())) {
          return p.open(file, options);
        }
      }
      LOG.warn("{}={} names no installed source provider; installed: {}", SOURCE_PROPERTY, forced, providers.stream().map(TransactionSourceProvider::name).toList());
    }
    List<TransactionSourceProvider> accepting = new ArrayList<>();
    for (TransactionSourceProvider p : providers) {
      try {
        if (p.accepts(file)) {
          accepting.add(p);
        }
      } catch (RuntimeException e) {
        LOG.warn("Source provider {} failed on accepts({}), skipped: {}", p.name(), name, e.toString());
      }
    }
    if (accepting.isEmpty()) {
      String list = formats.isEmpty() ? "—" : String.join(", ", formats);
      throw new UnsupportedFormatException(name, Messages.get(locale, "source.none", name, list), List.copyOf(formats));
    }
    accepting.sort(Comparator.comparingInt(TransactionSourceProvider::priority).reversed().thenComparing(TransactionSourceProvider::name));
    if (accepting.size() > 1) {
      LOG.debug("Several source providers accept {}: {}; using {}", name, accepting.stream().map(TransactionSourceProvider::name).toList(), accepting.get(0).name());
    }
    return accepting.get(0).open(file, options);
  }
}
