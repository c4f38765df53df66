package dev.reactivator.llm.gigachat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reactivator.llm.ChatMessage;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.contract.LlmProviderContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The shared provider contract, run against {@link FakeGigaChat} over HTTPS. */
class GigaChatContractTest extends LlmProviderContract {

  private FakeGigaChat fake;
  private LlmProvider provider;

  @BeforeEach
  void start() {
    fake = new FakeGigaChat();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Override
  protected LlmProvider provider() {
    if (provider == null) {
      provider = fake.provider().build();
    }
    return provider;
  }

  @Override
  protected LlmProvider unconfiguredProvider() {
    return GigaChatProvider.builder().baseUrl(fake.baseUrl()).authUrl(fake.authUrl()).build();
  }

  @Override
  protected String configuredSecret() {
    return FakeGigaChat.KEY;
  }

  @Override
  protected void willAnswer(
      String text, FinishReason reason, int promptTokens, int completionTokens) {
    String wire;
    switch (reason) {
      case STOP:
        wire = "stop";
        break;
      case LENGTH:
        wire = "length";
        break;
      case CONTENT_FILTER:
        wire = "blacklist";
        break;
      case TOOL_EXECUTION:
        wire = "function_call";
        break;
      default:
        wire = "error";
    }
    fake.scriptChat(FakeGigaChat.answer(text, wire, promptTokens, completionTokens));
  }

  @Override
  protected void willFail(int status) {
    fake.chatAlways(FakeGigaChat.apiError(status, "scripted failure"));
  }

  @Override
  protected void willAnswerMalformed() {
    fake.scriptChat(FakeGigaChat.json(200, "{\"choices\": [ {\"message\": "));
  }

  @Override
  protected SentRequest lastSent() {
    JsonNode body = fake.chatCalls.get(fake.chatCalls.size() - 1).json();
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
    return fake.chatCalls.size();
  }
}
