package dev.reactivator.narrative;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What a narrator needs besides the analysis: the language to write in, the user's free-text
 * description of the business ("мы продаём серверное оборудование B2B…"), which may be empty, the
 * narration deadline and who is told while a language model is awaited.
 *
 * <p>The business context is customer-supplied text: before it reaches a prompt the {@link
 * PrivacyFirewall} masks phone-like and e-mail-like strings and the base's customer names in it,
 * and sends it as data, never as instructions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language of the summary (Russian unless English is asked for)
 * @param businessContext the user's business context, possibly empty
 * @param deadline the longest a narrator waits for a language model, all attempts included; then
 *     the offline writer takes over and says why
 * @param listener told while a language model is awaited
 */
public record NarrationContext(
    Locale locale, String businessContext, Duration deadline, NarrationListener listener) {

  /** The default narration deadline: 45 seconds. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(45);

  /**
   * Checks the components.
   *
   * @param locale the language of the summary (Russian unless English is asked for)
   * @param businessContext the user's business context, possibly empty
   * @param deadline positive
   * @param listener told while a language model is awaited
   */
  public NarrationContext {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(businessContext, "businessContext");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(listener, "listener");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive, got " + deadline);
    }
  }

  /**
   * A context with the default deadline and no listener.
   *
   * @param locale the language of the summary (Russian unless English is asked for)
   * @param businessContext the user's business context, possibly empty
   */
  public NarrationContext(Locale locale, String businessContext) {
    this(locale, businessContext, DEFAULT_DEADLINE, NarrationListener.NONE);
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
    return new NarrationContext(locale, Objects.requireNonNull(text, "text"), deadline, listener);
  }

  /**
   * This context with another narration deadline.
   *
   * @param value positive
   * @return this context with {@code value} as the deadline
   */
  public NarrationContext withDeadline(Duration value) {
    return new NarrationContext(locale, businessContext, value, listener);
  }

  /**
   * This context with {@code value} told while a language model is awaited.
   *
   * @param value the listener
   * @return this context with the listener
   */
  public NarrationContext withListener(NarrationListener value) {
    return new NarrationContext(locale, businessContext, deadline, value);
  }
}
