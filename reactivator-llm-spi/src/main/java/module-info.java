/**
 * Reactivator LLM SPI: the provider contract, chat request and response values, errors and the
 * ServiceLoader look-up of providers. Sees no core type.
 *
 * @uses dev.reactivator.llm.LlmProviderFactory
 */
module dev.reactivator.llm {
  requires org.slf4j;
  requires transitive java.net.http;

  exports dev.reactivator.llm;

  uses dev.reactivator.llm.LlmProviderFactory;
}
