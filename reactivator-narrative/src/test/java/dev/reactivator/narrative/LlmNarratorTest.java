package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SeedExample;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.llm.ChatMessage;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmHttpErrors;
import dev.reactivator.llm.LlmRateLimitedException;
import dev.reactivator.llm.LlmTransientException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The LLM narrator against an in-memory provider: happy path, unusable answers, failing providers.
 */
class LlmNarratorTest {
  private static final Locale RU = Locale.forLanguageTag("ru");
  private final Analysis seed = Fixtures.seed();

  private static ScriptedProvider answering(UnaryOperator<ObjectNode> edit) {
    return new ScriptedProvider(
        "memory", r -> edit.apply(ScriptedProvider.goodAnswer(r)).toString());
  }

  private ExecutiveSummary write(ScriptedProvider provider) {
    return Narrators.llm(LlmClient.of(provider)).write(seed, NarrationContext.of(RU));
  }

  private void assertFallback(ExecutiveSummary s, String reasonPart) {
    assertEquals("offline", s.writer());
    String reason = s.fallbackReason().orElseThrow();
    assertTrue(reason.contains(reasonPart), reason);
    ExecutiveSummary offline = Narrators.offline().write(seed, NarrationContext.of(RU));
    assertEquals(
        offline.sections(), s.sections(), "the fallback is the offline summary of the same facts");
    assertEquals(offline.chains(), s.chains());
  }

  @Test
  void happyPathParsesTheSectionsAndTemplatesAndNamesAreMergedLocally() {
    ScriptedProvider provider = ScriptedProvider.wellBehaved();
    Narrator narrator = Narrators.llm(LlmClient.of(provider));
    assertEquals("memory", narrator.name());
    ExecutiveSummary s = narrator.write(seed, NarrationContext.of(RU));
    assertEquals("memory", s.writer());
    assertTrue(s.fallbackReason().isEmpty(), s.fallbackReason().toString());
    assertEquals(1, provider.received.size());
    assertEquals(6, s.sections().size());
    assertEquals("Общая картина", s.section(SectionKind.BIG_PICTURE).orElseThrow().title());
    assertEquals(
        "LLM big-picture: 6 customers, health "
            + ScriptedProvider.facts(provider.received.get(0))
                .path("picture")
                .path("healthIndex")
                .asText(),
        s.sections().get(0).paragraphs().get(0));
    for (CallListRow row : seed.sales().callList()) {
      CustomerMessage m = CustomerMessage.of(seed, s, row).orElseThrow();
      if (row.primary() == Channel.SMS) {
        // "Hello {name}, try …" names the customer, which an SMS cannot: the offline SMS text
        assertFalse(m.firstMessage().contains(row.displayName()), m.firstMessage());
        assertEquals(1, SmsText.segments(m.firstMessage()), m.firstMessage());
      } else {
        assertTrue(
            m.firstMessage().startsWith("Hello " + row.displayName() + ", try "), m.firstMessage());
      }
    }
    String system = provider.received.get(0).messages().get(0).content();
    assertTrue(system.contains("in Russian"), system);
    assertEquals(ChatMessage.Role.SYSTEM, provider.received.get(0).messages().get(0).role());
  }

  @Test
  void englishPromptAsksForEnglish() {
    ScriptedProvider provider = ScriptedProvider.wellBehaved();
    ExecutiveSummary s =
        Narrators.llm(LlmClient.of(provider)).write(seed, NarrationContext.of(Locale.ENGLISH));
    assertEquals("The big picture", s.sections().get(0).title());
    assertTrue(provider.received.get(0).messages().get(0).content().contains("in English"));
  }

  @Test
  void answerWrappedInAMarkdownFenceIsAccepted() {
    ScriptedProvider provider =
        new ScriptedProvider(
            "memory", r -> "Вот ответ:\n```json\n" + ScriptedProvider.goodAnswer(r) + "\n```");
    assertEquals("memory", write(provider).writer());
  }

  @Test
  void sectionKeysWithUnderscoresAreAccepted() {
    ExecutiveSummary s =
        write(
            answering(
                a -> {
                  ObjectNode sections = (ObjectNode) a.get("sections");
                  sections.set("big_picture", sections.remove("big-picture"));
                  return a;
                }));
    assertEquals("memory", s.writer(), s.fallbackReason().toString());
  }

