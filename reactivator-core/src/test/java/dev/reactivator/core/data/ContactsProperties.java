package dev.reactivator.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass key spellings agree with the straightforward definitions they replaced. */
class ContactsProperties {

  @Property(tries = 3000)
  void phoneKeyAgreesWithTheDefinition(@ForAll("phones") String raw) {
    assertEquals(referencePhone(raw), Contacts.normalizePhone(raw));
  }

  @Property(tries = 3000)
  void emailKeyAgreesWithTheDefinition(@ForAll("emails") String raw) {
    assertEquals(referenceEmail(raw), Contacts.normalizeEmail(raw));
  }

  @Test
  void spellsRussianPhonesAsOneKey() {
    Optional<String> key = Optional.of("79001234567");
    assertEquals(key, Contacts.normalizePhone("8 (900) 123-45-67"));
    assertEquals(key, Contacts.normalizePhone("+7 900 123 45 67"));
    assertEquals(key, Contacts.normalizePhone("9001234567"));
    assertEquals(key, Contacts.normalizePhone("79001234567"));
    assertEquals(Optional.empty(), Contacts.normalizePhone("7900123456x"));
  }

  @Provide
  Arbitrary<String> phones() {
    return Arbitraries.strings()
        .withChars("0123456789897+()-. \u00A0\u2009\tx/")
        .ofMinLength(0)
        .ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> emails() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withChars("abAZ.@ ,;<>\"()\u00A0\u2003\u0130\u00C9é\t")
            .ofMinLength(0)
            .ofMaxLength(12),
        Arbitraries.strings().withChars("abcXY.@").ofMinLength(0).ofMaxLength(12));
  }

  private static Optional<String> referencePhone(String raw) {
    StringBuilder digits = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0) {
        continue;
      } else if (c == '('
          || c == ')'
          || c == '-'
          || c == ' '
          || c == '.'
          || c == '\u00A0'
          || c == '\u2009'
          || c == '\t') {
        continue;
      } else {
        return Optional.empty();
      }
    }
    int n = digits.length();
    if (n < Contacts.MIN_PHONE_DIGITS || n > Contacts.MAX_PHONE_DIGITS) {
      return Optional.empty();
    }
    if (n == 11 && digits.charAt(0) == '8') {
      digits.setCharAt(0, '7');
    } else if (n == 10 && digits.charAt(0) == '9') {
      digits.insert(0, '7');
    }
    return Optional.of(digits.toString());
  }

  private static Optional<String> referenceEmail(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    int at = s.indexOf('@');
    if (at <= 0 || at != s.lastIndexOf('@') || at == s.length() - 1) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)
          || c == ','
          || c == ';'
          || c == '<'
          || c == '>'
          || c == '"'
          || c == '('
          || c == ')') {
        return Optional.empty();
      }
    }
    if (s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(s);
  }
}
