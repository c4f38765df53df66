package dev.reactivator.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.llm.ChatMessage;
import dev.reactivator.llm.ChatParameters;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.TokenUsage;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The OpenAI chat-completions wire format: request bodies out, responses and error bodies in. */
final class WireFormat {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> NUMERIC_OPTIONS =
      Set.of("seed", "frequency_penalty", "presence_penalty");

  private WireFormat() {}

  /** The JSON body of {@code request}; {@code fallbackModel} when the request names none. */
  static String request(ChatRequest request, Optional<String> fallbackModel) {
    ChatParameters p = request.parameters();
    ObjectNode body = MAPPER.createObjectNode();
    String model =
        p.modelName()
            .or(() -> fallbackModel)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no model: set " + OpenAiCompatibleProvider.MODEL));
    body.put("model", model);
    ArrayNode messages = body.putArray("messages");
    for (ChatMessage m : request.messages()) {
      messages
          .addObject()
          .put("role", m.role().name().toLowerCase(Locale.ROOT))
          .put("content", m.content());
    }
    p.temperature().ifPresent(t -> body.put("temperature", t));
    p.topP().ifPresent(t -> body.put("top_p", t));
    p.maxTokens().ifPresent(t -> body.put("max_tokens", t));
    if (!p.stopSequences().isEmpty()) {
      ArrayNode stop = body.putArray("stop");
      p.stopSequences().forEach(stop::add);
    }
    for (Map.Entry<String, String> o : new java.util.TreeMap<>(p.providerOptions()).entrySet()) {
      if (!NUMERIC_OPTIONS.contains(o.getKey())) {
        throw new IllegalArgumentException(
            "unknown provider option '"
                + o.getKey()
                + "' (known: "
                + new java.util.TreeSet<>(NUMERIC_OPTIONS)
                + ")");
      }
      try {
        body.put(o.getKey(), new java.math.BigDecimal(o.getValue().strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("provider option '" + o.getKey() + "' must be a number");
      }
    }
    body.put("stream", false);
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the request", e);
    }
  }

  /** The response of a 2xx body. */
  static ChatResponse response(String text) throws JsonProcessingException {
    JsonNode root = MAPPER.readTree(text);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    JsonNode choice = root.path("choices").path(0);
    JsonNode content = choice.path("message").path("content");
    if (choice.isMissingNode() || !(content.isTextual() || content.isNull())) {
      throw new IllegalArgumentException("no choices[0].message.content");
    }
    FinishReason reason =
        switch (choice.path("finish_reason").asText("")) {
          case "stop", "eos" -> FinishReason.STOP;
          case "length" -> FinishReason.LENGTH;
          case "content_filter" -> FinishReason.CONTENT_FILTER;
          case "tool_calls", "function_call" -> FinishReason.TOOL_EXECUTION;
          default -> FinishReason.OTHER;
        };
    Optional<TokenUsage> usage = Optional.empty();
    JsonNode u = root.path("usage");
    if (u.path("prompt_tokens").canConvertToInt()
        && u.path("completion_tokens").canConvertToInt()) {
      int in = u.path("prompt_tokens").asInt();
      int out = u.path("completion_tokens").asInt();
      int total =
          u.path("total_tokens").canConvertToInt() ? u.path("total_tokens").asInt() : in + out;
      JsonNode cached = u.path("prompt_tokens_details").path("cached_tokens");
      usage =
          Optional.of(
              new TokenUsage(
                  in,
                  out,
                  total,
                  cached.canConvertToInt() ? OptionalInt.of(cached.asInt()) : OptionalInt.empty()));
    }
    return new ChatResponse(
        content.isNull() ? "" : content.asText(),
        reason,
        usage,
        text(root, "model"),
        text(root, "id"));
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode n = root.path(field);
    return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
  }

  /** The message of an error body ({@code {"error": {"message": …}}}, or the body itself). */
  static String errorDetail(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode root = MAPPER.readTree(body);
      JsonNode error = root.path("error");
      if (error.isTextual()) {
        return error.asText();
      }
      if (error.path("message").isTextual()) {
        return error.path("message").asText();
      }
    } catch (JsonProcessingException notJson) {
      // plain-text error pages are shown as they are (abbreviated)
    }
    return body;
  }
}
