package dev.reactivator.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The answer's JSON Schema ({@value #RESOURCE}, documented in {@code docs/llm.md}): the limits the
 * {@link AnswerParser} enforces are read from it, so the file and the validator cannot disagree.
 */
final class AnswerSchema {
  /** The schema's resource, next to this class. */
  static final String RESOURCE = "answer.schema.json";

  static final JsonNode SCHEMA = load();

  /** The most paragraphs of a section. */
  static final int MAX_PARAGRAPHS = SCHEMA.at("/$defs/paragraphs/maxItems").asInt();

  /** The longest paragraph, in characters. */
  static final int MAX_PARAGRAPH_CHARS = SCHEMA.at("/$defs/paragraphs/items/maxLength").asInt();

  /** The longest message template, in characters. */
  static final int MAX_TEMPLATE_CHARS = SCHEMA.at("/$defs/template/maxLength").asInt();

  private AnswerSchema() {}

  private static JsonNode load() {
    try (InputStream in = AnswerSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonNode schema = FactJson.MAPPER.readTree(in);
      List<String> required = new ArrayList<>();
      schema.at("/properties/sections/required").forEach(k -> required.add(k.asText()));
      List<String> kinds = Stream.of(SectionKind.values()).map(SectionKind::key).toList();
      if (!required.equals(kinds)) {
        throw new IllegalStateException(
            RESOURCE + " requires the sections " + required + ", the narrator writes " + kinds);
      }
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
