package dev.reactivator.llm.gigachat;

import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.LlmProviderFactory;
import java.util.Map;

/**
 * Creates {@link GigaChatProvider}s from environment-style settings ({@code GIGACHAT_*}, see {@link
 * GigaChatProvider#fromEnvironment(Map)}); registered for {@link java.util.ServiceLoader} under the
 * name {@value GigaChatProvider#NAME}.
 *
 * <p>Stateless and thread-safe.
 */
public final class GigaChatProviderFactory implements LlmProviderFactory {

  /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
  public GigaChatProviderFactory() {}

  @Override
  public String name() {
    return GigaChatProvider.NAME;
  }

  @Override
  public LlmProvider create(Map<String, String> configuration) {
    return GigaChatProvider.fromEnvironment(configuration);
  }
}
