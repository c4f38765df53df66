package dev.reactivator.narrative;

import java.util.Objects;

/**
 * The length of a text sent as an SMS, counted the way operators bill it: a text whose every
 * character is in the GSM 03.38 default alphabet is GSM-7 (160 characters in one segment, 153 per
 * segment of a longer message; the extension characters {@code ^ { } \ [ ] ~ | €} count twice); any
 * other character (a Cyrillic letter, «», —) makes the whole text UCS-2 (70 UTF-16 units in one
 * segment, 67 per segment of a longer message).
 *
 * <p>Static methods only: thread-safe.
 */
public final class SmsText {
  /** The characters of one GSM-7 segment. */
  public static final int GSM7_SINGLE = 160;

  /** The characters of each segment of a multi-part GSM-7 message. */
  public static final int GSM7_PART = 153;

  /** The UTF-16 units of one UCS-2 segment. */
  public static final int UCS2_SINGLE = 70;

  /** The UTF-16 units of each segment of a multi-part UCS-2 message. */
  public static final int UCS2_PART = 67;

  /**
   * The characters an SMS template may hold besides its {@code {name}} and {@code {product}}
   * placeholders: one 70-character UCS-2 segment less 30 for the product name (the bundled sample's
   * longest is 30). The offline templates keep to it, and an LLM's SMS template that does not is
   * replaced by the offline one.
   */
  public static final int TEMPLATE_BUDGET = 40;

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  private static final String EXTENSION = "\f^{}\\[~]|€";

  private SmsText() {}

  /**
   * Whether {@code text} can be sent in the GSM-7 alphabet.
   *
   * @param text the message
   * @return true when every character is in the default alphabet or its extension table
   */
  public static boolean gsm7(String text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (BASIC.indexOf(ch) < 0 && EXTENSION.indexOf(ch) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of {@code text} in its encoding's units: GSM-7 septets (an extension character is
   * two) or UCS-2 UTF-16 units.
   *
   * @param text the message
   * @return the units it takes
   */
  public static int units(String text) {
    if (!gsm7(text)) {
      return text.length();
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return n;
  }

  /**
   * The characters one segment of {@code text}'s encoding holds: {@value #GSM7_SINGLE} for GSM-7,
   * {@value #UCS2_SINGLE} for UCS-2.
   *
   * @param text the message
   * @return the single-segment limit of its encoding
   */
  public static int singleSegmentLimit(String text) {
    return gsm7(text) ? GSM7_SINGLE : UCS2_SINGLE;
  }

  /**
   * Whether an SMS template keeps to {@link #TEMPLATE_BUDGET} characters besides its placeholders
   * and names no customer ({@code {name}} would not fit beside a product in one segment).
   *
   * @param template the template with {@code {product}} (and perhaps {@code {name}}) placeholders
   * @return true when it has no {@code {name}} and at most {@value #TEMPLATE_BUDGET} other
   *     characters
   */
  public static boolean fitsTemplateBudget(String template) {
    Objects.requireNonNull(template, "template");
    return !template.contains("{name}")
        && template.replace("{product}", "").length() <= TEMPLATE_BUDGET;
  }

  /**
   * How many segments {@code text} is sent in: one up to the single-segment limit, else the units
   * over {@value #GSM7_PART} (GSM-7) or {@value #UCS2_PART} (UCS-2), rounded up; 0 for an empty
   * text.
   *
   * @param text the message
   * @return the segments
   */
  public static int segments(String text) {
    int units = units(text);
    if (units == 0) {
      return 0;
    }
    boolean gsm = gsm7(text);
    if (units <= (gsm ? GSM7_SINGLE : UCS2_SINGLE)) {
      return 1;
    }
    int part = gsm ? GSM7_PART : UCS2_PART;
    return (units + part - 1) / part;
  }
}
