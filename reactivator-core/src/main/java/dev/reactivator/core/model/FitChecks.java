package dev.reactivator.core.model;

import java.util.Objects;

/** The checks every fitted model's record makes of how it was fitted. */
final class FitChecks {
  private FitChecks() {}

  /** Rejects a null quality or reason and a NaN log-likelihood. */
  static void checkOutcome(FitQuality quality, String reason, double logLikelihood) {
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(reason, "reason");
    if (Double.isNaN(logLikelihood)) {
      throw new IllegalArgumentException("logLikelihood must not be NaN");
    }
  }
}
