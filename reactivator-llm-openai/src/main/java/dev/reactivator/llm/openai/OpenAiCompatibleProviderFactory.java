package dev.reactivator.llm.openai;

import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.LlmProviderFactory;
import java.util.Map;

/**
 * Creates {@link OpenAiCompatibleProvider}s from {@code OPENAI_COMPATIBLE_*} settings; registered
 * for {@link java.util.ServiceLoader} in {@code
 * META-INF/services/dev.reactivator.llm.LlmProviderFactory} under the name {@value
 * OpenAiCompatibleProvider#NAME}, so {@code LlmProviders.find("openai-compatible")} and {@code
 * Narrators.select("openai-compatible", System.getenv())} find it once this jar is on the class
 * path.
 *
 * <p>Stateless and thread-safe.
 */
public final class OpenAiCompatibleProviderFactory implements LlmProviderFactory {

  /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
  public OpenAiCompatibleProviderFactory() {}

  @Override
  public String name() {
    return OpenAiCompatibleProvider.NAME;
  }

  @Override
  public LlmProvider create(Map<String, String> configuration) {
    return OpenAiCompatibleProvider.fromEnvironment(configuration);
  }
}
