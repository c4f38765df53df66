package dev.reactivator.core.score;

import java.util.Objects;

/**
 * How unusual the current pause is against the customer's own rhythm (or, for a one-time buyer,
 * against the population's median cycle).
 *
 * <p>Immutable and thread-safe.
 *
 * @param pauseRatio days since the last purchase divided by the cycle
 * @param score {@code round(100 × (1 − 1 / ratio))} for a ratio above 1, else 0; from 0 to 100
 * @param level LOW below 30, MEDIUM below 60, else HIGH
 * @param againstPopulation whether the cycle was the population's (one-time buyer)
 */
public record PauseAnomaly(
    double pauseRatio, int score, AnomalyLevel level, boolean againstPopulation) {
  /**
   * Checks the components.
   *
   * @param pauseRatio days since the last purchase divided by the cycle
   * @param score {@code round(100 × (1 − 1 / ratio))} for a ratio above 1, else 0; from 0 to 100
   * @param level LOW below 30, MEDIUM below 60, else HIGH
   * @param againstPopulation whether the cycle was the population's (one-time buyer)
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if {@code score} is outside 0..100
   */
  public PauseAnomaly {
    Objects.requireNonNull(level, "level");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be in 0..100, was " + score);
    }
  }

  /**
   * The anomaly of {@code pauseRatio}.
   *
   * @param pauseRatio days since the last purchase divided by the cycle, {@code >= 0}
   * @param againstPopulation whether the cycle was the population's (one-time buyer)
   * @return the anomaly, with its 0..100 score and level
   */
  public static PauseAnomaly of(double pauseRatio, boolean againstPopulation) {
    double r = Double.isFinite(pauseRatio) ? Math.max(0, pauseRatio) : 0;
    int score = r > 1 ? (int) Math.round(100 * (1 - 1 / r)) : 0;
    AnomalyLevel level =
        score < 30 ? AnomalyLevel.LOW : score < 60 ? AnomalyLevel.MEDIUM : AnomalyLevel.HIGH;
    return new PauseAnomaly(r, score, level, againstPopulation);
  }
}
