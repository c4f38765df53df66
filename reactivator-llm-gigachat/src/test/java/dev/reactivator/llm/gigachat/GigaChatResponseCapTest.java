package dev.reactivator.llm.gigachat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmPermanentException;
import dev.reactivator.llm.LlmResponseBodies;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Break 8: an answer larger than the cap is not read whole, and not asked for again. */
class GigaChatResponseCapTest {
  private FakeGigaChat fake;

  @BeforeEach
  void start() {
    fake = new FakeGigaChat();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void break8_anAnswerLargerThanTheCapFailsTheCallWithoutARetry() {
    fake.chatAlways(FakeGigaChat.answer("слово ".repeat(2000), "stop", 10, 2000));
    LlmClient client = LlmClient.of(fake.provider().maxResponseBytes(4096).build());
    LlmPermanentException e =
        assertThrows(LlmPermanentException.class, () -> client.chat("system", "user"));
    assertTrue(e.getMessage().contains("larger than 4096 bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("GIGACHAT_MAX_RESPONSE_BYTES"), e.getMessage());
    assertEquals(1, fake.chatCalls.size(), "a flood is not asked for again");
  }

  @Test
  void break8_theCapDefaultsTo512KiBAndIsSetFromTheEnvironment() {
    assertEquals(512 * 1024, LlmResponseBodies.DEFAULT_MAX_BYTES);
    fake.chatAlways(FakeGigaChat.answer("слово ".repeat(2000), "stop", 10, 2000));
    GigaChatProvider fromEnv =
        GigaChatProvider.fromEnvironment(
            Map.of(
                "GIGACHAT_CREDENTIALS", FakeGigaChat.KEY,
                "GIGACHAT_BASE_URL", fake.baseUrl().toString(),
                "GIGACHAT_AUTH_URL", fake.authUrl().toString(),
                "GIGACHAT_CA_BUNDLE_FILE", FakeGigaChat.TLS.resolve("test-ca.pem").toString(),
                "GIGACHAT_MAX_RESPONSE_BYTES", "2048"));
    LlmPermanentException e =
        assertThrows(
            LlmPermanentException.class, () -> LlmClient.of(fromEnv).chat("system", "user"));
    assertTrue(e.getMessage().contains("larger than 2048 bytes"), e.getMessage());
    assertEquals(
        "слово слово",
        LlmClient.of(fake.provider().build()).chat("system", "user").text().substring(0, 11));
  }
}
