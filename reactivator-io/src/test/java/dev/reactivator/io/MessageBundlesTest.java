package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.io.internal.IoMessages;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  @Test
  void russianAndEnglishBundlesHaveTheSameKeys() {
    ResourceBundle ru = IoMessages.bundle(Locale.forLanguageTag("ru"));
    ResourceBundle en = IoMessages.bundle(Locale.ENGLISH);
    assertEquals(new TreeSet<>(ru.keySet()), new TreeSet<>(en.keySet()));
    assertEquals("Строка 7: x", IoMessages.get(Locale.forLanguageTag("ru"), "row", 7L, "x"));
    assertEquals("Line 1234567: x", IoMessages.get(Locale.ENGLISH, "row", 1234567L, "x"));
  }

  @Test
  void otherLanguagesFallBackToRussian() {
    assertEquals("Строка 7: x", IoMessages.get(Locale.GERMAN, "row", 7L, "x"));
  }
}
