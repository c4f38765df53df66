package dev.reactivator.core.segment.sales;

import java.util.Locale;

/** The call priority ("Приоритет"): from the priority score (see {@link SalesOptions}). */
public enum Priority {
  /** Call first ("Высокий"). */
  HIGH("Высокий", "High"),
  /** ("Средний"). */
  MEDIUM("Средний", "Medium"),
  /** ("Низкий"). */
  LOW("Низкий", "Low");

  private final String russian;
  private final String english;

  Priority(String russian, String english) {
    this.russian = russian;
    this.english = english;
  }

  /** The stable key: {@code high}, {@code medium}, {@code low}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label in Russian for a Russian locale, else in English. */
  public String label(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? russian : english;
  }
}
