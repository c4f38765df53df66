package dev.reactivator.narrative;

import dev.reactivator.core.ReactivatorException;

/**
 * A text bound for an LLM (or coming back from one) contains personal data of the base: a customer
 * name, phone or e-mail address. The request is not sent; the narrator falls back to the offline
 * writer. The message says which kind of data was found, never the data itself.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public class PrivacyViolationException extends ReactivatorException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception whose message names the kind of data found, not the data.
   *
   * @param message the message, naming the kind of personal data found
   */
  public PrivacyViolationException(String message) {
    super(message);
  }
}
