package dev.reactivator.core.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The canonical spelling of identity keys, shared by every source so that the same phone or e-mail
 * always merges into the same customer.
 */
public final class Contacts {
  private Contacts() {}

  /** Shortest and longest number of digits accepted in a phone (E.164 allows at most 15). */
  static final int MIN_PHONE_DIGITS = 5;

  static final int MAX_PHONE_DIGITS = 15;

  /**
   * The phone key: the digits left after removing {@code + ( ) - . space} and no-break spaces,
   * with Russian spellings unified: {@code 8XXXXXXXXXX} becomes {@code 7XXXXXXXXXX}, and a ten-digit
   * number starting with 9 (a mobile number without the country code) gets the {@code 7} prefix.
   *
   * @return the key, or empty when the value holds anything but a phone number (letters, several
   *     numbers, too few or too many digits)
   */
  public static Optional<String> normalizePhone(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0) {
        continue;
      } else if (c == '(' || c == ')' || c == '-' || c == ' ' || c == '.' || c == '\u00A0' || c == '\u2009' || c == '\t') {
        continue;
      } else {
        return Optional.empty();
      }
    }
    int n = digits.length();
    if (n < MIN_PHONE_DIGITS || n > MAX_PHONE_DIGITS) {
      return Optional.empty();
    }
    if (n == 11 && digits.charAt(0) == '8') {
      digits.setCharAt(0, '7');
    } else if (n == 10 && digits.charAt(0) == '9') {
      digits.insert(0, '7');
    }
    return Optional.of(digits.toString());
  }

  /**
   * The e-mail key: trimmed and lower-cased. The value must be exactly one address: one {@code @}
   * with a non-empty local part and domain, and no spaces, commas, semicolons or angle brackets.
   *
   * @return the key, or empty when the value is not exactly one address
   */
  public static Optional<String> normalizeEmail(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    int at = s.indexOf('@');
    if (at <= 0 || at != s.lastIndexOf('@') || at == s.length() - 1) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '"' || c == '(' || c == ')') {
        return Optional.empty();
      }
    }
    if (s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(s);
  }
}
