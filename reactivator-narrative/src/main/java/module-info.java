/**
 * Reactivator narrative: anonymous facts from an analysis, the privacy firewall that builds and
 * inspects every prompt, the offline and LLM narrators, the executive summary and message chains.
 * The package {@code dev.reactivator.narrative.internal} (the PII dictionary and contact masking)
 * is not exported; {@code dev.reactivator.narrative.internal.json} (a small JSON tree on
 * jackson-core's streaming API) only to the report module.
 */
module dev.reactivator.narrative {
  requires transitive dev.reactivator.core;
  requires transitive dev.reactivator.llm;
  requires com.fasterxml.jackson.core;
  requires org.slf4j;

  exports dev.reactivator.narrative;
  exports dev.reactivator.narrative.internal.json to
      dev.reactivator.report;
}
