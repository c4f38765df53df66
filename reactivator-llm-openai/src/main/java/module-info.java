/**
 * Reactivator's OpenAI-compatible provider: {@code POST {baseUrl}/chat/completions} as OpenAI,
 * Ollama, vLLM, LM Studio, llama.cpp's server and YandexGPT's compatible endpoint speak it, behind
 * the LLM SPI (provider name {@code openai-compatible}).
 *
 * @provides dev.reactivator.llm.LlmProviderFactory
 */
module dev.reactivator.llm.openai {
  requires transitive dev.reactivator.llm;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires org.slf4j;

  exports dev.reactivator.llm.openai;

  provides dev.reactivator.llm.LlmProviderFactory with
      dev.reactivator.llm.openai.OpenAiCompatibleProviderFactory;
}
