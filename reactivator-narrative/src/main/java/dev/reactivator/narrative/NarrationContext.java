package dev.reactivator.narrative;

import java.util.Locale;
import java.util.Objects;

/**
 * What a narrator needs besides the analysis: the language to write in and the user's free-text
 * description of the business ("мы продаём серверное оборудование B2B…"), which may be empty.
 *
 * <p>The business context is customer-supplied text: before it reaches a prompt the {@link
 * PrivacyFirewall} masks phone-like and e-mail-like strings and the base's customer names in it,
 * and sends it as data, never as instructions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language of the summary (Russian unless English is asked for)
 * @param businessContext the user's business context, possibly empty
 */
public record NarrationContext(Locale locale, String businessContext) {

  /**
   * Checks the components.
   *
   * @param locale the language of the summary (Russian unless English is asked for)
   * @param businessContext the user's business context, possibly empty
   */
  public NarrationContext {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(businessContext, "businessContext");
  }

  /**
   * A context in {@code locale} with no business context.
   *
   * @param locale the language of the summary (Russian unless English is asked for)
   * @return a context in {@code locale} with no business context
   */
  public static NarrationContext of(Locale locale) {
    return new NarrationContext(locale, "");
  }

  /**
   * This context with {@code text} as the business context.
   *
   * @param text the business context in the user's words; the firewall cleans it before any prompt
   * @return this context with {@code text} as the business context
   */
  public NarrationContext withBusinessContext(String text) {
    return new NarrationContext(locale, Objects.requireNonNull(text, "text"));
  }
}
