package dev.reactivator.llm.gigachat.internal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code POST /chat/completions} (v1 contract, gigachat-api.md §3.2). {@code null} fields
 * are not sent.
 *
 * @param model model name
 * @param messages conversation
 * @param temperature sampling temperature
 * @param topP nucleus sampling
 * @param maxTokens cap on generated tokens
 * @param repetitionPenalty repetition penalty ({@code > 0})
 * @param stream always {@code false} here
 * @param profanityCheck censoring switch, sent only when configured
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompletionRequest(
    @JsonProperty("model") String model,
    @JsonProperty("messages") List<Message> messages,
    @JsonProperty("temperature") Double temperature,
    @JsonProperty("top_p") Double topP,
    @JsonProperty("max_tokens") Integer maxTokens,
    @JsonProperty("repetition_penalty") Double repetitionPenalty,
    @JsonProperty("stream") Boolean stream,
    @JsonProperty("profanity_check") Boolean profanityCheck) {}
