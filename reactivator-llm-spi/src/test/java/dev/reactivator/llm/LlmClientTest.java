package dev.reactivator.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LlmClientTest {

  /** A provider answering with a function of the request, recording what it received. */
  static final class ScriptedProvider implements LlmProvider {
    final List<ChatRequest> received = new ArrayList<>();
    final Availability availability;
    final ChatParameters defaults;
    final Function<ChatRequest, ChatResponse> answer;

    ScriptedProvider(
        Availability availability,
        ChatParameters defaults,
        Function<ChatRequest, ChatResponse> answer) {
      this.availability = availability;
      this.defaults = defaults;
      this.answer = answer;
    }

    @Override
    public String name() {
      return "scripted";
    }

    @Override
    public Availability availability() {
      return availability;
    }

    @Override
    public ChatParameters defaultParameters() {
      return defaults;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      received.add(request);
      return answer.apply(request);
    }
  }

  static ChatResponse ok(String text) {
    return new ChatResponse(
        text, FinishReason.STOP, Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void mergesProviderDefaultsUnderClientDefaultsUnderRequestParameters() {
    ScriptedProvider p =
        new ScriptedProvider(
            Availability.ready(),
            ChatParameters.builder()
                .modelName("provider-model")
                .temperature(0.1)
                .maxTokens(10)
                .build(),
            r -> ok("x"));
    LlmClient client =
        LlmClient.builder(p)
            .defaultParameters(ChatParameters.builder().temperature(0.2).maxTokens(20).build())
            .build();
    client.chat(
        ChatRequest.of("s", "u").withParameters(ChatParameters.builder().maxTokens(30).build()));
    ChatParameters sent = p.received.get(0).parameters();
    assertEquals(Optional.of("provider-model"), sent.modelName());
    assertEquals(Optional.of(0.2), sent.temperature());
    assertEquals(Optional.of(30), sent.maxTokens());
  }

  @Test
  void appliesFiltersInOrderBeforeListenersAndTheProviderSeeTheRequest() {
    ScriptedProvider p =
        new ScriptedProvider(Availability.ready(), ChatParameters.empty(), r -> ok("x"));
    List<ChatRequest> heard = new ArrayList<>();
    LlmClient client =
        LlmClient.builder(p)
            .filter(
                r ->
                    ChatRequest.of(List.of(ChatMessage.user(r.messages().get(1).content() + "+1"))))
            .filter(
                r ->
                    ChatRequest.of(List.of(ChatMessage.user(r.messages().get(0).content() + "+2"))))
            .listener(
                new LlmListener() {
                  @Override
                  public void onRequest(String provider, ChatRequest request) {
                    heard.add(request);
                  }
                })
            .build();
    client.chat("s", "u");
    assertEquals("u+1+2", p.received.get(0).messages().get(0).content());
    assertEquals(p.received, heard);
  }

  @Test
  void aFilterCanRefuseTheCallBeforeTheProviderIsReached() {
    ScriptedProvider p =
        new ScriptedProvider(Availability.ready(), ChatParameters.empty(), r -> ok("x"));
    LlmClient client =
        LlmClient.builder(p)
            .filter(
                r -> {
                  throw new LlmPermanentException("firewall: contact data in prompt");
                })
            .build();
    assertThrows(LlmPermanentException.class, () -> client.chat("s", "u"));
    assertTrue(p.received.isEmpty());
  }

  @Test
  void refusesUnavailableProvidersWithTheirReason() {
    ScriptedProvider p =
        new ScriptedProvider(
            Availability.unavailable("GIGACHAT_CREDENTIALS is not set"),
            ChatParameters.empty(),
            r -> ok("x"));
    LlmUnavailableException e =
        assertThrows(LlmUnavailableException.class, () -> LlmClient.of(p).chat("s", "u"));
    assertEquals(
        "LLM provider 'scripted' is not available: GIGACHAT_CREDENTIALS is not set",
        e.getMessage());
    assertTrue(p.received.isEmpty());
  }

  @Test
  void wrapsProviderBugsAndNullAnswersAsPermanentErrorsAndTellsListeners() {
    List<LlmException> errors = new ArrayList<>();
    LlmListener listener =
        new LlmListener() {
          @Override
          public void onError(
              String provider, ChatRequest request, LlmException error, Duration elapsed) {
            errors.add(error);
          }
        };
    ScriptedProvider buggy =
        new ScriptedProvider(
            Availability.ready(),
            ChatParameters.empty(),
            r -> {
              throw new IllegalStateException("boom");
            });
    LlmPermanentException e =
        assertThrows(
            LlmPermanentException.class,
            () -> LlmClient.builder(buggy).listener(listener).build().chat("s", "u"));
    assertTrue(e.getCause() instanceof IllegalStateException);
    ScriptedProvider silent =
        new ScriptedProvider(Availability.ready(), ChatParameters.empty(), r -> null);
    assertThrows(
        LlmPermanentException.class,
        () -> LlmClient.builder(silent).listener(listener).build().chat("s", "u"));
    assertEquals(2, errors.size());
  }

  @Test
  void providerExceptionsReachTheCallerUnchanged() {
    LlmRateLimitedException limit =
        new LlmRateLimitedException("slow down", Optional.of(Duration.ofSeconds(3)));
    ScriptedProvider p =
        new ScriptedProvider(
            Availability.ready(),
            ChatParameters.empty(),
            r -> {
              throw limit;
            });
    assertSame(
        limit, assertThrows(LlmRateLimitedException.class, () -> LlmClient.of(p).chat("s", "u")));
  }

  @Test
  void failingListenersDoNotBreakTheCall() {
    ScriptedProvider p =
        new ScriptedProvider(Availability.ready(), ChatParameters.empty(), r -> ok("fine"));
    LlmClient client =
        LlmClient.builder(p)
            .listener(
                new LlmListener() {
                  @Override
                  public void onRequest(String provider, ChatRequest request) {
                    throw new RuntimeException("listener bug");
                  }

                  @Override
                  public void onResponse(
                      String provider,
                      ChatRequest request,
                      ChatResponse response,
                      Duration elapsed) {
                    throw new RuntimeException("listener bug");
                  }
                })
            .build();
    assertEquals("fine", client.chat("s", "u").text());
  }

  @Test
  void rejectsDefaultParametersSetTwice() {
    ScriptedProvider p =
        new ScriptedProvider(Availability.ready(), ChatParameters.empty(), r -> ok("x"));
    LlmClient.Builder b = LlmClient.builder(p).defaultParameters(ChatParameters.empty());
    assertThrows(IllegalStateException.class, () -> b.defaultParameters(ChatParameters.empty()));
  }
}
