package dev.reactivator.llm;

import java.util.OptionalInt;

/**
 * Tokens billed for one chat call.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inputTokens tokens of the prompt (all messages sent)
 * @param outputTokens tokens generated
 * @param totalTokens total tokens as reported by the provider
 * @param cachedInputTokens prompt tokens served from the provider's cache, when the provider
 *     reports them (GigaChat {@code precached_prompt_tokens})
 */
public record TokenUsage(
    int inputTokens, int outputTokens, int totalTokens, OptionalInt cachedInputTokens) {

  /**
   * Creates a usage record.
   *
   * @param inputTokens prompt tokens, {@code >= 0}
   * @param outputTokens generated tokens, {@code >= 0}
   * @param totalTokens total tokens, {@code >= 0}
   * @param cachedInputTokens cached prompt tokens if reported, each {@code >= 0}
   * @throws IllegalArgumentException if a count is negative
   */
  public TokenUsage {
    requireNonNegative(inputTokens, "inputTokens");
    requireNonNegative(outputTokens, "outputTokens");
    requireNonNegative(totalTokens, "totalTokens");
    java.util.Objects.requireNonNull(cachedInputTokens, "cachedInputTokens");
    if (cachedInputTokens.isPresent()) {
      requireNonNegative(cachedInputTokens.getAsInt(), "cachedInputTokens");
    }
  }

  /**
   * Usage without a cached-token count.
   *
   * @param inputTokens prompt tokens
   * @param outputTokens generated tokens
   * @param totalTokens total tokens
   * @return the usage
   */
  public static TokenUsage of(int inputTokens, int outputTokens, int totalTokens) {
    return new TokenUsage(inputTokens, outputTokens, totalTokens, OptionalInt.empty());
  }

  private static void requireNonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
  }
}
