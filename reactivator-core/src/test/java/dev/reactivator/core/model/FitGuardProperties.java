package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.features.CustomerSummary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A degenerate fit is never labelled good, and every probability stays in [0, 1]. */
class FitGuardProperties {

  static void assertGuarded(CustomerSummary s, boolean degenerateBase) {
    for (ModelKind kind : ModelKind.values()) {
      PurchaseModelFit fit = PurchaseModels.fit(kind, s);
      if (degenerateBase) {
        assertNotEquals(FitQuality.GOOD, fit.quality(), kind + ": " + fit.reason());
      }
      if (fit.quality() == FitQuality.GOOD || fit.quality() == FitQuality.REGULARISED) {
        assertEquals("", FitGuard.edge(fit.kind(), fit.parameters()), fit.reason());
      }
      FitAttempt used = fit.attempts().get(fit.attempts().size() - 1);
      assertEquals(fit.quality(), used.quality());
      for (FitAttempt a : fit.attempts()) {
        assertTrue(a.rejected() || a == used || a.reason().startsWith("validation"), a.reason());
      }
      PurchaseModel m = fit.model();
      for (int i = 0; i < s.size(); i++) {
        double x = s.x(i);
        double tx = s.recency(i);
        double t = s.age(i);
        double alive = m.probabilityAlive(x, tx, t);
        assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive);
        double ret = m.probabilityOfPurchaseWithin(365, x, tx, t);
        assertTrue(ret >= 0 && ret <= alive + 1e-12, "return " + ret);
        double e = m.expectedPurchases(365, x, tx, t);
        assertTrue(e >= 0 && Double.isFinite(e), "E " + e);
      }
    }
  }

  @Property(tries = 12)
  void nobodyDropsOut(
      @ForAll @IntRange(min = 300, max = 1500) int n,
      @ForAll @IntRange(min = 5, max = 60) int minGap,
      @ForAll @IntRange(min = 0, max = 60) int spread,
      @ForAll @IntRange(min = 0, max = 4) int jitter,
      @ForAll long seed) {
    assertGuarded(GuardBases.noDropout(n, minGap, minGap + spread, jitter, seed), true);
  }

  @Property(tries = 8)
  void identicalGaps(
      @ForAll @IntRange(min = 100, max = 1500) int n,
      @ForAll @IntRange(min = 1, max = 120) int gap,
      @ForAll long seed) {
    assertGuarded(GuardBases.noDropout(n, gap, gap, 0, seed), true);
  }

  @Property(tries = 8)
  void oneTimeBuyersOnly(
      @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @IntRange(min = 0, max = 2000) int maxAge,
      @ForAll long seed) {
    assertGuarded(GuardBases.oneTimeBuyers(n, maxAge, seed), true);
  }

  @Property(tries = 8)
  void regularGapsWithStops(@ForAll @IntRange(min = 200, max = 3000) int n, @ForAll long seed) {
    assertGuarded(GuardBases.regularGaps(n, seed), false);
  }
}
