package dev.reactivator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.model.FitQuality;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.core.spi.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** End to end: rows → {@code CustomerBase} → {@code score()} → sane {@code ScoredBase}. */
class ScoreStageTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /**
   * 200 customers: half buy every ~30 days until today, half bought a few times long ago and
   * stopped.
   */
  static InMemorySource shop() {
    InMemorySource src = new InMemorySource();
    Random rnd = new Random(7);
    for (int i = 0; i < 200; i++) {
      String phone = String.format("+7900%07d", i);
      boolean active = i % 2 == 0;
      // active: the last purchase within 20 days, every 25-45 days before; lapsed: 5-8 purchases
      // every
      // ~25 days, the last one 300-400 days ago
      int k = active ? 4 + rnd.nextInt(8) : 5 + rnd.nextInt(4);
      int day = active ? rnd.nextInt(20) : 300 + rnd.nextInt(100);
      for (int j = 0; j < k; j++) {
        src.add(
            null,
            phone,
            null,
            "Client " + i,
            "P" + (j % 3),
            1000 + 100 * rnd.nextInt(10),
            AS_OF.minusDays(day));
        day += active ? 25 + rnd.nextInt(20) : 20 + rnd.nextInt(10);
      }
    }
    return src;
  }

  @Test
  void scoringSeparatesActiveFromLapsedCustomers() {
    CustomerBase base = Reactivator.load(shop()).asOf(AS_OF).base();
    ScoredBase scored = Scoring.score(base);
    FittedModels m = scored.model().orElseThrow();
    assertEquals(ScoringOptions.DEFAULT_MODEL, m.kind());
    // such regular synthetic buyers push the rate heterogeneity to the edge (r, α → ∞): a penalised
    // fit is expected
    assertTrue(m.purchases().quality() != FitQuality.POPULATION_DEFAULTS, m.purchases().reason());
    assertTrue(m.spend().quality() != FitQuality.POPULATION_DEFAULTS, m.spend().reason());
    double activeAlive = 0;
    double lapsedAlive = 0;
    int active = 0;
    for (int c = 0; c < scored.size(); c++) {
      double p = scored.probabilityAlive(c);
      assertTrue(p >= 0 && p <= 1);
      assertTrue(
          scored.returnProbability(c) <= p + 1e-12, "return probability cannot exceed P(alive)");
      assertTrue(scored.expectedPurchases(c) >= 0);
      assertTrue(
          scored.expectedAverageOrder(c) >= 1000 && scored.expectedAverageOrder(c) <= 2000,
          "AOV " + scored.expectedAverageOrder(c));
      assertTrue(scored.clv(c) >= 0 && Double.isFinite(scored.clv(c)));
      boolean recent = base.asOfDay() - base.lastPurchaseDay(c) < 60;
      if (recent) {
        active++;
        activeAlive += p;
      } else {
        lapsedAlive += p;
      }
    }
    assertEquals(100, active);
    assertTrue(activeAlive / 100 > 0.8, "recent buyers are alive: " + activeAlive / 100);
    assertTrue(lapsedAlive / 100 < 0.2, "lapsed buyers are gone: " + lapsedAlive / 100);
  }

  @Test
  void scoringReportsProgressToTheLoadTimeListener() {
    List<Double> fractions = new ArrayList<>();
    Reactivator.load(shop())
        .withProgress(
            (stage, f) -> {
              if (stage == Stage.SCORING) {
                fractions.add(f);
              }
            })
        .asOf(AS_OF)
        .score(ScoringOptions.defaults().withModel(ModelKind.MBG_NBD));
    assertEquals(0.0, fractions.get(0));
    assertEquals(1.0, fractions.get(fractions.size() - 1));
    for (int i = 1; i < fractions.size(); i++) {
      assertTrue(fractions.get(i) >= fractions.get(i - 1));
    }
  }

  @Test
  void aSixCustomerBaseWithoutRepeatsIsScoredFromPopulationDefaultsOrARegularisedFit() {
    InMemorySource src = new InMemorySource();
    for (int i = 0; i < 6; i++) {
      src.add(null, "+7900000000" + i, null, "C" + i, "P", 500, AS_OF.minusDays(10 * i));
    }
    CustomerBase base = Reactivator.load(src).asOf(AS_OF).base();
    ScoredBase scored = Scoring.score(base);
    FittedModels m = scored.model().orElseThrow();
    assertTrue(m.limitedData());
    assertFalse(m.purchases().reason().isBlank());
    ScoredBase bg = Scoring.score(base, ScoringOptions.defaults().withModel(ModelKind.BG_NBD));
    for (int c = 0; c < 6; c++) {
      double p = scored.probabilityAlive(c);
      assertTrue(p > 0 && p < 1, "MBG/NBD: a one-time buyer may be gone, was " + p);
      assertEquals(
          1.0, bg.probabilityAlive(c), 1e-12, "BG/NBD: no repeat, never seen dropping out");
      assertTrue(Double.isFinite(scored.clv(c)) && scored.clv(c) > 0);
      assertEquals(500, scored.expectedAverageOrder(c), 1e-9);
    }
    // the longer ago the single purchase, the less likely alive
    for (int c = 1; c < 6; c++) {
      int older = base.firstPurchaseDay(c) < base.firstPurchaseDay(c - 1) ? c : c - 1;
      int newer = older == c ? c - 1 : c;
      assertTrue(scored.probabilityAlive(older) <= scored.probabilityAlive(newer));
    }
  }

  @Test
  void suppliedScoresHaveNoModel() {
    CustomerBase base = Reactivator.load(shop()).asOf(AS_OF).base();
    double[] p = new double[base.size()];
    assertTrue(ScoredBases.withAlive(base, p).model().isEmpty());
  }
}
