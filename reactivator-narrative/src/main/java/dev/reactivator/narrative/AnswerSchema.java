package dev.reactivator.narrative;

import dev.reactivator.narrative.internal.json.JsonTree;
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

  /** The schema as a tree ({@link JsonTree}). */
  static final Object SCHEMA = load();

  /** The most paragraphs of a section. */
  static final int MAX_PARAGRAPHS = number("$defs", "paragraphs", "maxItems");

  /** The longest paragraph, in characters. */
  static final int MAX_PARAGRAPH_CHARS = number("$defs", "paragraphs", "items", "maxLength");

  /** The longest message template, in characters. */
  static final int MAX_TEMPLATE_CHARS = number("$defs", "template", "maxLength");

  private AnswerSchema() {}

  /** The number at {@code path} in the schema. */
  private static int number(String... path) {
    Object node = SCHEMA;
    for (String key : path) {
      node = JsonTree.get(node, key);
    }
    if (node instanceof JsonTree.Num n) {
      return n.intValue();
    }
    throw new IllegalStateException(RESOURCE + " has no number at /" + String.join("/", path));
  }

  private static Object load() {
    try (InputStream in = AnswerSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Object schema = JsonTree.parse(in);
      List<String> required = new ArrayList<>();
      Object sections = JsonTree.get(JsonTree.get(schema, "properties"), "sections");
      JsonTree.elements(JsonTree.get(sections, "required"))
          .forEach(k -> required.add(JsonTree.text(k, "")));
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
