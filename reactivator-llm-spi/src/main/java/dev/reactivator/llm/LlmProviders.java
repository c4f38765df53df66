package dev.reactivator.llm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds LLM providers on the class path, shaped like SLF4J's provider lookup.
 *
 * <p>Factories ({@link LlmProviderFactory}) are found with {@link ServiceLoader}; a factory that
 * cannot be loaded or created is logged and skipped. {@link #select()} chooses:
 *
 * <ol>
 *   <li>the provider named by the system property {@value #PROPERTY}, else by the configuration key
 *       {@value #ENV} — an unknown name is an error listing the installed providers; {@code none}
 *       switches the LLM off; a named provider that is not configured gives no provider, with the
 *       reason;
 *   <li>else the only available provider;
 *   <li>else, if several are available, the highest {@link LlmProviderFactory#priority()}, then the
 *       first by name — all of them are listed and the chosen one named in a log line;
 *   <li>else none: callers fall back to the offline narrator.
 * </ol>
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class LlmProviders {

  /** System property naming the provider to use. */
  public static final String PROPERTY = "reactivator.llm";

  /** Environment / configuration key naming the provider to use (the system property wins). */
  public static final String ENV = "REACTIVATOR_LLM";

  private LlmProviders() {}

  /**
   * Every installed provider factory, sorted by name.
   *
   * @return the factories (broken ones skipped)
   */
  public static List<LlmProviderFactory> installed() {
    return ProviderDiscovery.load(ServiceLoader.load(LlmProviderFactory.class).iterator());
  }

  /**
   * The provider with this name, configured from the process environment.
   *
   * @param name the provider name, case-insensitive
   * @return the provider (check {@link LlmProvider#availability()})
   * @throws LlmUnavailableException if no such provider is installed (the message lists the
   *     installed ones) or it cannot be created
   */
  public static LlmProvider find(String name) {
    return find(name, System.getenv());
  }

  /**
   * The provider with this name, configured from {@code configuration}.
   *
   * @param name the provider name, case-insensitive
   * @param configuration environment-style settings
   * @return the provider
   * @throws LlmUnavailableException if no such provider is installed or it cannot be created
   */
  public static LlmProvider find(String name, Map<String, String> configuration) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(configuration, "configuration");
    return ProviderDiscovery.find(installed(), name, configuration);
  }

  /**
   * Chooses a provider by the rules in the class description, configured from the process
   * environment.
   *
   * @return the selection; its provider is empty when the offline narrator should be used
   * @throws LlmUnavailableException if an explicitly requested provider is not installed
   */
  public static LlmSelection select() {
    return select(System.getenv());
  }

  /**
   * Chooses a provider by the rules in the class description.
   *
   * @param configuration environment-style settings (also read for {@value #ENV})
   * @return the selection
   * @throws LlmUnavailableException if an explicitly requested provider is not installed
   */
  public static LlmSelection select(Map<String, String> configuration) {
    Objects.requireNonNull(configuration, "configuration");
    return ProviderDiscovery.select(installed(), requested(configuration), configuration);
  }

  /**
   * The provider name asked for outside the code: the system property {@value #PROPERTY}, else the
   * configuration key {@value #ENV}.
   *
   * @param configuration environment-style settings
   * @return the requested name, stripped, if a non-blank one is set
   */
  public static Optional<String> requested(Map<String, String> configuration) {
    Objects.requireNonNull(configuration, "configuration");
    return Optional.ofNullable(System.getProperty(PROPERTY))
        .or(() -> Optional.ofNullable(configuration.get(ENV)))
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /**
   * Whether {@code name} switches the LLM off ({@code none}, {@code offline} or {@code off}, any
   * case).
   *
   * @param name a requested provider name
   * @return true for a name that asks for no LLM
   */
  public static boolean switchesOff(String name) {
    Objects.requireNonNull(name, "name");
    return ProviderDiscovery.OFF_VALUES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Chooses the named provider, or by the rules above if {@code name} is empty.
   *
   * @param name the explicit choice, if any (wins over the system property)
   * @param configuration environment-style settings
   * @return the selection
   * @throws LlmUnavailableException if the requested provider is not installed
   */
  public static LlmSelection select(Optional<String> name, Map<String, String> configuration) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(configuration, "configuration");
    if (name.isEmpty()) {
      return select(configuration);
    }
    return ProviderDiscovery.select(installed(), name, configuration);
  }
}
