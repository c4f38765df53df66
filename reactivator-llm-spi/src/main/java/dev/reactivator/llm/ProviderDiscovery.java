package dev.reactivator.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules behind {@link dev.reactivator.llm.LlmProviders}, separated from {@link
 * java.util.ServiceLoader} so they can be tested with any list of factories. Package-private: not
 * API.
 */
final class ProviderDiscovery {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderDiscovery.class);
  private static final int MAX_BROKEN = 256;

  /** Values of the requested name that switch the LLM off (offline narrator). */
  public static final List<String> OFF_VALUES = List.of("none", "offline", "off");

  private ProviderDiscovery() {}

  /**
   * Drains a service iterator, logging and skipping factories that cannot be loaded or that have a
   * blank or duplicate name.
   *
   * @param services the iterator (typically from {@code ServiceLoader})
   * @return usable factories sorted by name
   */
  public static List<LlmProviderFactory> load(Iterator<LlmProviderFactory> services) {
    Map<String, LlmProviderFactory> byName = new LinkedHashMap<>();
    int broken = 0;
    while (broken < MAX_BROKEN) {
      LlmProviderFactory factory;
      try {
        if (!services.hasNext()) {
          break;
        }
        factory = services.next();
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        broken++;
        LOG.warn("Skipping a broken LLM provider: {}", e.toString());
        continue;
      }
      String name;
      try {
        name = factory.name();
      } catch (RuntimeException e) {
        LOG.warn(
            "Skipping LLM provider factory {}: name() failed: {}",
            factory.getClass().getName(),
            e.toString());
        continue;
      }
      if (name == null || name.isBlank()) {
        LOG.warn("Skipping LLM provider factory {}: blank name", factory.getClass().getName());
        continue;
      }
      String key = name.toLowerCase(Locale.ROOT);
      LlmProviderFactory previous = byName.putIfAbsent(key, factory);
      if (previous != null) {
        LOG.warn(
            "Two LLM provider factories are named '{}': using {}, ignoring {}",
            name,
            previous.getClass().getName(),
            factory.getClass().getName());
      }
    }
    List<LlmProviderFactory> result = new ArrayList<>(byName.values());
    result.sort(Comparator.comparing(f -> f.name().toLowerCase(Locale.ROOT)));
    return List.copyOf(result);
  }

  /**
   * Creates the provider with the given name.
   *
   * @param factories installed factories
   * @param name the name (case-insensitive)
   * @param config environment-style configuration
   * @return the provider, available or not
   * @throws LlmUnavailableException if no factory has that name (listing the installed ones) or the
   *     factory fails
   */
  public static LlmProvider find(
      List<LlmProviderFactory> factories, String name, Map<String, String> config) {
    LlmProviderFactory factory =
        factories.stream()
            .filter(f -> f.name().equalsIgnoreCase(name.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    new LlmUnavailableException(
                        "No LLM provider named '"
                            + name.strip()
                            + "' is installed; installed: "
                            + names(factories)));
    return create(factory, config);
  }

  /**
   * Chooses a provider: by {@code requested} name if present; otherwise the only available one;
   * otherwise (several available) the one with the highest priority, then the first by name.
   *
   * @param factories installed factories
   * @param requested an explicit name ({@code none}/{@code offline}/{@code off} switch the LLM off)
   * @param config environment-style configuration
   * @return the selection
   * @throws LlmUnavailableException if a requested name is not installed or its factory fails
   */
  public static LlmSelection select(
      List<LlmProviderFactory> factories, Optional<String> requested, Map<String, String> config) {
    List<String> installed = names(factories);
    Optional<String> name = requested.map(String::strip).filter(s -> !s.isEmpty());
    if (name.isPresent()) {
      if (OFF_VALUES.contains(name.get().toLowerCase(Locale.ROOT))) {
        return new LlmSelection(
            Optional.empty(), installed, "LLM switched off (reactivator.llm=" + name.get() + ")");
      }
      LlmProvider p = find(factories, name.get(), config);
      if (!p.isAvailable()) {
        String why =
            "LLM provider '"
                + p.name()
                + "' is not available: "
                + p.availability().reason().orElse("");
        LOG.warn(why);
        return new LlmSelection(Optional.empty(), installed, why);
      }
      LOG.info("Using LLM provider '{}' (requested; installed: {})", p.name(), installed);
      return new LlmSelection(
          Optional.of(p), installed, "LLM provider '" + p.name() + "' (requested)");
    }
    if (factories.isEmpty()) {
      LOG.warn("No LLM provider installed; the offline narrator will be used");
      return new LlmSelection(Optional.empty(), installed, "no LLM provider installed");
    }
    List<LlmProvider> available = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<LlmProviderFactory> usable = new ArrayList<>();
    for (LlmProviderFactory f : factories) {
      LlmProvider p;
      try {
        p = create(f, config);
      } catch (LlmUnavailableException e) {
        LOG.warn("Skipping LLM provider '{}': {}", f.name(), e.getMessage());
        reasons.add(e.getMessage());
        continue;
      }
      if (p.isAvailable()) {
        available.add(p);
        usable.add(f);
      } else {
        reasons.add(p.name() + ": " + p.availability().reason().orElse(""));
      }
    }
    if (available.isEmpty()) {
      String why = "no LLM provider is available (" + String.join("; ", reasons) + ")";
      LOG.warn("{}; the offline narrator will be used", why);
      return new LlmSelection(Optional.empty(), installed, why);
    }
    int best = 0;
    for (int i = 1; i < available.size(); i++) {
      if (usable.get(i).priority() > usable.get(best).priority()) {
        best = i; // factories are sorted by name, so ties keep the first name
      }
    }
    LlmProvider chosen = available.get(best);
    if (available.size() > 1) {
      List<String> availableNames =
          available.stream().map(LlmProvider::name).collect(Collectors.toList());
      LOG.warn(
          "Several LLM providers are available: {}; using '{}'. Choose one with -Dreactivator.llm=<name>",
          availableNames,
          chosen.name());
      return new LlmSelection(
          Optional.of(chosen),
          installed,
          "LLM provider '" + chosen.name() + "' (first of the available " + availableNames + ")");
    }
    LOG.info("Using LLM provider '{}' (installed: {})", chosen.name(), installed);
    return new LlmSelection(
        Optional.of(chosen),
        installed,
        "LLM provider '" + chosen.name() + "' (the only available one)");
  }

  private static LlmProvider create(LlmProviderFactory factory, Map<String, String> config) {
    LlmProvider p;
    try {
      p = factory.create(Map.copyOf(config));
    } catch (RuntimeException | LinkageError e) {
      throw new LlmUnavailableException(
          "LLM provider '" + factory.name() + "' could not be created: " + e.getMessage(), e);
    }
    if (p == null) {
      throw new LlmUnavailableException(
          "LLM provider '" + factory.name() + "' could not be created: factory returned null");
    }
    return p;
  }

  private static List<String> names(List<LlmProviderFactory> factories) {
    return factories.stream().map(LlmProviderFactory::name).collect(Collectors.toList());
  }
}
