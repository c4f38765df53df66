package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.llm.ChatMessage;
import dev.reactivator.llm.LlmClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Break 8 of the hardening list, the LLM faults: a model that never answers, one that answers a
 * flood, one that invents contacts, a customer named like a word of the fixed prompt, customer
 * names that mask product names in the offline summary.
 */
class LlmBreak8Test {
  private static final Locale RU = Locale.forLanguageTag("ru");
  private final Analysis seed = Fixtures.seed();

  @Test
  void break8_aHangingModelGivesWayToTheOfflineWriterAtTheNarrationDeadlineWithProgressMeanwhile() {
    ScriptedProvider hanging =
        new ScriptedProvider(
            "hanging",
            r -> {
              try {
                Thread.sleep(120_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "{}";
            });
    List<Duration> waits = new CopyOnWriteArrayList<>();
    ExecutiveSummary s =
        Narrators.llm(LlmClient.of(hanging))
            .write(
                seed,
                NarrationContext.of(RU)
                    .withDeadline(Duration.ofMillis(300))
                    .withListener(
                        (provider, elapsed, deadline) -> {
                          assertEquals("hanging", provider);
                          assertEquals(Duration.ofMillis(300), deadline);
                          waits.add(elapsed);
                        }));
    assertEquals("offline", s.writer());
    assertEquals(
        "LLM provider 'hanging' gave no answer within the narration deadline of 0.3 s",
        s.fallbackReason().orElseThrow());
    assertEquals(Duration.ZERO, waits.get(0), "told when the request goes out");
    assertEquals(
        Optional.of(Duration.ofMillis(300)),
        hanging.received.get(0).parameters().timeout(),
        "no attempt may outlast the deadline");
    assertEquals(Narrators.offline().write(seed, NarrationContext.of(RU)).sections(), s.sections());
  }

  @Test
  void break8_theDefaultNarrationDeadlineIs45Seconds() {
    assertEquals(Duration.ofSeconds(45), NarrationContext.of(RU).deadline());
  }

  @Test
  void break8_anAnswerLongerThanTheCapIsNotParsed() {
    ScriptedProvider flood =
        new ScriptedProvider("flood", r -> "{\"sections\": \"" + "x".repeat(600_000) + "\"}");
    ExecutiveSummary s = Narrators.llm(LlmClient.of(flood)).write(seed, NarrationContext.of(RU));
    assertTrue(
        s.fallbackReason().orElseThrow().contains("longer than 524288 characters"),
        s.fallbackReason().toString());
  }

  @Test
  void break8_contactsTheModelInventsAreCountedInTheFallbackReasonAndReachNoOutput() {
    ScriptedProvider inventive =
        new ScriptedProvider(
            "inventive",
            r -> {
              ObjectNode a = ScriptedProvider.goodAnswer(r);
              ((ArrayNode) a.path("sections").path("roadmap"))
                  .add("Звоните на горячую линию +7 (999) 000-11-22.");
              ObjectNode chain = (ObjectNode) a.path("chains").get(0);
              chain.put("first", "{name}, пишите на sales@invented.example или 8 999 000 11 22");
              return a.toString();
            });
    ExecutiveSummary s =
        Narrators.llm(LlmClient.of(inventive)).write(seed, NarrationContext.of(RU));
    assertEquals("offline", s.writer());
    String reason = s.fallbackReason().orElseThrow();
    assertTrue(reason.contains("it has 3 contact-like string(s)"), reason);
    String all = s.sections() + " " + s.chains();
    assertFalse(all.contains("000-11-22") || all.contains("000 11 22"), all);
    assertFalse(all.contains("invented.example"), all);
  }

  @Test
  void break8_aCustomerNamedLikeAWordOfTheFixedPromptDoesNotBlockTheRequest() {
    Analysis rules =
        Fixtures.analysis(
            Fixtures.big(
                40,
                7,
                c -> c == 0 ? "Rules" : Fixtures.name(c),
                c -> String.format("7912%07d", c),
                c -> "client" + c + "@example.ru"),
            7);
    ScriptedProvider provider = ScriptedProvider.wellBehaved();
    ExecutiveSummary s =
        Narrators.llm(LlmClient.of(provider))
            .write(
                rules, NarrationContext.of(RU).withBusinessContext("Наш лучший клиент — Rules."));
    assertEquals("memory", s.writer(), s.fallbackReason().toString());
    assertEquals(1, provider.received.size());
    List<ChatMessage> sent = provider.received.get(0).messages();
    assertTrue(sent.get(0).content().contains("Rules:"), "the fixed prompt is sent as it is");
    assertFalse(
        sent.get(1).content().contains("Rules"), "the name is still never sent as the customer's");
    // the final scan still refuses a name in the customer-supplied texts
    PrivacyFirewall firewall = PrivacyFirewall.of(rules);
    FactSheet clean = firewall.facts(NarrationContext.of(RU));
    FactSheet leaking =
        new FactSheet(
            clean.locale(),
            clean.currency(),
            "Наш лучший клиент — Rules.",
            clean.picture(),
            clean.risks(),
            clean.money(),
            clean.growth(),
            clean.roadmap(),
            clean.roi(),
            clean.discounts(),
            clean.lifecycle(),
            clean.groups(),
            clean.absentWidgets());
    PrivacyViolationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            PrivacyViolationException.class, () -> firewall.prompt(leaking));
    assertTrue(e.getMessage().contains("a customer name"), e.getMessage());
  }

  @Test
  void break8_namesInTheBaseNeverMaskProductNamesInTheOfflineSummary() {
    // "Dell" is a distinctive word of a customer's name and of the product "СХД Dell"
    Analysis analysis =
        Fixtures.analysis(
            Fixtures.big(
                60,
                11,
                c -> c == 3 ? "Сервис Dell" : Fixtures.name(c),
                c -> String.format("7912%07d", c),
                c -> "client" + c + "@example.ru"),
            11);
    FactSheet local = PrivacyFirewall.of(analysis).localFacts(NarrationContext.of(RU));
    FactSheet prompt = PrivacyFirewall.of(analysis).facts(NarrationContext.of(RU));
    assertTrue(
        local.freeTexts().stream().anyMatch(t -> t.contains("СХД Dell")),
        "the product is among the facts, as the file names it: " + local.freeTexts());
    assertTrue(
        local.freeTexts().stream().noneMatch(t -> t.contains(PiiMask.NAME)),
        local.freeTexts().toString());
    assertTrue(
        prompt.freeTexts().stream().noneMatch(t -> t.contains("Dell")),
        "the prompt still masks it: " + prompt.freeTexts());
    ExecutiveSummary offline = Narrators.offline().write(analysis, NarrationContext.of(RU));
    assertFalse(
        offline.sections().toString().contains(PiiMask.NAME), offline.sections().toString());
    ExecutiveSummary fallback =
        Narrators.llm(LlmClient.of(new ScriptedProvider("broken", r -> "not json")))
            .write(analysis, NarrationContext.of(RU));
    assertEquals(offline.sections(), fallback.sections());
  }

  /** The name mask, spelled once for the assertions. */
  private static final class PiiMask {
    static final String NAME = dev.reactivator.narrative.internal.PiiDictionary.NAME_MASK;
  }
}
