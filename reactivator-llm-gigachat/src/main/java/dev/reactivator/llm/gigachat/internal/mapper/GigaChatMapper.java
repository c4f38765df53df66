package dev.reactivator.llm.gigachat.internal.mapper;

import dev.reactivator.llm.ChatMessage;
import dev.reactivator.llm.ChatParameters;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmPermanentException;
import dev.reactivator.llm.TokenUsage;
import dev.reactivator.llm.gigachat.internal.api.CompletionRequest;
import dev.reactivator.llm.gigachat.internal.api.CompletionResponse;
import dev.reactivator.llm.gigachat.internal.api.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** Maps SPI values to the GigaChat v1 wire format and back (gigachat-api.md §3). */
public final class GigaChatMapper {

  /** Provider option: {@code repetition_penalty}, a number {@code > 0} (1.0 is neutral). */
  public static final String REPETITION_PENALTY = "repetition_penalty";

  /** Provider option: {@code profanity_check}, {@code true} or {@code false}. */
  public static final String PROFANITY_CHECK = "profanity_check";

  /**
   * Provider option: {@code session_id}, sent as the {@code X-Session-ID} header (context caching).
   */
  public static final String SESSION_ID = "session_id";

  /** Every provider option GigaChat understands. */
  public static final Set<String> OPTIONS = Set.of(REPETITION_PENALTY, PROFANITY_CHECK, SESSION_ID);

  private static final String PROVIDER = "gigachat";

  private GigaChatMapper() {}

  /**
   * Builds the wire request, failing fast on what the v1 contract cannot express.
   *
   * @param request the complete request
   * @param defaultModel the model when the request names none
   * @param profanityCheck the configured default for {@code profanity_check}, if any
   * @return the wire request
   * @throws LlmPermanentException for unsupported parameters or invalid option values
   */
  public static CompletionRequest toWire(
      ChatRequest request, String defaultModel, Optional<Boolean> profanityCheck) {
    ChatParameters p = request.parameters();
    if (!p.stopSequences().isEmpty()) {
      throw new LlmPermanentException(
          PROVIDER
              + ": stop sequences are not supported by the GigaChat v1 API"
              + " (parameter stopSequences has "
              + p.stopSequences().size()
              + " entries); remove them");
    }
    Set<String> unknown = new TreeSet<>(p.providerOptions().keySet());
    unknown.removeAll(OPTIONS);
    if (!unknown.isEmpty()) {
      throw new LlmPermanentException(
          PROVIDER
              + ": unknown provider options "
              + unknown
              + "; supported: "
              + new TreeSet<>(OPTIONS));
    }
    Map<String, String> options = p.providerOptions();
    Double repetitionPenalty = null;
    if (options.containsKey(REPETITION_PENALTY)) {
      String v = options.get(REPETITION_PENALTY);
      try {
        repetitionPenalty = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        repetitionPenalty = Double.NaN;
      }
      if (!(repetitionPenalty > 0) || repetitionPenalty.isInfinite()) {
        throw new LlmPermanentException(
            PROVIDER
                + ": provider option "
                + REPETITION_PENALTY
                + " must be a number > 0, got '"
                + v
                + "'");
      }
    }
    Boolean profanity = profanityCheck.orElse(null);
    if (options.containsKey(PROFANITY_CHECK)) {
      String v = options.get(PROFANITY_CHECK).strip().toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw new LlmPermanentException(
            PROVIDER
                + ": provider option "
                + PROFANITY_CHECK
                + " must be true or false, got '"
                + options.get(PROFANITY_CHECK)
                + "'");
      }
      profanity = Boolean.valueOf(v);
    }
    List<Message> messages = new ArrayList<>(request.messages().size());
    for (ChatMessage m : request.messages()) {
      messages.add(new Message(m.role().name().toLowerCase(Locale.ROOT), m.content()));
    }
    return new CompletionRequest(
        p.modelName().orElse(defaultModel),
        messages,
        p.temperature().orElse(null),
        p.topP().orElse(null),
        p.maxTokens().orElse(null),
        repetitionPenalty,
        Boolean.FALSE,
        profanity);
  }

  /**
   * The session id option, if set.
   *
   * @param request the request
   * @return the value for {@code X-Session-ID}
   */
  public static Optional<String> sessionId(ChatRequest request) {
    return Optional.ofNullable(request.parameters().providerOptions().get(SESSION_ID));
  }

  /**
   * Converts a successful wire response.
   *
   * @param response the parsed body
   * @param requestId the {@code X-Request-Id} of the exchange
   * @return the SPI response
   * @throws LlmPermanentException if the response has no choice or no message
   */
  public static ChatResponse fromWire(CompletionResponse response, Optional<String> requestId) {
    String id = requestId.map(r -> " (request id " + r + ")").orElse("");
    if (response.choices() == null
        || response.choices().isEmpty()
        || response.choices().get(0) == null) {
      throw new LlmPermanentException(PROVIDER + ": malformed response: no choices" + id);
    }
    CompletionResponse.Choice choice = response.choices().get(0);
    if (choice.message() == null) {
      throw new LlmPermanentException(
          PROVIDER + ": malformed response: choice without a message" + id);
    }
    String text = choice.message().content() == null ? "" : choice.message().content();
    return new ChatResponse(
        text,
        finishReason(choice.finishReason()),
        usage(response.usage()),
        Optional.ofNullable(response.model()).filter(m -> !m.isBlank()),
        requestId);
  }

  /**
   * Maps a wire {@code finish_reason} (§3.5); unknown values and {@code null} give {@link
   * FinishReason#OTHER}.
   *
   * @param wire the wire value
   * @return the finish reason
   */
  public static FinishReason finishReason(String wire) {
    if (wire == null) {
      return FinishReason.OTHER;
    }
    switch (wire.strip().toLowerCase(Locale.ROOT)) {
      case "stop":
        return FinishReason.STOP;
      case "length":
        return FinishReason.LENGTH;
      case "function_call":
        return FinishReason.TOOL_EXECUTION;
      case "blacklist":
      case "content_filter":
        return FinishReason.CONTENT_FILTER;
      default:
        return FinishReason.OTHER;
    }
  }

  private static Optional<TokenUsage> usage(CompletionResponse.Usage u) {
    if (u == null || u.promptTokens() == null || u.completionTokens() == null) {
      return Optional.empty();
    }
    int in = Math.max(0, u.promptTokens());
    int out = Math.max(0, u.completionTokens());
    int total = u.totalTokens() == null ? in + out : Math.max(0, u.totalTokens());
    OptionalInt cached =
        u.precachedPromptTokens() == null
            ? OptionalInt.empty()
            : OptionalInt.of(Math.max(0, u.precachedPromptTokens()));
    return Optional.of(new TokenUsage(in, out, total, cached));
  }
}
