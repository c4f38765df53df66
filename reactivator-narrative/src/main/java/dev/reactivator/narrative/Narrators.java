package dev.reactivator.narrative;

import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmException;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.LlmProviders;
import dev.reactivator.llm.Secret;
import dev.reactivator.narrative.internal.LlmNarrator;
import dev.reactivator.narrative.internal.OfflineNarrator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The narrators.
 *
 * <ul>
 * <li>{@link #offline()} writes the summary and the templates deterministically from the facts,
 * without any network access. It is the default when no provider is configured.</li>
 * <li>{@link #llm(LlmClient)} asks a language model, through the {@link PrivacyFirewall}: the
 * model sees only anonymous facts ({@code ID-0042} and aggregates), returns the six sections and
 * placeholder templates ({@code {name}}, {@code {product}}) as JSON, and names are merged locally by
 * {@link dev.reactivator.narrative.CustomerMessage}. On any {@link LlmException}, a firewall refusal or
 * an unusable answer it returns the offline summary with
 * {@link dev.reactivator.narrative.ExecutiveSummary#fallbackReason()} set (never containing
 * credentials).</li>
 * <li>{@link #select(String, Map)} picks one by provider name.</li>
 * </ul>
 */
public final class Narrators {

  /** The name of the offline narrator. */
  public static final String OFFLINE = "offline";

  private Narrators() {}

  /** The offline narrator: deterministic, Russian by default, English for an English locale. */
  public static Narrator offline() {
    return OfflineNarrator.INSTANCE;
  }

  /**
   * A narrator that asks {@code client}'s model, behind the privacy firewall, and falls back to the
   * offline narrator (recording why) on any failure.
   */
  public static Narrator llm(LlmClient client) {
    return new LlmNarrator(Objects.requireNonNull(client, "client"));
  }

  /**
   * The narrator named {@code name}: {@code "offline"} (or {@code "none"}, the LLM switched off)
   * gives {@link #offline()}; any other name is
   * looked up with {@link LlmProviders#find(String, Map)} and wrapped in {@link #llm(LlmClient)}. If
   * the provider cannot be created (not installed, invalid settings) or is not available (for
   * example no credentials), the result writes offline summaries whose fallback reason says why.
   *
   * @param name {@code "offline"}, {@code "none"} or a provider name, case-insensitive
   * @param configuration environment-style provider settings (typically {@link System#getenv()})
   */
  public static Narrator select(String name, Map<String, String> configuration) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(configuration, "configuration");
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals(OFFLINE) || n.equals("none")) {
      return offline();
    }
    LlmProvider provider;
    try {
      provider = LlmProviders.find(n, configuration);
    } catch (LlmException | IllegalArgumentException e) {
      return OfflineNarrator.because(scrub("LLM provider '" + n + "' cannot be used: " + LlmNarrator.describe(e),
          configuration));
    }
    if (!provider.isAvailable()) {
      return OfflineNarrator.because(scrub("LLM provider '" + provider.name() + "' is not available: "
          + provider.availability().reason().orElse("no reason given"), configuration));
    }
    return llm(LlmClient.of(provider));
  }

  /** {@code reason} with the value of every secret-looking setting masked (defence in depth). */
  private static String scrub(String reason, Map<String, String> configuration) {
    String out = reason;
    for (Map.Entry<String, String> e : configuration.entrySet()) {
      String key = e.getKey() == null ? "" : e.getKey().toUpperCase(Locale.ROOT);
      String value = e.getValue();
      if (value != null && value.strip().length() >= 4
          && (key.contains("KEY") || key.contains("SECRET") || key.contains("TOKEN") || key.contains("PASSWORD")
              || key.contains("CREDENTIAL") || key.contains("AUTH"))) {
        out = out.replace(value.strip(), Secret.mask(value.strip()));
      }
    }
    return out;
  }
}
