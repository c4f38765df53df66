package dev.reactivator.core;

import dev.reactivator.core.spi.TransactionSourceProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Consumer;

/**
 * The rules behind {@link Reactivator#sourceProviders()} and {@link Reactivator#load(Path)}, apart
 * from {@link java.util.ServiceLoader} and the process environment so that they can be tested: an
 * explicit choice (argument, then {@value Reactivator#SOURCE_PROPERTY}, then {@value
 * Reactivator#SOURCE_ENV}), else the providers that accept the file by priority, then name. Broken
 * and duplicate providers are reported to a warning sink and skipped.
 */
final class SourceDiscovery {

  private static final int MAX_BROKEN = 256;

  private SourceDiscovery() {}

  /**
   * Drains {@code services}: broken providers and second providers of a name are skipped and
   * reported.
   */
  static List<TransactionSourceProvider> load(
      Iterator<TransactionSourceProvider> services, Consumer<String> warn) {
    Map<String, TransactionSourceProvider> byName = new LinkedHashMap<>();
    int broken = 0;
    while (broken < MAX_BROKEN) {
      TransactionSourceProvider p;
      String name;
      try {
        if (!services.hasNext()) {
          break;
        }
        p = services.next();
        name = p.name();
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        broken++;
        warn.accept("Skipping a broken TransactionSourceProvider: " + e);
        continue;
      }
      TransactionSourceProvider previous = byName.putIfAbsent(name, p);
      if (previous != null) {
        warn.accept(
            "Two source providers are named '"
                + name
                + "': using "
                + previous.getClass().getName()
                + ", ignoring "
                + p.getClass().getName());
      }
    }
    List<TransactionSourceProvider> found = new ArrayList<>(byName.values());
    found.sort(Comparator.comparing(TransactionSourceProvider::name));
    return List.copyOf(found);
  }

  /**
   * The explicit choice: {@code explicit}, else the system property, else the environment variable.
   */
  static Optional<String> requested(Optional<String> explicit, Map<String, String> environment) {
    return explicit
        .or(() -> Optional.ofNullable(System.getProperty(Reactivator.SOURCE_PROPERTY)))
        .or(() -> Optional.ofNullable(environment.get(Reactivator.SOURCE_ENV)))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /**
   * The provider for {@code file}: the requested one if installed (else a warning and detection),
   * else the accepting provider of highest priority, then first by name; empty when none accepts.
   */
  static Optional<TransactionSourceProvider> choose(
      List<TransactionSourceProvider> providers,
      Path file,
      Optional<String> requested,
      Consumer<String> warn) {
    if (requested.isPresent()) {
      for (TransactionSourceProvider p : providers) {
        if (p.name().equals(requested.get())) {
          return Optional.of(p);
        }
      }
      warn.accept(
          "Source provider '"
              + requested.get()
              + "' is not installed; installed: "
              + providers.stream().map(TransactionSourceProvider::name).toList()
              + "; detecting the format instead");
    }
    List<TransactionSourceProvider> accepting = new ArrayList<>();
    for (TransactionSourceProvider p : providers) {
      try {
        if (p.accepts(file)) {
          accepting.add(p);
        }
      } catch (RuntimeException e) {
        warn.accept(
            "Source provider "
                + p.name()
                + " failed on accepts("
                + file.getFileName()
                + "), skipped: "
                + e);
      }
    }
    accepting.sort(
        Comparator.comparingInt(TransactionSourceProvider::priority)
            .reversed()
            .thenComparing(TransactionSourceProvider::name));
    return accepting.stream().findFirst();
  }
}
