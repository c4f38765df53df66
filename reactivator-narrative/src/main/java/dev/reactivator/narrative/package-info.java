/**
 * The executive summary ("Итоги анализа") and its writers.
 *
 * <p>A {@link dev.reactivator.narrative.Narrator} turns an {@link
 * dev.reactivator.core.segment.Analysis} and a {@link dev.reactivator.narrative.NarrationContext}
 * (language, business context) into an {@link dev.reactivator.narrative.ExecutiveSummary}: six
 * sections (big picture, risks, money at risk, growth points, roadmap per department, ROI forecast)
 * grounded in the analysis' numbers, and two-touch message templates for every (RFM segment, tone,
 * channel) group of the call list.
 *
 * <p>{@link dev.reactivator.narrative.Narrators} gives the offline narrator (deterministic, no
 * network), an LLM narrator for any {@link dev.reactivator.llm.LlmClient}, or one selected by
 * provider name. Every LLM prompt is built by the {@link dev.reactivator.narrative.PrivacyFirewall}
 * from an anonymous {@link dev.reactivator.narrative.FactSheet}; names are merged into the
 * templates locally by {@link dev.reactivator.narrative.CustomerMessage}. An LLM failure never
 * loses a summary: the offline narrator writes it and {@link
 * dev.reactivator.narrative.ExecutiveSummary#fallbackReason()} says why.
 */
package dev.reactivator.narrative;
