/**
 * Reactivator narrative: anonymous facts from an analysis, the privacy firewall that builds and
 * inspects every prompt, the offline and LLM narrators, the executive summary and message chains.
 * The package {@code dev.reactivator.narrative.internal} (the PII dictionary and contact masking)
 * is not exported.
 */
module dev.reactivator.narrative {
  requires transitive dev.reactivator.core;
  requires transitive dev.reactivator.llm;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.reactivator.narrative;
}
