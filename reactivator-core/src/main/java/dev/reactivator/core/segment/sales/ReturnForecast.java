package dev.reactivator.core.segment.sales;

import java.util.Locale;

/**
 * The seed's "Прогноз эффективности базы" category, by return probability.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReturnForecast {
  /** Likely to buy again after the recommended action ("Успех"). */
  SUCCESS,
  /** Unstable, about even odds ("Нейтрально"). */
  NEUTRAL,
  /** Very unlikely to return: not worth budget ("Отток"). */
  CHURN;

  /**
   * The stable key: {@code success}, {@code neutral}, {@code churn}.
   *
   * @return the stable key: {@code success}, {@code neutral}, {@code churn}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
