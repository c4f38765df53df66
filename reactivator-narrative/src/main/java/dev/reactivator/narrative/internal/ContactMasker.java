package dev.reactivator.narrative.internal;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks contact-like strings (e-mail addresses and phone numbers in any common spelling) in free
 * text. Errs on the side of masking: any run of 10 or more digits joined by spaces, hyphens, dots,
 * slashes or parentheses is treated as a phone, and so is a shorter run of 7–9 digits written like
 * one ({@code +…}, {@code (…)}, or ending in {@code 123-45-67}).
 */
public final class ContactMasker {

  /** What a masked e-mail address is replaced by. */
  public static final String EMAIL_MASK = "[email]";

  /** What a masked phone number is replaced by. */
  public static final String PHONE_MASK = "[phone]";

  private static final Pattern EMAIL =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+'\\-]+\\s*(?:@|＠|\\(at\\)|\\[at])\\s*[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String SEP = "[\\s\\u00A0\\u2009\\u202F\\-\\u2010-\\u2015.()/]";
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<!\\p{N})(?:\\+"
              + SEP
              + "{0,3})?\\(?\\p{N}(?:"
              + SEP
              + "{0,3}\\p{N}){6,}(?!\\p{N})\\)?");
  private static final Pattern LOCAL_TAIL =
      Pattern.compile(".*\\d{3}[\\s\\-]\\d{2}[\\s\\-]\\d{2}\\)?$");

  private ContactMasker() {}

  /** {@code text} with every e-mail-like and phone-like string replaced by a mask. */
  public static String mask(String text) {
    Objects.requireNonNull(text, "text");
    String noEmails = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL_MASK));
    Matcher m = PHONE.matcher(noEmails);
    StringBuilder out = new StringBuilder(noEmails.length());
    while (m.find()) {
      String candidate = m.group();
      m.appendReplacement(
          out, Matcher.quoteReplacement(looksLikePhone(candidate) ? PHONE_MASK : candidate));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** How many e-mail-like and phone-like strings {@link #mask} replaces in {@code text}. */
  public static int count(String text) {
    return masks(mask(text)) - masks(text);
  }

  private static int masks(String s) {
    int n = 0;
    for (String m : new String[] {EMAIL_MASK, PHONE_MASK}) {
      for (int i = s.indexOf(m); i >= 0; i = s.indexOf(m, i + m.length())) {
        n++;
      }
    }
    return n;
  }

  /** The digits of {@code text} (any Unicode decimal digit, as ASCII), in order. */
  public static String digits(CharSequence text) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      int v = Character.digit(text.charAt(i), 10);
      if (v >= 0) {
        d.append((char) ('0' + v));
      }
    }
    return d.toString();
  }

  private static boolean looksLikePhone(String candidate) {
    int n = digits(candidate).length();
    if (n >= 10) {
      return true;
    }
    return candidate.startsWith("+")
        || candidate.contains("(")
        || LOCAL_TAIL.matcher(candidate.strip()).matches();
  }
}
