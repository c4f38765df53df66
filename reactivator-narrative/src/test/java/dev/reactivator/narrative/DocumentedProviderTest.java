package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.sales.CallGroup;
import dev.reactivator.llm.Availability;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/llm.md is enough to write a provider: one written from the page alone, returning the page's
 * example answer, is accepted; the example conforms to the page's JSON Schema, and the prompt lists
 * every group key the answer must cover.
 */
class DocumentedProviderTest {
  static final Path PAGE = Path.of("../docs/llm.md");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The page's example answer: the json block after the example-answer marker. */
  static String exampleAnswer() throws Exception {
    String page = Files.readString(PAGE);
    int marker = page.indexOf("<!-- example-answer -->");
    int start = page.indexOf("```json\n", marker) + "```json\n".length();
    return page.substring(start, page.indexOf("```", start));
  }

  /** The provider of the page's "Writing a provider" section, its model the example answer. */
  static final class PageProvider implements LlmProvider {
    final List<ChatRequest> received = new ArrayList<>();
    private final String answer;

    PageProvider(String answer) {
      this.answer = answer;
    }

    @Override
    public String name() {
      return "my-model";
    }

    @Override
    public Availability availability() {
      return Availability.ready();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      received.add(request);
      return new ChatResponse(
          answer, FinishReason.STOP, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  @Test
  void theExampleAnswerOfAProviderWrittenFromThePageIsAccepted() throws Exception {
    Analysis seed = Fixtures.seed();
    PageProvider provider = new PageProvider(exampleAnswer());
    ExecutiveSummary summary =
        Narrators.llm(LlmClient.of(provider)).write(seed, NarrationContext.of(Locale.ENGLISH));
    assertEquals(Optional.empty(), summary.fallbackReason());
    assertEquals("my-model", summary.writer());
    assertEquals(seed.callGroups().size(), summary.chains().size());
    // the prompt names every group key the answer has to echo
    String system = provider.received.get(0).messages().get(0).content();
    for (CallGroup g : seed.callGroups()) {
      assertTrue(system.contains("\"" + g.key() + "\""), g.key());
    }
  }

  @Test
  void theExampleConformsToTheSchemaAndTheParserUsesItsLimits() throws Exception {
    // the schema file the parser reads its limits from (AnswerSchema.RESOURCE), as a tree
    JsonNode schema;
    try (var in = AnswerSchema.class.getResourceAsStream(AnswerSchema.RESOURCE)) {
      schema = JSON.readTree(in);
    }
    JsonNode example = JSON.readTree(exampleAnswer());
    List<String> errors = new ArrayList<>();
    validate(schema, schema, example, "", errors);
    assertEquals(List.of(), errors);
    assertEquals(12, AnswerParser.MAX_PARAGRAPHS);
    assertEquals(3000, AnswerParser.MAX_PARAGRAPH_CHARS);
    assertEquals(2000, AnswerParser.MAX_TEMPLATE_CHARS);
    // and a broken answer breaks the schema: an unknown placeholder, a section missing
    JsonNode broken =
        JSON.readTree(
            "{\"sections\": {\"risks\": [\"x\"]}, \"chains\": [{\"group\": \"a/b/c\","
                + " \"first\": \"{city}\", \"second\": \"y\"}]}");
    List<String> brokenErrors = new ArrayList<>();
    validate(schema, schema, broken, "", brokenErrors);
    assertTrue(
        brokenErrors.contains("/sections: big-picture is required"), brokenErrors.toString());
    assertTrue(
        brokenErrors.contains("/chains/0/first: does not match the pattern"),
        brokenErrors.toString());
  }

  /**
   * The JSON Schema keywords the answer schema uses: $ref (local), type, required, properties,
   * items, minItems, maxItems, minLength, maxLength, pattern.
   */
  static void validate(JsonNode root, JsonNode s, JsonNode v, String at, List<String> errors) {
    if (s.has("$ref")) {
      validate(root, root.at(s.get("$ref").asText().substring(1)), v, at, errors);
      return;
    }
    String type = s.path("type").asText("");
    boolean ok =
        switch (type) {
          case "object" -> v.isObject();
          case "array" -> v.isArray();
          case "string" -> v.isTextual();
          default -> true;
        };
    if (!ok) {
      errors.add(at + ": not " + type);
      return;
    }
    for (JsonNode r : s.path("required")) {
      if (!v.has(r.asText())) {
        errors.add(at + ": " + r.asText() + " is required");
      }
    }
    Iterator<Map.Entry<String, JsonNode>> props = s.path("properties").fields();
    while (props.hasNext()) {
      var p = props.next();
      if (v.has(p.getKey())) {
        validate(root, p.getValue(), v.get(p.getKey()), at + "/" + p.getKey(), errors);
      }
    }
    if (v.isArray()) {
      if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
        errors.add(at + ": fewer than " + s.get("minItems") + " items");
      }
      if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
        errors.add(at + ": more than " + s.get("maxItems") + " items");
      }
      if (s.has("items")) {
        for (int i = 0; i < v.size(); i++) {
          validate(root, s.get("items"), v.get(i), at + "/" + i, errors);
        }
      }
    }
    if (v.isTextual()) {
      String t = v.asText();
      if (s.has("minLength") && t.length() < s.get("minLength").asInt()) {
        errors.add(at + ": shorter than " + s.get("minLength"));
      }
      if (s.has("maxLength") && t.length() > s.get("maxLength").asInt()) {
        errors.add(at + ": longer than " + s.get("maxLength"));
      }
      if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(t).find()) {
        errors.add(at + ": does not match the pattern");
      }
    }
  }
}
