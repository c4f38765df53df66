package dev.reactivator.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.llm.Availability;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An in-memory provider that records every request it receives and answers with a script. */
final class ScriptedProvider implements LlmProvider {
  static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Function<ChatRequest, String> script;
  final List<ChatRequest> received = new ArrayList<>();

  ScriptedProvider(String name, Function<ChatRequest, String> script) {
    this.name = name;
    this.script = script;
  }

  /**
   * A provider that answers well: six sections and templates for every group it was asked about.
   */
  static ScriptedProvider wellBehaved() {
    return new ScriptedProvider("memory", r -> goodAnswer(r).toString());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Availability availability() {
    return Availability.ready();
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    received.add(request);
    return new ChatResponse(
        script.apply(request),
        FinishReason.STOP,
        Optional.empty(),
        Optional.of(name + ":1"),
        Optional.of("req-" + received.size()));
  }

  /** The facts JSON of a narrator request (the user message after its first line). */
  static JsonNode facts(ChatRequest request) {
    String user = request.messages().get(request.messages().size() - 1).content();
    try {
      return JSON.readTree(user.substring(user.indexOf('\n') + 1));
    } catch (Exception e) {
      throw new AssertionError("the user message is not facts JSON", e);
    }
  }

  /** A valid answer to {@code request}: each section quotes a number of the facts. */
  static ObjectNode goodAnswer(ChatRequest request) {
    JsonNode facts = facts(request);
    ObjectNode answer = JSON.createObjectNode();
    ObjectNode sections = answer.putObject("sections");
    for (SectionKind k : SectionKind.values()) {
      sections
          .putArray(k.key())
          .add(
              "LLM "
                  + k.key()
                  + ": "
                  + facts.path("picture").path("customers").asInt()
                  + " customers, health "
                  + facts.path("picture").path("healthIndex").asText());
    }
    ArrayNode chains = answer.putArray("chains");
    for (JsonNode g : facts.path("groups")) {
      String key =
          g.path("segment").asText()
              + "/"
              + g.path("tone").asText()
              + "/"
              + g.path("channel").asText();
      chains
          .addObject()
          .put("group", key)
          .put("first", "Hello {name}, try {product} (" + key + ")")
          .put("second", "{name}, {product} is waiting");
    }
    return answer;
  }
}
