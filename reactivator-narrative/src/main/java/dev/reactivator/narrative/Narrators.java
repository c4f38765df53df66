package dev.reactivator.narrative;

import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmException;
import dev.reactivator.llm.LlmProviders;
import dev.reactivator.llm.LlmSelection;
import dev.reactivator.llm.Secret;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The narrators.
 *
 * <ul>
 *   <li>{@link #offline()} writes the summary and the templates deterministically from the facts,
 *       without any network access. It is the default when no provider is configured.
 *   <li>{@link #llm(LlmClient)} asks a language model, through the {@link PrivacyFirewall}: the
 *       model sees only anonymous facts ({@code ID-0042} and aggregates), returns the six sections
 *       and placeholder templates ({@code {name}}, {@code {product}}) as JSON, and names are merged
 *       locally by {@link dev.reactivator.narrative.CustomerMessage}. On any {@link LlmException},
 *       a firewall refusal or an unusable answer it returns the offline summary with {@link
 *       dev.reactivator.narrative.ExecutiveSummary#fallbackReason()} set (never containing
 *       credentials).
 *   <li>{@link #select(Optional, Map)} picks one through {@link LlmProviders#select(Optional,
 *       Map)}: the explicit name, the {@code reactivator.llm} property, the {@code REACTIVATOR_LLM}
 *       variable, the installed providers, the offline narrator.
 * </ul>
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class Narrators {

  /** The name of the offline narrator. */
  public static final String OFFLINE = "offline";

  private Narrators() {}

  /**
   * The offline narrator: deterministic, Russian by default, English for an English locale.
   *
   * @return the offline narrator: deterministic, Russian by default, English for an English locale
   */
  public static Narrator offline() {
    return OfflineNarrator.INSTANCE;
  }

  /**
   * A narrator that asks {@code client}'s model, behind the privacy firewall, and falls back to the
   * offline narrator (recording why) on any failure.
   *
   * @param client the LLM client to ask
   * @return a narrator that asks {@code client}'s model, behind the privacy firewall, and falls
   *     back to the offline narrator (recording why) on any failure
   */
  public static Narrator llm(LlmClient client) {
    return new LlmNarrator(Objects.requireNonNull(client, "client"));
  }

  /**
   * The narrator named {@code name}, an explicit choice that wins over {@value
   * LlmProviders#PROPERTY} and {@value LlmProviders#ENV}; see {@link #select(Optional, Map)}.
   *
   * @param name {@code "offline"}, {@code "none"} or a provider name, case-insensitive
   * @param configuration environment-style provider settings (typically {@link System#getenv()})
   * @return the narrator
   */
  public static Narrator select(String name, Map<String, String> configuration) {
    return select(Optional.of(Objects.requireNonNull(name, "name")), configuration);
  }

  /**
   * The narrator chosen by {@link LlmProviders#select(Optional, Map)}: {@code name} if given, else
   * the system property {@value LlmProviders#PROPERTY}, else {@value LlmProviders#ENV} in {@code
   * configuration}, else the only (or the highest-priority) available installed provider, else
   * {@link #offline()}.
   *
   * <p>{@code "offline"}, {@code "none"} or {@code "off"} give {@link #offline()}. If a requested
   * provider cannot be created (not installed, invalid settings) or is not available (for example
   * no credentials), the result writes offline summaries whose fallback reason says why; with no
   * request and no available provider it is simply {@link #offline()}.
   *
   * @param name the explicit choice, if any, case-insensitive
   * @param configuration environment-style provider settings (typically {@link System#getenv()})
   * @return the narrator
   */
  public static Narrator select(Optional<String> name, Map<String, String> configuration) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(configuration, "configuration");
    Optional<String> requested =
        name.map(String::strip)
            .filter(s -> !s.isEmpty())
            .or(() -> LlmProviders.requested(configuration));
    if (requested.isPresent() && LlmProviders.switchesOff(requested.get())) {
      return offline();
    }
    LlmSelection selection;
    try {
      selection = LlmProviders.select(requested, configuration);
    } catch (LlmException | IllegalArgumentException e) {
      String n = requested.orElse("").toLowerCase(Locale.ROOT);
      return OfflineNarrator.because(
          scrub(
              "LLM provider '" + n + "' cannot be used: " + LlmNarrator.describe(e),
              configuration));
    }
    if (selection.provider().isPresent()) {
      return llm(LlmClient.of(selection.provider().get()));
    }
    return requested.isPresent()
        ? OfflineNarrator.because(scrub(selection.explanation(), configuration))
        : offline();
  }

  /** {@code reason} with the value of every secret-looking setting masked (defence in depth). */
  private static String scrub(String reason, Map<String, String> configuration) {
    String out = reason;
    for (Map.Entry<String, String> e : configuration.entrySet()) {
      String key = e.getKey() == null ? "" : e.getKey().toUpperCase(Locale.ROOT);
      String value = e.getValue();
      if (value != null
          && value.strip().length() >= 4
          && (key.contains("KEY")
              || key.contains("SECRET")
              || key.contains("TOKEN")
              || key.contains("PASSWORD")
              || key.contains("CREDENTIAL")
              || key.contains("AUTH"))) {
        out = out.replace(value.strip(), Secret.mask(value.strip()));
      }
    }
    return out;
  }
}
