package dev.reactivator.core.segment.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.score.CustomerScore;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SeedExample;
import dev.reactivator.core.segment.sales.CallListRow;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChurnScoresTest {

  @Test
  void blendsChurnAnomalyAndStakeWithTheDocumentedWeights() {
    // 0.5 × 87 + 0.3 × 15 + 0.2 × 100 × ln(1 001) / ln(10 001)
    //   = 43.5 + 4.5 + 0.2 × 75.0100 = 63.0020 → 63
    assertEquals(75.0100, ChurnScores.stakeScore(1_000, 10_000), 1e-4);
    assertEquals(63, ChurnScores.score(0.87, 15, 1_000, 10_000));
    // nothing at stake anywhere: 43.5 + 4.5 = 48, the stake adds nothing
    assertEquals(48, ChurnScores.score(0.87, 15, 0, 0));
    // the base's largest stake scores the full 20 points: 43.5 + 4.5 + 20 = 68
    assertEquals(68, ChurnScores.score(0.87, 15, 10_000, 10_000));
    // a sure loss with the longest pause and the largest stake is 100
    assertEquals(100, ChurnScores.score(1, 100, 5, 5));
  }

  @Test
  void theSeedsScoresAreTheFormulaOverItsChurnAnomalyAndCallListStake() {
    Analysis a = Analysis.of(Scoring.score(SeedExample.base()));
    ChurnScores scores = a.churnScores();
    assertEquals(a.base().size(), scores.size());
    double max = 0;
    for (CallListRow r : a.sales().callList()) {
      max = Math.max(max, r.valueAtStake());
    }
    assertTrue(max > 0);
    int top = -1;
    for (CallListRow r : a.sales().callList()) {
      CustomerScore s = a.scored().score(r.index());
      assertEquals(
          ChurnScores.score(s.churnProbability(), s.anomaly().score(), r.valueAtStake(), max),
          scores.score(r.index()),
          s.pseudonym());
      assertEquals(
          scores.score(r.index()),
          Math.round(
              scores.churnPoints(r.index())
                  + scores.anomalyPoints(r.index())
                  + scores.stakePoints(r.index())));
      if (r.valueAtStake() == max) {
        top = r.index();
      }
    }
    assertEquals(20, scores.stakePoints(top), 1e-9);
  }

  @Property
  void staysWithinZeroToHundredAndRisesWithEachInput(
      @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @IntRange(min = 0, max = 100) int anomaly,
      @ForAll @DoubleRange(min = 0, max = 1e7) double stake,
      @ForAll @DoubleRange(min = 0, max = 1e7) double more) {
    double max = stake + more;
    int s = ChurnScores.score(p, anomaly, stake, max);
    assertTrue(s >= 0 && s <= 100, "score " + s);
    assertTrue(ChurnScores.score(Math.min(1, p + 0.1), anomaly, stake, max) >= s);
    assertTrue(ChurnScores.score(p, Math.min(100, anomaly + 10), stake, max) >= s);
    assertTrue(ChurnScores.score(p, anomaly, max, max) >= s);
  }
}
