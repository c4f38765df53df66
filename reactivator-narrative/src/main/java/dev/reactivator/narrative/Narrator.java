package dev.reactivator.narrative;

import dev.reactivator.core.segment.Analysis;

/**
 * Writes the executive summary ("Итоги анализа") of an {@link Analysis}: the six sections of {@link
 * dev.reactivator.narrative.SectionKind}, each grounded in the analysis' numbers, and the
 * message-chain templates of every (segment, tone, channel) group of the call list.
 *
 * <p>Get one from {@link Narrators}. Implementations never fail because a language model did: an
 * LLM narrator that cannot get a usable answer returns the offline narrator's summary and says why
 * in {@link ExecutiveSummary#fallbackReason()}.
 *
 * <p>Implementations must be thread-safe; the built-in narrators are (one narrator may write
 * several summaries at once).
 */
public interface Narrator {

  /**
   * Who writes: {@code "offline"} or the LLM provider's name.
   *
   * @return the narrator's name: {@code "offline"} or the LLM provider's name
   */
  String name();

  /**
   * Writes the summary of {@code analysis} in {@code context}'s language. The built-in narrators
   * write from pseudonymous facts and then merge the customers' names in locally ({@link
   * ExecutiveSummary#withNames}), so the report says whom to call while the writer never saw a
   * name.
   *
   * @param analysis the analysis to summarise
   * @param context the language and the user's business context
   * @return the summary; {@link ExecutiveSummary#writer()} is whoever actually wrote it
   */
  ExecutiveSummary write(Analysis analysis, NarrationContext context);
}
