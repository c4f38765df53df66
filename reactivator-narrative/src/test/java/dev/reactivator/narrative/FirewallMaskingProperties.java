package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any phone or e-mail, in any common spelling, embedded in any text, comes out of the masking
 * masked.
 */
class FirewallMaskingProperties {

  /** Text around the contact: words in Cyrillic and Latin with punctuation, no digits. */
  @Provide
  Arbitrary<String> prose() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖabcdefghijklmnopqrstuvwxyzABCXYZ")
            .ofMinLength(1)
            .ofMaxLength(12);
    Arbitrary<String> sep = Arbitraries.of(" ", ", ", ": ", " — ", "\n", " (", ") ", "; ", "\t");
    return Combinators.combine(word.list().ofMaxSize(6), sep.list().ofSize(6))
        .as(
            (ws, ss) -> {
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < ws.size(); i++) {
                b.append(ws.get(i)).append(ss.get(i));
              }
              return b.toString();
            });
  }

  /**
   * A Russian mobile or city number (ten digits after the country code) in one of many spellings.
   */
  @Provide
  Arbitrary<String[]> phones() {
    Arbitrary<String> ten = Arbitraries.strings().numeric().ofLength(9).map(s -> "9" + s);
    Arbitrary<Integer> style = Arbitraries.integers().between(0, 9);
    return Combinators.combine(ten, style)
        .as(
            (d, st) -> {
              String a = d.substring(0, 3);
              String b = d.substring(3, 6);
              String c = d.substring(6, 8);
              String e = d.substring(8, 10);
              String spelled =
                  switch (st) {
                    case 0 -> "+7 (" + a + ") " + b + "-" + c + "-" + e;
                    case 1 -> "8" + d;
                    case 2 -> a + " " + b + " " + c + " " + e;
                    case 3 -> "+7-" + a + "-" + b + "-" + c + "-" + e;
                    case 4 -> "7" + d;
                    case 5 -> "8 (" + a + ") " + b + " " + c + " " + e;
                    case 6 -> "+7" + d;
                    case 7 -> "(" + a + ")" + b + "-" + c + e;
                    case 8 -> "8-" + a + "-" + b + c + e;
                    default -> "+7\u00A0" + a + "\u00A0" + b + "\u00A0" + c + "\u00A0" + e;
                  };
              return new String[] {spelled, d};
            });
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzABCDEFXYZ0123456789._-+")
            .ofMinLength(1)
            .ofMaxLength(16)
            .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    Arbitrary<String> label =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzабвгд0123456789-")
            .ofMinLength(1)
            .ofMaxLength(10)
            .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    Arbitrary<String> tld = Arbitraries.of("ru", "com", "org", "RU", "рф", "info", "co.uk");
    return Combinators.combine(local, label.list().ofMinSize(1).ofMaxSize(3), tld)
        .as((l, ls, t) -> l + "@" + String.join(".", ls) + "." + t);
  }

  @Property(tries = 400)
  void everyPhoneIsMasked(
      @ForAll("prose") String before,
      @ForAll("phones") String[] phone,
      @ForAll("prose") String after) {
    String masked = PrivacyFirewall.maskContacts(before + phone[0] + after);
    assertTrue(masked.contains("[phone]"), masked);
    assertFalse(masked.contains(phone[0]), masked);
    assertFalse(masked.replaceAll("\\D", "").contains(phone[1].substring(3)), masked);
  }

  @Property(tries = 400)
  void everyEmailIsMasked(
      @ForAll("prose") String before,
      @ForAll("emails") String email,
      @ForAll("prose") String after) {
    String text = before + email + after;
    String masked = PrivacyFirewall.maskContacts(text);
    assertTrue(masked.contains("[email]"), masked);
    assertFalse(masked.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT)), masked);
    assertFalse(masked.contains("@"), masked);
  }

  @Property(tries = 200)
  void severalContactsInOneTextAreAllMasked(
      @ForAll("phones") String[] p1,
      @ForAll("emails") String e1,
      @ForAll("phones") String[] p2,
      @ForAll("prose") String glue) {
    String masked =
        PrivacyFirewall.maskContacts(String.join(" " + glue + " ", List.of(p1[0], e1, p2[0])));
    assertFalse(masked.replaceAll("\\D", "").contains(p1[1].substring(3)), masked);
    assertFalse(masked.replaceAll("\\D", "").contains(p2[1].substring(3)), masked);
    assertFalse(masked.contains("@"), masked);
  }

  @Property(tries = 200)
  void textWithoutContactsIsUnchanged(@ForAll("prose") String text) {
    String t = text + " 2024 год, 15 %, 1 200 ₽, ID-0042";
    org.junit.jupiter.api.Assertions.assertEquals(t, PrivacyFirewall.maskContacts(t));
  }
}
