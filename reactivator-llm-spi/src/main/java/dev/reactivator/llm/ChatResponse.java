package dev.reactivator.llm;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of one chat call.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the generated text (empty when the model produced none)
 * @param finishReason why generation stopped
 * @param tokenUsage tokens billed, when the provider reports them
 * @param modelName the model as served (GigaChat adds a version suffix, e.g. {@code
 *     GigaChat:2.0.28.2})
 * @param requestId the provider's request / completion id, for support tickets and logs
 */
public record ChatResponse(
    String text,
    FinishReason finishReason,
    Optional<TokenUsage> tokenUsage,
    Optional<String> modelName,
    Optional<String> requestId) {

  /**
   * Creates a response.
   *
   * @param text the text
   * @param finishReason the finish reason
   * @param tokenUsage the usage if known
   * @param modelName the served model if known
   * @param requestId the request id if known
   */
  public ChatResponse {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(finishReason, "finishReason");
    Objects.requireNonNull(tokenUsage, "tokenUsage");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(requestId, "requestId");
  }

  /** Shows everything but the text (its length only): answers may quote sensitive prompts. */
  @Override
  public String toString() {
    return "ChatResponse["
        + text.length()
        + " chars, finishReason="
        + finishReason
        + ", tokenUsage="
        + tokenUsage
        + ", modelName="
        + modelName
        + ", requestId="
        + requestId
        + "]";
  }
}
