package dev.reactivator.core;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.ScoringOptions;

/**
 * Test access to {@link ScoredBase} with chosen scores, so that everything downstream of scoring
 * can be tested with hand-picked probabilities instead of fitted ones.
 */
public final class ScoredBases {
  private ScoredBases() {}

  /** A scored base with the given per-customer values (arrays indexed by customer). */
  public static ScoredBase of(
      CustomerBase base,
      ScoringOptions options,
      double[] probabilityAlive,
      double[] returnProbability,
      double[] expectedPurchases,
      double[] expectedAverageOrder,
      double[] clv) {
    return new ScoredBase(
        base,
        options,
        CustomerFeatures.of(base),
        probabilityAlive.clone(),
        returnProbability.clone(),
        expectedPurchases.clone(),
        expectedAverageOrder.clone(),
        clv.clone());
  }

  /**
   * A scored base where every customer has P(alive) {@code pAlive[c]}, return probability =
   * P(alive), CLV = historical LTV.
   */
  public static ScoredBase withAlive(CustomerBase base, double... pAlive) {
    int n = base.size();
    double[] aov = new double[n];
    double[] clv = new double[n];
    double[] purchases = new double[n];
    for (int c = 0; c < n; c++) {
      aov[c] = base.totalSpent(c) / base.purchaseCount(c);
      clv[c] = base.totalSpent(c);
      purchases[c] = pAlive[c];
    }
    return of(base, ScoringOptions.defaults(), pAlive, pAlive, purchases, aov, clv);
  }
}
