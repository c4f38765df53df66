/**
 * A small application on the module path: it sees only what the Reactivator modules export and
 * finds sources, renderers and LLM providers through their {@code uses}/{@code provides} clauses.
 */
module dev.reactivator.examples.modulepath {
  requires dev.reactivator.io;
  requires dev.reactivator.report;
  requires dev.reactivator.llm.gigachat;
}
