package dev.reactivator.core.score;

import dev.reactivator.core.features.CustomerFeatures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Builds the per-customer score values from the {@link CustomerFeatures} and the reason strengths.
 */
final class ScoreParts {
  private ScoreParts() {}

  /**
   * T2NP of customer {@code c}: status EXPECTED while {@code daysSinceLast < cycle − w}, NOW while
   * {@code daysSinceLast ≤ cycle + w}, else LATE, with the window {@code w = max(minWindowDays,
   * windowFraction × cycle)}.
   */
  static PurchaseTiming timing(
      CustomerFeatures b, int c, LocalDate asOf, double windowFraction, int minWindowDays) {
    OptionalDouble personal =
        b.hasPersonalCycle(c) ? OptionalDouble.of(b.personalCycle(c)) : OptionalDouble.empty();
    return PurchaseTiming.of(
        personal, b.populationCycle(), b.daysSinceLast(c), asOf, windowFraction, minWindowDays);
  }

  /** The T2NP status of customer {@code c} alone (see {@link #timing}). */
  static TimingStatus status(CustomerFeatures b, int c, double windowFraction, int minWindowDays) {
    return PurchaseTiming.statusOf(b.cycle(c), b.daysSinceLast(c), windowFraction, minWindowDays);
  }

  /** The pause anomaly of customer {@code c}. */
  static PauseAnomaly anomaly(CustomerFeatures b, int c) {
    return PauseAnomaly.of(b.pauseRatio(c), !b.hasPersonalCycle(c));
  }

  /**
   * The reasons of customer {@code c} with a positive strength, largest contribution first; the
   * contributions split {@code churn} in proportion to the strengths.
   */
  static List<Reason> reasons(ReasonStrengths b, int c, double churn) {
    ReasonCode[] codes = ReasonCode.values();
    double[] strength = new double[codes.length];
    double total = 0;
    for (ReasonCode code : codes) {
      if (b.has(code)) {
        strength[code.ordinal()] = b.strength(code, c);
        total += strength[code.ordinal()];
      }
    }
    if (total <= 0) {
      return List.of();
    }
    List<Reason> out = new ArrayList<>(3);
    for (ReasonCode code : codes) {
      if (b.has(code)) {
        double s = strength[code.ordinal()];
        if (s > 0) {
          out.add(new Reason(code, s, Math.min(1.0, Math.max(0.0, churn * s / total))));
        }
      }
    }
    out.sort(
        Comparator.comparingDouble(Reason::contribution).reversed().thenComparing(Reason::code));
    return List.copyOf(out);
  }
}
