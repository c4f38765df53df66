package dev.reactivator.llm;

import java.util.Objects;

/**
 * A credential or access token. Its {@code toString()} is masked so it cannot leak into logs or
 * exception messages by accident; only {@link #reveal()} gives the value (to put it on the wire).
 *
 * <p>Masking keeps the last 4 characters of values of 12 characters or more ({@code ****wxyz}), and
 * nothing of shorter ones ({@code ****}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the value, non-blank
   * @return the secret
   * @throws IllegalArgumentException if blank (the message does not include the value)
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a secret must not be blank");
    }
    return new Secret(value.strip());
  }

  /**
   * The value, for putting it on the wire. Never log it.
   *
   * @return the value
   */
  public String reveal() {
    return value;
  }

  /**
   * The masked form, safe for messages.
   *
   * @return {@code ****} followed by the last 4 characters if the value has at least 12
   */
  public String masked() {
    return mask(value);
  }

  /**
   * Replaces every occurrence of this secret in {@code text} by its masked form; use it on text
   * that came from outside (server error bodies) before putting it into a message.
   *
   * @param text any text
   * @return the text without the secret
   */
  public String redactFrom(String text) {
    Objects.requireNonNull(text, "text");
    return text.replace(value, masked());
  }

  /**
   * Masks any string by the rule of this class.
   *
   * @param value the value
   * @return the masked form
   */
  public static String mask(String value) {
    Objects.requireNonNull(value, "value");
    return value.length() >= 12 ? "****" + value.substring(value.length() - 4) : "****";
  }

  /** The masked form. */
  @Override
  public String toString() {
    return masked();
  }
}
