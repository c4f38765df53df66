package dev.reactivator.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatRequestValidationTest {

  @Test
  void acceptsASystemMessageFirstFollowedByAConversation() {
    ChatRequest r =
        ChatRequest.of(
            List.of(
                ChatMessage.system("s"),
                ChatMessage.user("u"),
                ChatMessage.assistant("a"),
                ChatMessage.user("u2")));
    assertEquals(4, r.messages().size());
  }

  @Test
  void rejectsASystemMessageThatIsNotFirst() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChatRequest.of(List.of(ChatMessage.user("u"), ChatMessage.system("s"))));
    assertTrue(e.getMessage().contains("index 1"), e.getMessage());
  }

  @Test
  void rejectsTwoSystemMessages() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ChatRequest.of(
                List.of(ChatMessage.system("s"), ChatMessage.system("s2"), ChatMessage.user("u"))));
  }

  @Test
  void rejectsAnEmptyConversationAndOneWithoutAUserMessage() {
    assertThrows(IllegalArgumentException.class, () -> ChatRequest.of(List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> ChatRequest.of(List.of(ChatMessage.system("s"))));
  }

  @Test
  void copiesTheMessageList() {
    java.util.ArrayList<ChatMessage> list =
        new java.util.ArrayList<>(List.of(ChatMessage.user("u")));
    ChatRequest r = ChatRequest.of(list);
    list.add(ChatMessage.assistant("a"));
    assertEquals(1, r.messages().size());
    assertThrows(
        UnsupportedOperationException.class, () -> r.messages().add(ChatMessage.user("x")));
  }

  @Test
  void rejectsOutOfRangeParametersNamingParameterAndValue() {
    assertMessage(
        "temperature must be > 0 and finite, got 0.0",
        () -> ChatParameters.builder().temperature(0).build());
    assertMessage(
        "temperature must be > 0 and finite, got NaN",
        () -> ChatParameters.builder().temperature(Double.NaN).build());
    assertMessage(
        "topP must be in (0, 1], got 1.5", () -> ChatParameters.builder().topP(1.5).build());
    assertMessage(
        "maxTokens must be >= 1, got 0", () -> ChatParameters.builder().maxTokens(0).build());
    assertMessage(
        "timeout must be positive, got PT0S",
        () -> ChatParameters.builder().timeout(Duration.ZERO).build());
    assertMessage(
        "modelName must not be blank", () -> ChatParameters.builder().modelName(" ").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ChatParameters.builder().stopSequences(List.of("")).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ChatParameters.builder().providerOption("k", " ").build());
  }

  @Test
  void overrideWithLetsPresentValuesWinAndMergesProviderOptionsByKey() {
    ChatParameters base =
        ChatParameters.builder()
            .modelName("A")
            .temperature(0.5)
            .maxTokens(100)
            .providerOption("x", "1")
            .providerOption("y", "2")
            .stopSequences(List.of("END"))
            .build();
    ChatParameters over =
        ChatParameters.builder().temperature(0.9).providerOption("y", "3").build();
    ChatParameters m = base.overrideWith(over);
    assertEquals(Optional.of("A"), m.modelName());
    assertEquals(Optional.of(0.9), m.temperature());
    assertEquals(Optional.of(100), m.maxTokens());
    assertEquals(Map.of("x", "1", "y", "3"), m.providerOptions());
    assertEquals(List.of("END"), m.stopSequences());
  }

  @Test
  void messageAndResponseStringsDoNotShowContents() {
    assertEquals("ChatMessage[USER, 6 chars]", ChatMessage.user("secret").toString());
    ChatResponse r =
        new ChatResponse(
            "private text",
            FinishReason.STOP,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertTrue(!r.toString().contains("private"), r.toString());
  }

  @Test
  void availabilityNeedsAReasonExactlyWhenUnavailable() {
    assertThrows(IllegalArgumentException.class, () -> new Availability(true, Optional.of("x")));
    assertThrows(IllegalArgumentException.class, () -> new Availability(false, Optional.empty()));
    assertEquals(Optional.of("no key"), Availability.unavailable("no key").reason());
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable ex) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, ex).getMessage());
  }
}
