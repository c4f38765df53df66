package dev.reactivator.llm.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reactivator.llm.ChatParameters;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.LlmAuthenticationException;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmException;
import dev.reactivator.llm.LlmPermanentException;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.LlmProviderFactory;
import dev.reactivator.llm.LlmProviders;
import dev.reactivator.llm.LlmRateLimitedException;
import dev.reactivator.llm.LlmTransientException;
import dev.reactivator.llm.Secret;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI-compatible example provider against a loopback server: wire format, errors, discovery.
 */
class OpenAiCompatibleProviderTest {
  private static final String KEY = "sk-test-abcdefghijklmnop-4242";
  private final FakeOpenAi fake = new FakeOpenAi();

  @AfterEach
  void stop() {
    fake.close();
  }

  private OpenAiCompatibleProvider.Builder configured() {
    return OpenAiCompatibleProvider.builder()
        .baseUrl(fake.baseUrl())
        .model("qwen2.5:7b")
        .timeout(Duration.ofSeconds(5))
        .retries(0, Duration.ZERO, Duration.ZERO);
  }

  @Test
  void postsAChatCompletionWithTheBearerKeyAndReadsTheAnswer() {
    fake.script(FakeOpenAi.answer("Позвоните ID-0042.", "stop", 30, 5));
    LlmProvider p = configured().apiKey(Secret.of(KEY)).build();
    ChatResponse r = LlmClient.of(p).chat("Ты аналитик.", "Кому звонить?");
    assertEquals("Позвоните ID-0042.", r.text());
    assertEquals("llama3.1:8b", r.modelName().orElseThrow());
    assertEquals("chatcmpl-42", r.requestId().orElseThrow());
    assertEquals(35, r.tokenUsage().orElseThrow().totalTokens());
    FakeOpenAi.Received call = fake.calls.get(0);
    assertEquals("POST", call.method());
    assertEquals("/v1/chat/completions", call.path());
    assertEquals("Bearer " + KEY, call.header("Authorization"));
    JsonNode body = call.json();
    assertEquals("qwen2.5:7b", body.path("model").asText());
    assertFalse(body.path("stream").asBoolean(true));
    assertEquals("system", body.path("messages").path(0).path("role").asText());
    assertEquals("Кому звонить?", body.path("messages").path(1).path("content").asText());
  }

  @Test
  void sendsNoAuthorizationWithoutAKeyAndPassesKnownProviderOptions() {
    fake.script(FakeOpenAi.answer("ok", "stop", 1, 1));
    LlmClient.of(configured().build())
        .chat(
            ChatRequest.of("s", "u")
                .withParameters(
                    ChatParameters.builder()
                        .providerOption("seed", "7")
                        .stopSequences(java.util.List.of("###"))
                        .build()));
    FakeOpenAi.Received call = fake.calls.get(0);
    assertNull(call.header("Authorization"));
    assertEquals(7, call.json().path("seed").asInt());
    assertEquals("###", call.json().path("stop").path(0).asText());
  }

  @Test
  void unknownProviderOptionsAreRejectedBeforeAnyCall() {
    LlmException e =
        assertThrows(
            LlmPermanentException.class,
            () ->
                LlmClient.of(configured().build())
                    .chat(
                        ChatRequest.of("s", "u")
                            .withParameters(
                                ChatParameters.builder()
                                    .providerOption("repetition_penalty", "1")
                                    .build())));
    assertTrue(e.getMessage().contains("repetition_penalty"), e.getMessage());
    assertTrue(fake.calls.isEmpty());
  }

  @Test
  void rateLimitingCarriesRetryAfter() {
    fake.always(FakeOpenAi.error(429, "Rate limit reached", Map.of("Retry-After", "7")));
    LlmRateLimitedException e =
        assertThrows(
            LlmRateLimitedException.class, () -> LlmClient.of(configured().build()).chat("s", "u"));
    assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
    assertEquals(1, fake.calls.size());
  }

  @Test
  void transientFailuresAreRetriedWithinTheBudget() {
    fake.script(FakeOpenAi.error(503, "loading model", Map.of()));
    fake.script(FakeOpenAi.error(429, "slow down", Map.of("Retry-After", "1")));
    fake.script(FakeOpenAi.answer("ok", "stop", 1, 1));
    LlmProvider p = configured().retries(2, Duration.ofMillis(1), Duration.ofSeconds(2)).build();
    long start = System.nanoTime();
    assertEquals("ok", LlmClient.of(p).chat("s", "u").text());
    assertEquals(3, fake.calls.size());
    assertTrue(
        System.nanoTime() - start >= Duration.ofSeconds(1).toNanos(),
        "waited as Retry-After asked");
  }

