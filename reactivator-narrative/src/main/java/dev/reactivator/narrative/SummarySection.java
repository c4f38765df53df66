package dev.reactivator.narrative;

import java.util.List;
import java.util.Objects;

/**
 * One section of the executive summary.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which of the six directions
 * @param title the heading in the summary's language
 * @param paragraphs the text, one paragraph or bullet per element, never empty
 */
public record SummarySection(SectionKind kind, String title, List<String> paragraphs) {

  /**
   * Checks the components and copies the list.
   *
   * @param kind which of the six directions
   * @param title the heading in the summary's language
   * @param paragraphs the text, one paragraph or bullet per element, never empty
   * @throws IllegalArgumentException when {@code paragraphs} is empty
   */
  public SummarySection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("section " + kind + " has no text");
    }
  }
}
