package dev.reactivator.core.data;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical spelling of identity keys, shared by every source so that the same phone or e-mail
 * always merges into the same customer.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class Contacts {
  private Contacts() {}

  /** Shortest and longest number of digits accepted in a phone (E.164 allows at most 15). */
  static final int MIN_PHONE_DIGITS = 5;

  static final int MAX_PHONE_DIGITS = 15;

  /**
   * The phone key: the digits left after removing {@code + ( ) - . space} and no-break spaces, with
   * Russian spellings unified: {@code 8XXXXXXXXXX} becomes {@code 7XXXXXXXXXX}, and a ten-digit
   * number starting with 9 (a mobile number without the country code) gets the {@code 7} prefix.
   *
   * @param raw the phone cell as written, or {@code null}
   * @return the key, or empty when the value holds anything but a phone number (letters, several
   *     numbers, too few or too many digits)
   */
  public static Optional<String> normalizePhone(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    // one pass into a byte buffer; a value that is already a key is returned as it is
    int len = raw.length();
    byte[] digits = new byte[len + 1];
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        digits[n++] = (byte) c;
      } else if (c == '+' && n == 0) {
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
    if (n < MIN_PHONE_DIGITS || n > MAX_PHONE_DIGITS) {
      return Optional.empty();
    }
    if (n == 11 && digits[0] == '8') {
      digits[0] = '7';
    } else if (n == 10 && digits[0] == '9') {
      System.arraycopy(digits, 0, digits, 1, n);
      digits[0] = '7';
      n++;
    } else if (n == len) {
      return Optional.of(raw); // digits only, nothing to change
    }
    return Optional.of(new String(digits, 0, n, StandardCharsets.ISO_8859_1));
  }

  /**
   * The e-mail key: trimmed and lower-cased. The value must be exactly one address: one {@code @}
   * with a non-empty local part and domain, and no spaces, commas, semicolons or angle brackets.
   *
   * @param raw the e-mail cell as written, or {@code null}
   * @return the key, or empty when the value is not exactly one address
   */
  public static Optional<String> normalizeEmail(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    int n = s.length();
    int at = -1;
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '@') {
        if (at >= 0) {
          return Optional.empty(); // more than one @
        }
        at = i;
      } else if (c == ','
          || c == ';'
          || c == '<'
          || c == '>'
          || c == '"'
          || c == '('
          || c == ')'
          || (c == '.' && prev == '.')
          || ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c))) {
        return Optional.empty();
      }
      prev = c;
    }
    if (at <= 0 || at == n - 1 || s.charAt(0) == '.' || s.charAt(n - 1) == '.') {
      return Optional.empty();
    }
    return Optional.of(s);
  }
}