  @Test
  void aRetryAfterLongerThanTheLongestWaitIsNotWaitedFor() {
    fake.always(FakeOpenAi.error(429, "quota", Map.of("Retry-After", "3600")));
    LlmProvider p = configured().retries(3, Duration.ofMillis(1), Duration.ofSeconds(1)).build();
    long start = System.nanoTime();
    LlmRateLimitedException e =
        assertThrows(LlmRateLimitedException.class, () -> LlmClient.of(p).chat("s", "u"));
    assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
    assertEquals(1, fake.calls.size());
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(1).toNanos());
  }

  @Test
  void rejectedKeysNeverAppearInTheErrorEvenWhenTheServerEchoesThem() {
    fake.always(FakeOpenAi.error(401, "Incorrect API key provided: " + KEY, Map.of()));
    LlmProvider p = configured().apiKey(Secret.of(KEY)).build();
    LlmException e =
        assertThrows(LlmAuthenticationException.class, () -> LlmClient.of(p).chat("s", "u"));
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    assertFalse(p.toString().contains(KEY), p.toString());
  }

  @Test
  void anUnreachableServerIsATransientFailure() {
    String url = fake.baseUrl();
    fake.close();
    LlmProvider p =
        OpenAiCompatibleProvider.builder()
            .baseUrl(url)
            .model("m")
            .apiKey(Secret.of(KEY))
            .timeout(Duration.ofSeconds(2))
            .retries(0, Duration.ZERO, Duration.ZERO)
            .build();
    LlmException e =
        assertThrows(LlmTransientException.class, () -> LlmClient.of(p).chat("s", "u"));
    assertTrue(e.getMessage().contains("cannot reach"), e.getMessage());
    assertFalse(e.getMessage().contains(KEY));
  }

  @Test
  void aSlowServerTimesOut() {
    fake.delayMillis = 1500;
    fake.script(FakeOpenAi.answer("late", "stop", 1, 1));
    LlmProvider p = configured().timeout(Duration.ofMillis(200)).build();
    LlmException e =
        assertThrows(LlmTransientException.class, () -> LlmClient.of(p).chat("s", "u"));
    assertTrue(e.getMessage().contains("no answer"), e.getMessage());
  }

  @Test
  void aNonJsonSuccessIsAPermanentFailure() {
    fake.script(new FakeOpenAi.Reply(200, Map.of(), "<html>proxy login</html>"));
    assertThrows(
        LlmPermanentException.class, () -> LlmClient.of(configured().build()).chat("s", "u"));
  }

  @Test
  void isFoundThroughServiceLoaderAndConfiguredFromSettings() {
    assertTrue(
        LlmProviders.installed().stream()
            .map(LlmProviderFactory::name)
            .anyMatch("openai-compatible"::equals));
    LlmProvider p =
        LlmProviders.find(
            "openai-compatible",
            Map.of(
                OpenAiCompatibleProvider.BASE_URL,
                fake.baseUrl(),
                OpenAiCompatibleProvider.MODEL,
                "llama3.1:8b",
                OpenAiCompatibleProvider.API_KEY,
                KEY,
                OpenAiCompatibleProvider.TIMEOUT,
                "30"));
    assertInstanceOf(OpenAiCompatibleProvider.class, p);
    assertTrue(p.isAvailable());
    assertEquals("llama3.1:8b", p.defaultParameters().modelName().orElseThrow());
    assertEquals(Duration.ofSeconds(30), p.defaultParameters().timeout().orElseThrow());
    fake.script(FakeOpenAi.answer("ok", "stop", 1, 1));
    assertEquals("ok", LlmClient.of(p).chat("s", "u").text());
    assertEquals("Bearer " + KEY, fake.calls.get(0).header("Authorization"));
  }

  @Test
  void withoutAModelItIsUnavailableAndDefaultsToLocalOllama() {
    LlmProvider p = new OpenAiCompatibleProviderFactory().create(Map.of());
    assertFalse(p.isAvailable());
    assertTrue(p.availability().reason().orElseThrow().contains(OpenAiCompatibleProvider.MODEL));
    assertTrue(p.toString().contains("http://localhost:11434/v1"), p.toString());
  }

  @Test
  void invalidSettingsFailNamingTheSettingButNotTheValueOfTheKey() {
    IllegalArgumentException url =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OpenAiCompatibleProvider.fromEnvironment(
                    Map.of(OpenAiCompatibleProvider.BASE_URL, "ftp://host/v1")));
    assertTrue(url.getMessage().contains(OpenAiCompatibleProvider.BASE_URL));
    IllegalArgumentException timeout =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OpenAiCompatibleProvider.fromEnvironment(
                    Map.of(OpenAiCompatibleProvider.TIMEOUT, "soon")));
    assertTrue(timeout.getMessage().contains(OpenAiCompatibleProvider.TIMEOUT));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            OpenAiCompatibleProvider.fromEnvironment(
                Map.of(OpenAiCompatibleProvider.BASE_URL, "http://user:" + KEY + "@host/v1")));
  }
}
