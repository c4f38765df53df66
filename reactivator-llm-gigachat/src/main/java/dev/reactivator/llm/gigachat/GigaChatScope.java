package dev.reactivator.llm.gigachat;

import java.util.Arrays;
import java.util.Locale;

/**
 * The API contract an authorization key belongs to (gigachat-api.md §2.1).
 *
 * <p>Immutable and thread-safe.
 */
public enum GigaChatScope {
  /** Individuals (default). */
  GIGACHAT_API_PERS,
  /** Businesses, prepaid token packages. */
  GIGACHAT_API_B2B,
  /** Businesses, pay-as-you-go. */
  GIGACHAT_API_CORP;

  /**
   * Parses a scope name, case-insensitively.
   *
   * @param value for example {@code GIGACHAT_API_PERS}
   * @return the scope
   * @throws IllegalArgumentException naming the value and the valid ones
   */
  public static GigaChatScope parse(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    for (GigaChatScope s : values()) {
      if (s.name().equals(v)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "scope must be one of " + Arrays.toString(values()) + ", got '" + value + "'");
  }
}
