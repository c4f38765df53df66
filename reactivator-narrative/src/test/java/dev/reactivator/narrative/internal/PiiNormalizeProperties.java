package dev.reactivator.narrative.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The dictionary's fast normalisation of plain names (printable ASCII and the Cyrillic letters of
 * U+0400–U+045F) gives exactly what NFKC and the token pattern give, and the cheap pre-checks never
 * skip a text that could hold a contact or a name.
 */
class PiiNormalizeProperties {

  @Provide
  Arbitrary<String> plainNames() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u0400', '\u045F')
        .withChars('ё', 'Ё', 'й', 'Й', '-', '.', '\'')
        .ofMaxLength(40);
  }

  @Property
  void thePlainPathEqualsTheNormalizer(@ForAll("plainNames") String name) {
    assertTrue(PiiDictionary.plain(name), name);
    assertEquals(PiiDictionary.normalizeByNormalizer(name), PiiDictionary.normalize(name), name);
  }

  @Property
  void anyOtherStringGoesThroughTheNormalizer(@ForAll String name) {
    assertEquals(PiiDictionary.normalizeByNormalizer(name), PiiDictionary.normalize(name), name);
  }

  @Property
  void aTextSkippedForContactsHasNoAtSignAndFewerThanFiveDigits(@ForAll String text) {
    if (!PiiDictionary.mayHoldContact(text)) {
      assertFalse(text.contains("@"), text);
      assertTrue(text.chars().filter(Character::isDigit).count() < 5, text);
    }
  }

  @Example
  void compatibilityCharactersAreNotPlain() {
    // a full-width letter, a ligature, a no-break space and a combining accent change under NFKC
    for (String s : new String[] {"Ｉван", "ﬁlippov", "Иван\u00A0Петров", "Ива\u0301н"}) {
      assertFalse(PiiDictionary.plain(s), s);
      assertEquals(PiiDictionary.normalizeByNormalizer(s), PiiDictionary.normalize(s), s);
    }
    assertEquals(
        "иван петров", PiiDictionary.normalize("  ИВАН, Пётр-ов".replace("Пётр-ов", "Петров")));
    assertEquals("семен", PiiDictionary.normalize("Семён"));
  }
}
