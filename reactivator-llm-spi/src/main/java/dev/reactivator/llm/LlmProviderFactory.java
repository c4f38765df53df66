package dev.reactivator.llm;

import java.util.Map;

/**
 * Creates a provider from environment-style configuration; found with {@link
 * java.util.ServiceLoader} (register the implementation in {@code
 * META-INF/services/dev.reactivator.llm.LlmProviderFactory}). Implementations need a public
 * no-argument constructor and must not do I/O in it.
 *
 * <p>Implementations must be stateless and thread-safe: one instance found by {@link
 * java.util.ServiceLoader} may serve concurrent look-ups.
 */
public interface LlmProviderFactory {

  /**
   * The name of the providers this factory creates; selection is by this name.
   *
   * @return a short, lower-case, non-blank name
   */
  String name();

  /**
   * Tie-breaker when several providers are available and none was chosen explicitly: the highest
   * priority wins, then the name in alphabetical order.
   *
   * @return the priority, 0 by default
   */
  default int priority() {
    return 0;
  }

  /**
   * Creates a provider. Missing settings (for example no credentials) give a provider that reports
   * itself unavailable; settings that are present but invalid fail here.
   *
   * @param configuration environment-style settings ({@code GIGACHAT_CREDENTIALS=…}); typically
   *     {@link System#getenv()}
   * @return the provider
   * @throws IllegalArgumentException if a present setting is invalid (message names the setting,
   *     never a secret value)
   */
  LlmProvider create(Map<String, String> configuration);
}
