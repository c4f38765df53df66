package dev.reactivator.core.spi;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a source needs to know to read rows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the analysis date: a row's purchase date is {@code asOf - days} when the row has no
 *     purchase date of its own
 * @param locale the language of row-problem messages (Russian by default, English available)
 */
public record ReadContext(LocalDate asOf, Locale locale) {
  /**
   * Checks the components.
   *
   * @param asOf the analysis date: a row's purchase date is {@code asOf - days} when the row has no
   *     purchase date of its own
   * @param locale the language of row-problem messages (Russian by default, English available)
   * @throws NullPointerException if a reference component is null
   */
  public ReadContext {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(locale, "locale");
  }
}
