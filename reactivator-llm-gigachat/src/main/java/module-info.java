/**
 * Reactivator GigaChat provider: OAuth token exchange, chat completions, retries and TLS trust for
 * Sber's GigaChat API behind the LLM SPI.
 *
 * @provides dev.reactivator.llm.LlmProviderFactory
 */
module dev.reactivator.llm.gigachat {
  requires transitive dev.reactivator.llm;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires org.slf4j;

  exports dev.reactivator.llm.gigachat;

  // the wire records are read and written by Jackson through reflection
  opens dev.reactivator.llm.gigachat.internal.api to
      com.fasterxml.jackson.databind;

  provides dev.reactivator.llm.LlmProviderFactory with
      dev.reactivator.llm.gigachat.GigaChatProviderFactory;
}
