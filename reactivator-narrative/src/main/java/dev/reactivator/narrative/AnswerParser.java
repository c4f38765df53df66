package dev.reactivator.narrative;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.reactivator.core.segment.sales.CallGroup;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.narrative.internal.ContactMasker;
import dev.reactivator.narrative.internal.json.JsonTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model's answer into an {@link ExecutiveSummary}, or says why it is unusable: not one
 * JSON object, a section missing or empty, a group without both templates, a placeholder other than
 * {@code {name}} / {@code {product}}, or any personal data of the base in the text.
 */
final class AnswerParser {
  // the limits of answer.schema.json
  static final int MAX_PARAGRAPHS = AnswerSchema.MAX_PARAGRAPHS;
  static final int MAX_PARAGRAPH_CHARS = AnswerSchema.MAX_PARAGRAPH_CHARS;
  static final int MAX_TEMPLATE_CHARS = AnswerSchema.MAX_TEMPLATE_CHARS;
  private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");

  /** Why an answer cannot be used. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message, null, false, false);
    }
  }

  private AnswerParser() {}

  static ExecutiveSummary parse(
      String text, FactSheet facts, PrivacyFirewall firewall, String writer) throws Unusable {
    int start = text.indexOf('{');
    int end = text.lastIndexOf('}');
    if (start < 0 || end < start) {
      throw new Unusable("the answer is not a JSON object");
    }
    Object root;
    try {
      root = JsonTree.parse(text.substring(start, end + 1));
    } catch (JsonProcessingException e) {
      throw new Unusable("the answer is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new Unusable("the answer is not valid JSON (" + e.getMessage() + ")");
    }
    if (JsonTree.object(root).isEmpty()) {
      throw new Unusable("the answer is not a JSON object");
    }
    int contacts = contacts(root);
    if (contacts > 0) {
      // whatever the model invented, it is no placeholder and must not reach any output
      throw new Unusable(
          "it has "
              + contacts
              + " contact-like string(s) (phone numbers, e-mail addresses) that are not"
              + " placeholders; the answer was dropped with them");
    }
    Map<String, Object> sectionsNode = JsonTree.object(JsonTree.get(root, "sections")).orElse(null);
    if (sectionsNode == null) {
      throw new Unusable("the answer has no \"sections\" object");
    }
    List<SummarySection> sections = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      Object s =
          sectionsNode.containsKey(kind.key())
              ? sectionsNode.get(kind.key())
              : sectionsNode.get(kind.key().replace('-', '_'));
      List<String> paragraphs = new ArrayList<>();
      if (s instanceof String one) {
        addParagraph(paragraphs, one);
      } else if (s instanceof List<?> list) {
        for (Object p : list) {
          if (!(p instanceof String paragraph)) {
            throw new Unusable(
                "section \"" + kind.key() + "\" has a paragraph that is not a string");
          }
          addParagraph(paragraphs, paragraph);
        }
      }
      if (paragraphs.isEmpty()) {
        throw new Unusable("section \"" + kind.key() + "\" is missing or empty");
      }
      if (paragraphs.size() > MAX_PARAGRAPHS) {
        throw new Unusable(
            "section \"" + kind.key() + "\" has more than " + MAX_PARAGRAPHS + " paragraphs");
      }
      for (String p : paragraphs) {
        leak(firewall, p, "section \"" + kind.key() + "\"");
      }
      sections.add(new SummarySection(kind, OfflineWriter.title(facts.locale(), kind), paragraphs));
    }
    Map<String, Object> answered = new HashMap<>();
    Object chainsNode = JsonTree.get(root, "chains");
    if (!facts.groups().isEmpty() && !(chainsNode instanceof List)) {
      throw new Unusable("the answer has no \"chains\" array");
    }
    for (Object c : JsonTree.children(chainsNode)) {
      String key = JsonTree.text(JsonTree.get(c, "group"), "");
      answered.putIfAbsent(key, c);
    }
    List<MessageChain> chains = new ArrayList<>();
    for (CallGroup g : facts.groups()) {
      Object c = answered.get(g.key());
      if (c == null) {
        throw new Unusable("the answer has no templates for group " + g.key());
      }
      String first = template(JsonTree.get(c, "first"), g.key(), "first", firewall);
      String second = template(JsonTree.get(c, "second"), g.key(), "second", firewall);
      // an SMS must stay one segment: a longer text gives way to the offline SMS template
      if (g.channel() == Channel.SMS && !SmsText.fitsTemplateBudget(first)) {
        first =
            OfflineWriter.touch(
                Texts.of(facts.locale()), g.segment(), g.tone(), Channel.SMS, "first");
      }
      if (g.secondChannel() == Channel.SMS && !SmsText.fitsTemplateBudget(second)) {
        second =
            OfflineWriter.touch(
                Texts.of(facts.locale()), g.segment(), g.tone(), Channel.SMS, "second");
      }
      chains.add(
          new MessageChain(g.segment(), g.tone(), g.channel(), g.secondChannel(), first, second));
    }
    return new ExecutiveSummary(
        OfflineWriter.locale(facts.locale()), writer, Optional.empty(), sections, chains);
  }

  /** The e-mail-like and phone-like strings in every text of the answer. */
  private static int contacts(Object node) {
    if (node instanceof String text) {
      return ContactMasker.count(text);
    }
    int n = 0;
    for (Object child : JsonTree.children(node)) {
      n += contacts(child);
    }
    return n;
  }

  private static void addParagraph(List<String> paragraphs, String text) throws Unusable {
    String p = text.strip();
    if (p.length() > MAX_PARAGRAPH_CHARS) {
      throw new Unusable("a paragraph is longer than " + MAX_PARAGRAPH_CHARS + " characters");
    }
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
  }

  private static String template(Object node, String group, String which, PrivacyFirewall firewall)
      throws Unusable {
    String where = "the " + which + " template of group " + group;
    if (!(node instanceof String text) || text.isBlank()) {
      throw new Unusable(where + " is missing or empty");
    }
    String t = text.strip();
    if (t.length() > MAX_TEMPLATE_CHARS) {
      throw new Unusable(where + " is longer than " + MAX_TEMPLATE_CHARS + " characters");
    }
    Matcher m = BRACES.matcher(t);
    while (m.find()) {
      if (!Prompts.PLACEHOLDERS.contains(m.group(1))) {
        throw new Unusable(where + " uses an unknown placeholder {" + abbreviate(m.group(1)) + "}");
      }
    }
    leak(firewall, t, where);
    return t;
  }

  private static void leak(PrivacyFirewall firewall, String text, String where) throws Unusable {
    Optional<String> leak = firewall.leakIn(text);
    if (leak.isPresent()) {
      throw new Unusable(where + " contains " + leak.get() + " of the customer base");
    }
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("[\\p{Cc}\\s]+", " ");
    return one.length() <= 20 ? one : one.substring(0, 20) + "…";
  }
}
