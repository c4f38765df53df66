package dev.reactivator.core.segment.sales;

import java.util.Locale;

/** The seed's "Прогноз эффективности базы" category, by return probability. */
public enum ReturnForecast {
  /** Likely to buy again after the recommended action ("Успех"). */
  SUCCESS("Успех", "Success"),
  /** Unstable, about even odds ("Нейтрально"). */
  NEUTRAL("Нейтрально", "Neutral"),
  /** Very unlikely to return: not worth budget ("Отток"). */
  CHURN("Отток", "Churn");

  private final String russian;
  private final String english;

  ReturnForecast(String russian, String english) {
    this.russian = russian;
    this.english = english;
  }

  /** The stable key: {@code success}, {@code neutral}, {@code churn}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label in Russian for a Russian locale, else in English. */
  public String label(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? russian : english;
  }
}
