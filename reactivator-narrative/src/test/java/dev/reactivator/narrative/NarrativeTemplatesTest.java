package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.segment.sales.Tone;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NarrativeTemplatesTest {

  private static Properties bundle(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = NarrativeTemplatesTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /**
   * A product name is inserted as the user wrote it, in the nominative. Russian would decline it
   * after a preposition or as an object ("предложение на Лицензия Битрикс24"), so a Russian
   * template may put it only where the nominative is correct: quoted, at the start of a text, after
   * a colon, in parentheses, or as an apposition to "товара".
   */
  @Test
  void noRussianTemplatePutsAProductNameWhereRussianDeclinesIt() throws Exception {
    Properties ru = bundle("narrative.properties");
    List<String> wrong = new ArrayList<>();
    int seen = 0;
    for (String key : ru.stringPropertyNames()) {
      String text = ru.getProperty(key);
      for (String placeholder : List.of("{product}")) {
        int at = text.indexOf(placeholder);
        while (at >= 0) {
          seen++;
          String before = text.substring(0, at);
          boolean nominative =
              before.isEmpty()
                  || before.endsWith("«")
                  || before.endsWith(": ")
                  || before.endsWith("(")
                  || before.endsWith("товара ");
          if (!nominative || before.endsWith("на ")) {
            wrong.add(key + " = " + text);
          }
          at = text.indexOf(placeholder, at + 1);
        }
      }
    }
    assertTrue(seen >= 14, "the tone templates use {product}: " + seen);
    assertEquals(List.of(), wrong);
  }

  @Test
  void theOldCaseErrorsAreGone() throws Exception {
    Properties ru = bundle("narrative.properties");
    for (String key : ru.stringPropertyNames()) {
      String text = ru.getProperty(key);
      assertFalse(text.contains("на {product}"), key);
      assertFalse(text.contains("подобрали {product}"), key);
    }
  }

  @Test
  void championsGetACareTextThatDoesNotMissThem() {
    for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
      Texts t = Texts.of(locale);
      String generic = OfflineWriter.toneText(t, "lost", Tone.CARE, "first");
      String champions = OfflineWriter.toneText(t, "champions", Tone.CARE, "first");
      assertEquals(t.get("tone.care.first"), generic);
      assertEquals(t.get("tone.care.champions.first"), champions);
      assertFalse(champions.contains("Давно вас не видели"), champions);
      assertFalse(champions.contains("have not seen you"), champions);
      assertTrue(champions.contains("{product}"), champions);
      assertEquals(
          t.get("tone.care.champions.subject"),
          OfflineWriter.toneText(t, "champions", Tone.CARE, "subject"));
      assertEquals(
          t.get("tone.care.champions.second"),
          OfflineWriter.toneText(t, "champions", Tone.CARE, "second"));
    }
    Texts ru = Texts.of(Locale.forLanguageTag("ru"));
    assertEquals(
        "Давно вас не видели и хотим узнать, всё ли в порядке. Мы подобрали для вас: {product}."
            + " Рассказать подробнее?",
        OfflineWriter.toneText(ru, "regular", Tone.CARE, "first"));
  }

  @Test
  void otherTonesOfChampionsKeepTheirCommonTexts() {
    Texts ru = Texts.of(Locale.forLanguageTag("ru"));
    for (Tone tone : Tone.values()) {
      if (tone != Tone.CARE) {
        assertEquals(
            ru.get("tone." + tone.key() + ".first"),
            OfflineWriter.toneText(ru, "champions", tone, "first"),
            tone.key());
      }
    }
    assertEquals(
        "Вы один из самых ценных для нас клиентов, и мы подготовили для вас персональное"
            + " предложение: {product}.",
        OfflineWriter.toneText(ru, "champions", Tone.VIP, "first"));
  }
}
