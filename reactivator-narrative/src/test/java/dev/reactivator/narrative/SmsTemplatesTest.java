package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Tone;
import dev.reactivator.llm.LlmClient;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SmsTemplatesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The longest product name of the bundled sample: «Облачное резервное копирование», 30. */
  private static String longestSampleProduct() {
    return Reactivator.load(Path.of("../examples/sample/customers.csv"))
        .asOf(LocalDate.of(2026, 1, 31))
        .base()
        .productNames()
        .stream()
        .max(Comparator.comparingInt(String::length))
        .orElseThrow();
  }

  @Test
  void everySmsTemplateFitsOneSegmentWithTheSamplesLongestProduct() {
    String product = longestSampleProduct();
    assertEquals("Облачное резервное копирование", product);
    for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
      Texts t = Texts.of(locale);
      for (Tone tone : Tone.values()) {
        for (String which : List.of("first", "second")) {
          String template = OfflineWriter.touch(t, "champions", tone, Channel.SMS, which);
          assertTrue(SmsText.fitsTemplateBudget(template), template);
          assertFalse(template.contains("{name}"), template);
          assertTrue(template.contains("{product}"), template);
          String sms = MessageChain.merge(template, Map.of("product", product, "name", "x"));
          // a Cyrillic product makes even the English text UCS-2: 70 characters in one segment
          assertFalse(SmsText.gsm7(sms), sms);
          assertTrue(
              SmsText.units(sms) <= SmsText.UCS2_SINGLE,
              locale + " " + tone + " " + which + ": " + SmsText.units(sms) + " > 70: " + sms);
          assertEquals(1, SmsText.segments(sms), sms);
          // with a Latin product name an English SMS is GSM-7 and has 160 characters to spare
          if (locale == Locale.ENGLISH) {
            String latin = MessageChain.merge(template, Map.of("product", "Cloud backup"));
            assertTrue(SmsText.gsm7(latin), latin);
            assertEquals(1, SmsText.segments(latin), latin);
          }
        }
      }
    }
  }

  @Test
  void anLlmSmsTemplateTooLongForOneSegmentGivesWayToTheOfflineOne() throws Exception {
    Analysis seed = Fixtures.seed();
    String tooLong =
        "Hello {name}, we have prepared a long personal letter about {product} for you";
    String answer =
        DocumentedProviderTest.exampleAnswer()
            .replace("\"New for you: {product}\"", JSON.writeValueAsString(tooLong));
    assertTrue(answer.contains(tooLong), "the example answer has the regular/info/sms group");
    ExecutiveSummary summary =
        Narrators.llm(LlmClient.of(new DocumentedProviderTest.PageProvider(answer)))
            .write(seed, NarrationContext.of(Locale.ENGLISH));
    assertEquals(Optional.empty(), summary.fallbackReason());
    MessageChain sms =
        summary.chains().stream()
            .filter(c -> c.key().equals("regular/info/sms"))
            .findFirst()
            .orElseThrow();
    assertEquals("New for you: {product}", sms.firstTouch()); // the offline English template
    assertEquals("Like {product}? Reply for details", sms.secondTouch()); // the LLM's, it fits
    assertFalse(SmsText.fitsTemplateBudget(tooLong));
    assertTrue(SmsText.fitsTemplateBudget("x".repeat(40) + "{product}"));
    assertFalse(SmsText.fitsTemplateBudget("x".repeat(41) + "{product}"));
  }

  @Test
  void countsGsm7AndUcs2SegmentsAsOperatorsBillThem() {
    assertEquals(0, SmsText.segments(""));
    assertEquals(1, SmsText.segments("a".repeat(160)));
    assertEquals(2, SmsText.segments("a".repeat(161))); // 161 / 153 → 2
    assertEquals(3, SmsText.segments("a".repeat(307))); // 307 / 153 → 3
    // the extension characters count twice: 80 euro signs are 160 septets
    assertEquals(160, SmsText.units("€".repeat(80)));
    assertEquals(2, SmsText.segments("€".repeat(81)));
    // one Cyrillic letter turns the whole text into UCS-2
    assertTrue(SmsText.gsm7("Hello, world!"));
    assertFalse(SmsText.gsm7("Hello, мир"));
    assertEquals(1, SmsText.segments("я".repeat(70)));
    assertEquals(2, SmsText.segments("я".repeat(71))); // 71 / 67 → 2
    assertEquals(3, SmsText.segments("я".repeat(135))); // 135 / 67 → 3
    assertEquals(70, SmsText.singleSegmentLimit("Привет"));
    assertEquals(160, SmsText.singleSegmentLimit("Hi"));
  }

  @Property
  void segmentsAreTheUnitsOverThePartSizeRoundedUp(@ForAll @StringLength(max = 400) String text) {
    int units = SmsText.units(text);
    int segments = SmsText.segments(text);
    int single = SmsText.singleSegmentLimit(text);
    int part = single == SmsText.GSM7_SINGLE ? SmsText.GSM7_PART : SmsText.UCS2_PART;
    if (units == 0) {
      assertEquals(0, segments);
    } else if (units <= single) {
      assertEquals(1, segments);
    } else {
      assertTrue((segments - 1) * part < units && units <= segments * part, text);
    }
  }
}
