package dev.reactivator.llm.gigachat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.sales.CallGroup;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.FactSheet;
import dev.reactivator.narrative.NarrationContext;
import dev.reactivator.narrative.Narrators;
import dev.reactivator.narrative.PrivacyFirewall;
import dev.reactivator.narrative.SectionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole path a user takes with {@code --llm gigachat}: an analysis of customers with unique
 * (canary) names, phones and e-mails goes through the report module's privacy firewall and LLM
 * narrator to the real GigaChat provider, which talks OAuth and chat completions over HTTPS to the
 * loopback {@link FakeGigaChat}. What reaches the wire is checked byte for byte.
 */
class GigaChatNarrationTest {
  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final int CUSTOMERS = 40;
  private static final ObjectMapper JSON = new ObjectMapper();
  private FakeGigaChat fake;

  @BeforeEach
  void start() {
    fake = new FakeGigaChat();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static String name(int c) {
    return "Фламинго-Кварц-" + (7100 + c);
  }

  static String phoneDigits(int c) {
    return String.format(Locale.ROOT, "7916%07d", 3_100_000 + c * 7);
  }

  static String email(int c) {
    return "kanareyka" + (500 + c) + "@zebra-post.ru";
  }

  static Analysis canaryAnalysis() {
    InMemorySource src = new InMemorySource();
    LocalDate asOf = LocalDate.of(2026, 1, 31);
    String[] products = {"Сервер", "Монитор", "Ноутбук", "Лицензия"};
    for (int c = 0; c < CUSTOMERS; c++) {
      String d = phoneDigits(c);
      String phone =
          "+7 ("
              + d.substring(1, 4)
              + ") "
              + d.substring(4, 7)
              + "-"
              + d.substring(7, 9)
              + "-"
              + d.substring(9);
      int purchases = 1 + c % 4;
      for (int k = 0; k < purchases; k++) {
        LocalDate day = asOf.minusDays(20 + (c * 37L) % 700 + k * 45L);
        src.add(
            "id-" + c,
            k % 2 == 0 ? phone : null,
            email(c),
            name(c),
            products[(c + k) % products.length],
            10_000 + 1_000 * c + 100 * k,
            day);
      }
    }
    return Reactivator.load(src).asOf(asOf).score().segment();
  }

  /** A well-formed narrator answer for {@code facts}: six sections and a chain per group. */
  static String answerFor(FactSheet facts) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode sections = root.putObject("sections");
    for (SectionKind k : SectionKind.values()) {
      sections
          .putArray(k.key())
          .add("Раздел " + k.key() + ": в базе " + facts.picture().customers() + " клиентов.");
    }
    ArrayNode chains = root.putArray("chains");
    for (CallGroup g : facts.groups()) {
      chains
          .addObject()
          .put("group", g.key())
          .put("first", "Здравствуйте, {name}! Для вас {product}.")
          .put("second", "{name}, напоминаем про {product}.");
    }
    return root.toString();
  }

  static List<String> forbidden(int c) {
    String d = phoneDigits(c);
    List<String> out = new ArrayList<>();
    out.add(name(c).toLowerCase(RU));
    out.add(name(c).replace('-', ' ').toLowerCase(RU));
    out.add(email(c));
    out.add(d.substring(1)); // the last ten digits
    out.add(d.substring(1, 4) + ") " + d.substring(4, 7)); // as spelled in the file
    out.add(d.substring(4, 7) + "-" + d.substring(7, 9) + "-" + d.substring(9));
    return out;
  }

  @Test
  void narrationThroughGigaChatSendsNoPersonalDataAndMergesNamesLocally() throws Exception {
    Analysis analysis = canaryAnalysis();
    String context =
        "Мы продаём ИТ-оборудование. Пишите "
            + email(3)
            + " или звоните +7 916 "
            + phoneDigits(5).substring(4, 7)
            + " "
            + phoneDigits(5).substring(7, 9)
            + " "
            + phoneDigits(5).substring(9)
            + ", спросите "
            + name(7)
            + ".";
    NarrationContext ctx = NarrationContext.of(RU).withBusinessContext(context);
    FactSheet facts = PrivacyFirewall.of(analysis).facts(ctx);
    assertFalse(facts.groups().isEmpty(), "the call list has message groups");
    fake.chatAlways(FakeGigaChat.answer(answerFor(facts), "stop", 900, 300));

    ExecutiveSummary summary =
        Narrators.llm(LlmClient.of(fake.provider().build())).write(analysis, ctx);

    assertEquals("gigachat", summary.writer());
    assertTrue(summary.fallbackReason().isEmpty(), summary.fallbackReason().orElse(""));
    assertEquals(SectionKind.values().length, summary.sections().size());
    assertEquals(facts.groups().size(), summary.chains().size());
    assertFalse(fake.chatCalls.isEmpty(), "the narrator asked the model");
    for (FakeGigaChat.Recorded call : fake.chatCalls) {
      String wire = JSON.readTree(call.body()).toString().toLowerCase(RU); // \\u escapes decoded
      String digits = wire.replaceAll("[^0-9]", "");
      for (int c = 0; c < CUSTOMERS; c++) {
        for (String f : forbidden(c)) {
          assertFalse(
              wire.contains(f.toLowerCase(RU)), "customer " + c + " reached GigaChat as " + f);
        }
        assertFalse(
            digits.contains(phoneDigits(c).substring(1)),
            "customer " + c + "'s phone digits reached GigaChat");
      }
      assertTrue(wire.contains("id-00"), "customers are named by pseudonym only");
    }
    for (var chain : summary.chains()) {
      // an SMS stays one segment: its offline template names the product, not the customer
      String placeholder = chain.channel() == Channel.SMS ? "{product}" : "{name}";
      assertTrue(
          chain.firstTouch().contains(placeholder), "templates keep their placeholders: " + chain);
    }
  }

  @Test
  void aFailingGigaChatLeavesAnOfflineSummaryThatSaysWhyWithoutTheKey() {
    fake.chatAlways(FakeGigaChat.apiError(500, "internal error"));
    ExecutiveSummary summary =
        Narrators.llm(LlmClient.of(fake.provider().build()))
            .write(canaryAnalysis(), NarrationContext.of(RU));
    assertEquals("offline", summary.writer());
    String reason = summary.fallbackReason().orElseThrow();
    assertTrue(reason.contains("gigachat"), reason);
    assertFalse(reason.contains(FakeGigaChat.KEY), "the authorization key is not in the reason");
    assertEquals(SectionKind.values().length, summary.sections().size());
  }
}
