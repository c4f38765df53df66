package dev.reactivator.llm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of choosing a provider with {@link LlmProviders#select()}: the provider (if any) and
 * a one-line explanation fit for the report ("which writer produced this summary, and why").
 *
 * <p>Immutable and thread-safe.
 *
 * @param provider the chosen, available provider; empty means "use the offline narrator"
 * @param installed names of every provider that could be created, in alphabetical order
 * @param explanation why this provider, or why none
 */
public record LlmSelection(
    Optional<LlmProvider> provider, List<String> installed, String explanation) {

  /**
   * Creates a selection.
   *
   * @param provider the chosen provider
   * @param installed installed provider names
   * @param explanation the explanation
   */
  public LlmSelection {
    Objects.requireNonNull(provider, "provider");
    installed = List.copyOf(Objects.requireNonNull(installed, "installed"));
    Objects.requireNonNull(explanation, "explanation");
  }
}
