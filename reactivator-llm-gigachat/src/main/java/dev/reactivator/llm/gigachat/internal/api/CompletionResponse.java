package dev.reactivator.llm.gigachat.internal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of a 200 from {@code /chat/completions} (§3.4). Unknown fields are ignored.
 *
 * @param choices the alternatives (normally one)
 * @param created Unix seconds
 * @param model the served model with version suffix
 * @param object {@code chat.completion}
 * @param usage token usage
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompletionResponse(
    @JsonProperty("choices") List<Choice> choices,
    @JsonProperty("created") Long created,
    @JsonProperty("model") String model,
    @JsonProperty("object") String object,
    @JsonProperty("usage") Usage usage) {

  /**
   * One alternative.
   *
   * @param message the answer
   * @param index its index
   * @param finishReason why generation stopped (wire value)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choice(
      @JsonProperty("message") Message message,
      @JsonProperty("index") Integer index,
      @JsonProperty("finish_reason") String finishReason) {}

  /**
   * Token usage.
   *
   * @param promptTokens prompt tokens
   * @param completionTokens generated tokens
   * @param totalTokens total
   * @param precachedPromptTokens prompt tokens served from the cache
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Usage(
      @JsonProperty("prompt_tokens") Integer promptTokens,
      @JsonProperty("completion_tokens") Integer completionTokens,
      @JsonProperty("total_tokens") Integer totalTokens,
      @JsonProperty("precached_prompt_tokens") Integer precachedPromptTokens) {}
}