  @Test
  void malformedAnswerFallsBackWithTheReason() {
    assertFallback(
        write(new ScriptedProvider("memory", r -> "Извините, не могу {")), "unusable answer");
    assertFallback(
        write(new ScriptedProvider("memory", r -> "{\"sections\": [1, 2}")), "not valid JSON");
  }

  @Test
  void missingSectionFallsBack() {
    assertFallback(
        write(
            answering(
                a -> {
                  ((ObjectNode) a.get("sections")).remove("roi-forecast");
                  return a;
                })),
        "section \"roi-forecast\" is missing");
  }

  @Test
  void missingGroupTemplatesFallBack() {
    assertFallback(
        write(
            answering(
                a -> {
                  a.putArray("chains");
                  return a;
                })),
        "no templates for group");
  }

  @Test
  void unknownPlaceholderFallsBack() {
    assertFallback(
        write(
            answering(
                a -> {
                  ((ObjectNode) a.get("chains").get(0))
                      .put("first", "Позвоните {name} по номеру {phone}");
                  return a;
                })),
        "unknown placeholder {phone}");
  }

  @Test
  void answerNamingACustomerOfTheBaseIsRejectedWithoutQuotingTheName() {
    ExecutiveSummary s =
        write(
            answering(
                a -> {
                  ((ObjectNode) a.get("sections"))
                      .putArray("risks")
                      .add("Позвоните ООО ВЕКТОР сегодня");
                  return a;
                }));
    assertFallback(s, "contains a customer name");
    assertFalse(s.fallbackReason().orElseThrow().toLowerCase(RU).contains("вектор"));
  }

  @Test
  void providerFailuresFallBackWithTheKindOfFailure() {
    ScriptedProvider limited =
        new ScriptedProvider(
            "memory",
            r -> {
              throw new LlmRateLimitedException(
                  "memory: HTTP 429", Optional.of(Duration.ofSeconds(30)));
            });
    assertFallback(
        write(limited), "LLM provider 'memory' failed: LlmRateLimitedException: memory: HTTP 429");
    ScriptedProvider down =
        new ScriptedProvider(
            "memory",
            r -> {
              throw LlmHttpErrors.forStatus("memory", 503, "upstream down", Optional.empty());
            });
    assertFallback(write(down), LlmTransientException.class.getSimpleName());
    ScriptedProvider buggy =
        new ScriptedProvider(
            "memory",
            r -> {
              throw new IllegalStateException("bug");
            });
    assertFallback(write(buggy), "LlmPermanentException");
  }

  @Test
  void whenTheFinalInspectionFindsPersonalDataNothingIsSentAndTheSummaryIsOffline() {
    // a six-digit city number is not phone-like enough for the masking, but it is this base's
    // number
    dev.reactivator.core.InMemorySource src =
        new dev.reactivator.core.InMemorySource()
            .add(
                null,
                "22-33-44",
                null,
                "Городской Абонент",
                "Товар А",
                100,
                java.time.LocalDate.of(2025, 1, 1))
            .add(
                null,
                "79001112244",
                null,
                "Мобильный Абонент",
                "Товар Б",
                200,
                java.time.LocalDate.of(2025, 2, 1));
    Analysis small =
        Analysis.of(
            dev.reactivator.core.ScoredBases.withAlive(
                dev.reactivator.core.Reactivator.load(src)
                    .asOf(java.time.LocalDate.of(2026, 1, 1))
                    .base(),
                0.1,
                0.5));
    ScriptedProvider provider = ScriptedProvider.wellBehaved();
    ExecutiveSummary s =
        Narrators.llm(LlmClient.of(provider))
            .write(
                small, NarrationContext.of(RU).withBusinessContext("Наш городской номер 22 33 44"));
    assertTrue(provider.received.isEmpty());
    assertEquals("offline", s.writer());
    String reason = s.fallbackReason().orElseThrow();
    assertTrue(
        reason.contains("privacy firewall refused") && reason.contains("a phone number"), reason);
    assertFalse(reason.contains("22 33 44") || reason.contains("223344"), reason);
  }

  @Test
  void selectOfflineGivesTheOfflineNarrator() {
    Narrator n = Narrators.select("offline", Map.of());
    assertEquals("offline", n.name());
    assertEquals("offline", Narrators.select(" NONE ", Map.of()).name());
    assertTrue(n.write(seed, NarrationContext.of(RU)).fallbackReason().isEmpty());
  }

