package dev.reactivator.core.segment.sales;

import java.util.Locale;

/**
 * The call priority ("Приоритет"): from the priority score (see {@link SalesOptions}).
 *
 * <p>Immutable and thread-safe.
 */
public enum Priority {
  /** Call first ("Высокий"). */
  HIGH,
  /** ("Средний"). */
  MEDIUM,
  /** ("Низкий"). */
  LOW;

  /**
   * The stable key: {@code high}, {@code medium}, {@code low}.
   *
   * @return the stable key: {@code high}, {@code medium}, {@code low}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
