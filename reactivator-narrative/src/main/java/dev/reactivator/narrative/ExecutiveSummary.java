package dev.reactivator.narrative;

import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Tone;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The executive summary ("Итоги анализа"): six sections grounded in an {@code Analysis}, and the
 * message chains for the customer groups. Produced by a narrator (an LLM behind the privacy
 * firewall, or the offline narrator); renderers only show it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language it is written in
 * @param writer who wrote it: {@code "offline"} or the LLM provider's name
 * @param fallbackReason why the offline narrator wrote it although an LLM was asked for; empty when
 *     the requested writer wrote it
 * @param sections the six sections, in {@link SectionKind} order
 * @param chains the message chains, one per (segment, tone, channel) group that has customers
 */
public record ExecutiveSummary(
    Locale locale,
    String writer,
    Optional<String> fallbackReason,
    List<SummarySection> sections,
    List<MessageChain> chains) {

  /**
   * Checks the components and copies the lists.
   *
   * @param locale the language it is written in
   * @param writer who wrote it: {@code "offline"} or the LLM provider's name
   * @param fallbackReason why the offline narrator wrote it although an LLM was asked for; empty
   *     when the requested writer wrote it
   * @param sections the six sections, in {@link SectionKind} order
   * @param chains the message chains, one per (segment, tone, channel) group that has customers
   */
  public ExecutiveSummary {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(fallbackReason, "fallbackReason");
    sections = List.copyOf(sections);
    chains = List.copyOf(chains);
  }

  private static final java.util.regex.Pattern PSEUDONYM =
      java.util.regex.Pattern.compile("\\bID-(\\d{4,9})\\b");

  /**
   * This summary with each pseudonymous id of {@code base} in its sections ({@code ID-0042}, see
   * {@code CustomerBase.pseudonym}) followed by the customer's name in quotes — {@code ID-0042 «ООО
   * Вектор»} in Russian, {@code ID-0042 “Vector LLC”} otherwise — so that people reading the report
   * know whom to call. The writer (an LLM behind the privacy firewall, or the offline narrator)
   * only ever sees the ids; this merge happens locally, afterwards. Ids that name no customer of
   * {@code base}, and customers without a name, stay as they are. The message chains are templates
   * and are left alone.
   *
   * @param base the customer base whose pseudonyms the sections use
   * @return a copy of this summary whose sections name the customers next to their pseudonyms
   */
  public ExecutiveSummary withNames(dev.reactivator.core.base.CustomerBase base) {
    Objects.requireNonNull(base, "base");
    boolean russian = "ru".equals(locale.getLanguage());
    String open = russian ? "«" : "“";
    String close = russian ? "»" : "”";
    List<SummarySection> named = new java.util.ArrayList<>(sections.size());
    for (SummarySection s : sections) {
      List<String> paragraphs = new java.util.ArrayList<>(s.paragraphs().size());
      for (String p : s.paragraphs()) {
        java.util.regex.Matcher m = PSEUDONYM.matcher(p);
        StringBuilder out = new StringBuilder(p.length() + 32);
        while (m.find()) {
          long n = Long.parseLong(m.group(1));
          Optional<String> name =
              n >= 1 && n <= base.size() ? base.name((int) (n - 1)) : Optional.empty();
          m.appendReplacement(
              out,
              java.util.regex.Matcher.quoteReplacement(
                  name.map(v -> m.group() + " " + open + v + close).orElse(m.group())));
        }
        m.appendTail(out);
        paragraphs.add(out.toString());
      }
      named.add(new SummarySection(s.kind(), s.title(), paragraphs));
    }
    return new ExecutiveSummary(locale, writer, fallbackReason, named, chains);
  }

  /**
   * The section of {@code kind}, when the summary has one.
   *
   * @param kind the section wanted
   * @return the section of {@code kind}, when the summary has one
   */
  public Optional<SummarySection> section(SectionKind kind) {
    Objects.requireNonNull(kind, "kind");
    return sections.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /**
   * The chain of the group ({@code segment}, {@code tone}, {@code channel}), when there is one.
   *
   * @param segment the seed RFM segment of the group
   * @param tone the tone of the group
   * @param channel the primary channel of the group
   * @return the chain of the group ({@code segment}, {@code tone}, {@code channel}), when there is
   *     one
   */
  public Optional<MessageChain> chainFor(String segment, Tone tone, Channel channel) {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(channel, "channel");
    return chains.stream()
        .filter(c -> c.segment().equals(segment) && c.tone() == tone && c.channel() == channel)
        .findFirst();
  }
}