  @Test
  void selectingAnUninstalledProviderWritesOfflineAndSaysWhy() {
    ExecutiveSummary s =
        Narrators.select("no-such-llm", Map.of()).write(seed, NarrationContext.of(RU));
    assertEquals("offline", s.writer());
    assertTrue(s.fallbackReason().orElseThrow().contains("no-such-llm"), s.fallbackReason().get());
  }

  @Test
  void selectingAProviderWithoutCredentialsWritesOfflineAndSaysWhy() {
    ExecutiveSummary s =
        Narrators.select("test-memory", Map.of()).write(seed, NarrationContext.of(RU));
    assertEquals("offline", s.writer());
    assertTrue(
        s.fallbackReason().orElseThrow().contains("TEST_MEMORY_KEY is not set"),
        s.fallbackReason().get());
  }

  @Test
  void selectingAConfiguredProviderUsesIt() {
    Narrator n = Narrators.select("Test-Memory", Map.of("TEST_MEMORY_KEY", "k"));
    assertEquals("test-memory", n.name());
    ExecutiveSummary s = n.write(seed, NarrationContext.of(RU));
    assertEquals("test-memory", s.writer());
    assertTrue(s.fallbackReason().isEmpty());
  }

  @Test
  void withoutAnExplicitNameTheEnvironmentVariableChooses() {
    Narrator n =
        Narrators.select(
            Optional.empty(), Map.of("REACTIVATOR_LLM", "test-memory", "TEST_MEMORY_KEY", "k"));
    assertEquals("test-memory", n.name());
    Narrator off =
        Narrators.select(
            Optional.empty(), Map.of("REACTIVATOR_LLM", "none", "TEST_MEMORY_KEY", "k"));
    assertEquals("offline", off.name());
    assertTrue(off.write(seed, NarrationContext.of(RU)).fallbackReason().isEmpty());
  }

  @Test
  void anExplicitNameWinsOverTheEnvironmentVariable() {
    Narrator n =
        Narrators.select(
            "offline", Map.of("REACTIVATOR_LLM", "test-memory", "TEST_MEMORY_KEY", "k"));
    assertEquals("offline", n.name());
  }

  @Test
  void withNoChoiceTheOnlyAvailableProviderIsUsedElseOffline() {
    // test-broken cannot be created and test-memory needs its key: nothing available, plain offline
    Narrator none = Narrators.select(Optional.empty(), Map.of());
    assertEquals("offline", none.name());
    assertTrue(none.write(seed, NarrationContext.of(RU)).fallbackReason().isEmpty());
    assertEquals(
        "test-memory", Narrators.select(Optional.empty(), Map.of("TEST_MEMORY_KEY", "k")).name());
  }

  @Test
  void aRequestedButUnavailableProviderFromTheEnvironmentSaysWhy() {
    ExecutiveSummary s =
        Narrators.select(Optional.empty(), Map.of("REACTIVATOR_LLM", "test-memory"))
            .write(seed, NarrationContext.of(RU));
    assertEquals("offline", s.writer());
    assertTrue(
        s.fallbackReason().orElseThrow().contains("TEST_MEMORY_KEY is not set"),
        s.fallbackReason().get());
  }

  @Test
  void aFailingFactoryNeverPutsTheCredentialIntoTheReason() {
    String secret = "sk-very-secret-value-123456";
    ExecutiveSummary s =
        Narrators.select("test-broken", Map.of("TEST_BROKEN_KEY", secret))
            .write(seed, NarrationContext.of(RU));
    assertEquals("offline", s.writer());
    String reason = s.fallbackReason().orElseThrow();
    assertTrue(reason.contains("test-broken"), reason);
    assertFalse(reason.contains(secret), reason);
  }

  @Test
  void chainsOfTheLlmKeepPlaceholdersOnly() {
    ScriptedProvider provider = ScriptedProvider.wellBehaved();
    ExecutiveSummary s = Narrators.llm(LlmClient.of(provider)).write(seed, NarrationContext.of(RU));
    for (MessageChain c : s.chains()) {
      assertFalse(
          c.firstTouch()
              .contains(seed.base().name(SeedExample.index(seed.base(), "Анна")).orElseThrow()));
      assertTrue(c.channel() == Channel.SMS || c.firstTouch().contains("{name}"), c.firstTouch());
    }
  }
}
