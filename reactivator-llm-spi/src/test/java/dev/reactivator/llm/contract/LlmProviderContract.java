package dev.reactivator.llm.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.llm.ChatMessage;
import dev.reactivator.llm.ChatParameters;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmAuthenticationException;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmException;
import dev.reactivator.llm.LlmListener;
import dev.reactivator.llm.LlmPermanentException;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.LlmRateLimitedException;
import dev.reactivator.llm.LlmTransientException;
import dev.reactivator.llm.LlmUnavailableException;
import dev.reactivator.llm.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link LlmProvider} must show, run by each provider's test class against its
 * own loopback fake server (like langchain4j's {@code AbstractChatModelIT}). A subclass wires a
 * provider to the fake and scripts the fake's next replies through the abstract methods; retry
 * budgets should be small (tiny backoffs) so the failure scenarios stay fast.
 */
public abstract class LlmProviderContract {

  /**
   * What the fake server received on the wire, decoded back into SPI terms.
   *
   * @param messages the conversation as sent
   * @param model the {@code model} field
   * @param temperature the {@code temperature} field
   * @param topP the {@code top_p} field
   * @param maxTokens the {@code max_tokens} field
   */
  public record SentRequest(
      List<ChatMessage> messages,
      Optional<String> model,
      Optional<Double> temperature,
      Optional<Double> topP,
      Optional<Integer> maxTokens) {}

  /**
   * A configured, available provider talking to the fake server.
   *
   * @return the provider
   */
  protected abstract LlmProvider provider();

  /**
   * A provider of the same kind with no credentials / endpoint configured.
   *
   * @return the unavailable provider
   */
  protected abstract LlmProvider unconfiguredProvider();

  /**
   * The secret configured in {@link #provider()}; it must never show up in strings or messages.
   *
   * @return the secret
   */
  protected abstract String configuredSecret();

  /**
   * Scripts the next chat reply as a success.
   *
   * @param text the answer text
   * @param reason the finish reason, which the subclass encodes in its wire format
   * @param promptTokens usage: prompt tokens
   * @param completionTokens usage: completion tokens
   */
  protected abstract void willAnswer(
      String text, FinishReason reason, int promptTokens, int completionTokens);

  /**
   * Scripts every following chat reply as an HTTP error with this status and an error body in the
   * provider's shape.
   *
   * @param status the HTTP status
   */
  protected abstract void willFail(int status);

  /** Scripts the next chat reply as a 200 whose body is not valid JSON. */
  protected abstract void willAnswerMalformed();

  /**
   * The last chat request the fake received.
   *
   * @return the decoded request
   */
  protected abstract SentRequest lastSent();

  /**
   * How many chat requests the fake received so far.
   *
   * @return the count
   */
  protected abstract int chatCalls();

  @Test
  void answersWithTextFinishReasonUsageAndServedModel() {
    willAnswer("Позвоните группе риска.", FinishReason.STOP, 21, 7);
    ChatResponse r = LlmClient.of(provider()).chat("Ты аналитик.", "Что делать?");
    assertEquals("Позвоните группе риска.", r.text());
    assertEquals(FinishReason.STOP, r.finishReason());
    TokenUsage u = r.tokenUsage().orElseThrow();
    assertEquals(21, u.inputTokens());
    assertEquals(7, u.outputTokens());
    assertEquals(28, u.totalTokens());
    assertTrue(r.modelName().isPresent(), "served model name");
  }

  @Test
  void sendsTheConversationInOrderWithItsRoles() {
    willAnswer("ok", FinishReason.STOP, 1, 1);
    List<ChatMessage> conversation =
        List.of(
            ChatMessage.system("S"),
            ChatMessage.user("U1"),
            ChatMessage.assistant("A1"),
            ChatMessage.user("U2 — «ёжик» \"quoted\"\nnew line"));
    LlmClient.of(provider()).chat(ChatRequest.of(conversation));
    assertEquals(conversation, lastSent().messages());
  }

  @Test
  void sendsParametersMergedFromClientDefaultsAndTheRequest() {
    willAnswer("ok", FinishReason.STOP, 1, 1);
    LlmClient client =
        LlmClient.builder(provider())
            .defaultParameters(ChatParameters.builder().temperature(0.3).maxTokens(800).build())
            .build();
    client.chat(
        ChatRequest.of("s", "u")
            .withParameters(
                ChatParameters.builder()
                    .maxTokens(50)
                    .topP(0.9)
                    .modelName("contract-model")
                    .build()));
    SentRequest sent = lastSent();
    assertEquals(Optional.of(0.3), sent.temperature());
    assertEquals(Optional.of(50), sent.maxTokens());
    assertEquals(Optional.of(0.9), sent.topP());
    assertEquals(Optional.of("contract-model"), sent.model());
  }

  @Test
  void mapsLengthAndContentFilterFinishReasons() {
    willAnswer("cut", FinishReason.LENGTH, 1, 1);
    assertEquals(FinishReason.LENGTH, LlmClient.of(provider()).chat("s", "u").finishReason());
    willAnswer("Не могу ответить.", FinishReason.CONTENT_FILTER, 1, 1);
    assertEquals(
        FinishReason.CONTENT_FILTER, LlmClient.of(provider()).chat("s", "u").finishReason());
  }

  @Test
  void unconfiguredProviderIsUnavailableWithAReasonAndNeverCalled() {
    LlmProvider p = unconfiguredProvider();
    assertFalse(p.isAvailable());
    assertFalse(p.availability().reason().orElseThrow().isBlank());
    int before = chatCalls();
    assertThrows(LlmUnavailableException.class, () -> LlmClient.of(p).chat("s", "u"));
    assertEquals(before, chatCalls());
  }

  @Test
  void rejectedCredentialsBecomeAnAuthenticationErrorWithoutTheSecret() {
    willFail(401);
    LlmException e =
        assertThrows(
            LlmAuthenticationException.class, () -> LlmClient.of(provider()).chat("s", "u"));
    assertFalse(e.getMessage().contains(configuredSecret()), e.getMessage());
    assertFalse(e.isRetryable());
  }

  @Test
  void throttlingBecomesARateLimitedError() {
    willFail(429);
    LlmException e =
        assertThrows(LlmRateLimitedException.class, () -> LlmClient.of(provider()).chat("s", "u"));
    assertTrue(e.isRetryable());
  }

  @Test
  void serverErrorsBecomeTransientErrors() {
    willFail(503);
    assertThrows(LlmTransientException.class, () -> LlmClient.of(provider()).chat("s", "u"));
  }

  @Test
  void badRequestsBecomePermanentErrorsAndAreNotRetried() {
    willFail(400);
    int before = chatCalls();
    assertThrows(LlmPermanentException.class, () -> LlmClient.of(provider()).chat("s", "u"));
    assertEquals(before + 1, chatCalls());
  }

  @Test
  void malformedResponsesBecomePermanentErrorsAndAreNotRetried() {
    willAnswerMalformed();
    int before = chatCalls();
    assertThrows(LlmPermanentException.class, () -> LlmClient.of(provider()).chat("s", "u"));
    assertEquals(before + 1, chatCalls());
  }

  @Test
  void listenersSeeExactlyTheConversationThatGoesOnTheWire() {
    willAnswer("ok", FinishReason.STOP, 3, 2);
    List<ChatRequest> seen = new ArrayList<>();
    List<ChatResponse> answers = new ArrayList<>();
    LlmClient client =
        LlmClient.builder(provider())
            .listener(
                new LlmListener() {
                  @Override
                  public void onRequest(String provider, ChatRequest request) {
                    seen.add(request);
                  }

                  @Override
                  public void onResponse(
                      String provider,
                      ChatRequest request,
                      ChatResponse response,
                      Duration elapsed) {
                    answers.add(response);
                  }
                })
            .build();
    ChatResponse r = client.chat("system text", "user text");
    assertEquals(1, seen.size());
    assertEquals(seen.get(0).messages(), lastSent().messages());
    assertEquals(List.of(r), answers);
  }

  @Test
  void nameIsShortLowerCaseAndToStringHidesTheSecret() {
    LlmProvider p = provider();
    assertFalse(p.name().isBlank());
    assertEquals(p.name().toLowerCase(Locale.ROOT), p.name());
    assertFalse(p.toString().contains(configuredSecret()), p.toString());
  }
}
