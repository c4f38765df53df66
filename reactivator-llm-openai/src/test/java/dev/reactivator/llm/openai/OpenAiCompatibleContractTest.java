package dev.reactivator.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reactivator.llm.ChatMessage;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.Secret;
import dev.reactivator.llm.contract.LlmProviderContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The shared provider contract, run against {@link FakeOpenAi} on the loopback interface. */
class OpenAiCompatibleContractTest extends LlmProviderContract {
  static final String KEY = "sk-contract-secret-0123456789";

  private FakeOpenAi fake;

  @BeforeEach
  void start() {
    fake = new FakeOpenAi();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Override
  protected LlmProvider provider() {
    return OpenAiCompatibleProvider.builder()
        .baseUrl(fake.baseUrl())
        .model("llama3.1:8b")
        .apiKey(Secret.of(KEY))
        .timeout(Duration.ofSeconds(10))
        .retries(1, Duration.ofMillis(1), Duration.ofMillis(5))
        .build();
  }

  @Override
  protected LlmProvider unconfiguredProvider() {
    return OpenAiCompatibleProvider.builder().baseUrl(fake.baseUrl()).build();
  }

  @Override
  protected String configuredSecret() {
    return KEY;
  }

  @Override
  protected void willAnswer(
      String text, FinishReason reason, int promptTokens, int completionTokens) {
    String wire =
        switch (reason) {
          case STOP -> "stop";
          case LENGTH -> "length";
          case CONTENT_FILTER -> "content_filter";
          case TOOL_EXECUTION -> "tool_calls";
          case OTHER -> "something_else";
        };
    fake.script(FakeOpenAi.answer(text, wire, promptTokens, completionTokens));
  }

  @Override
  protected void willFail(int status) {
    fake.always(
        FakeOpenAi.error(
            status, "scripted failure", status == 429 ? Map.of("Retry-After", "0") : Map.of()));
  }

  @Override
  protected void willAnswerMalformed() {
    fake.script(
        new FakeOpenAi.Reply(
            200, Map.of("Content-Type", "application/json"), "{\"choices\": [ {\"message\": "));
  }

  @Override
  protected SentRequest lastSent() {
    JsonNode body = fake.calls.get(fake.calls.size() - 1).json();
    List<ChatMessage> messages = new ArrayList<>();
    for (JsonNode m : body.path("messages")) {
      messages.add(
          new ChatMessage(
              ChatMessage.Role.valueOf(m.path("role").asText().toUpperCase(Locale.ROOT)),
              m.path("content").asText()));
    }
    return new SentRequest(
        messages,
        body.hasNonNull("model") ? Optional.of(body.get("model").asText()) : Optional.empty(),
        body.hasNonNull("temperature")
            ? Optional.of(body.get("temperature").asDouble())
            : Optional.empty(),
        body.hasNonNull("top_p") ? Optional.of(body.get("top_p").asDouble()) : Optional.empty(),
        body.hasNonNull("max_tokens")
            ? Optional.of(body.get("max_tokens").asInt())
            : Optional.empty());
  }

  @Override
  protected int chatCalls() {
    return fake.calls.size();
  }
}
