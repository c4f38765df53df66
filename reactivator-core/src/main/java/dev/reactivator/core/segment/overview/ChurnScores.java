package dev.reactivator.core.segment.overview;

import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.score.PauseAnomaly;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.internal.CallOrder;
import dev.reactivator.core.segment.internal.Memo;
import dev.reactivator.core.segment.internal.ScoreColumns;
import java.util.Objects;

/**
 * The Churn Score of every customer: a 0–100 risk score that blends how likely the customer is to
 * be lost, how unusual the current pause is and how much money is at stake, so that two customers
 * with the same churn probability are told apart by what losing them would cost (the manual's final
 * CSV shows «Churn Score» 55 beside a churn probability of 87 %).
 *
 * <p>{@code churnScore = round(0.5 × 100 p + 0.3 × a + 0.2 × s)} with {@code p} the churn
 * probability, {@code a} the pause-anomaly score (0–100) and {@code s} the stake score {@code 100 ×
 * ln(1 + stake) / ln(1 + the largest stake of the base)} (0 when nobody has anything at stake),
 * where {@code stake} is the customer's value at stake, revenue if retained × churn probability, as
 * in the call list. See {@code docs/metrics.md}, "Churn Score".
 *
 * <p>Immutable and thread-safe.
 */
public final class ChurnScores {
  /** The weight of the churn probability (in percent). */
  public static final double CHURN_WEIGHT = 0.5;

  /** The weight of the pause-anomaly score. */
  public static final double ANOMALY_WEIGHT = 0.3;

  /** The weight of the stake score. */
  public static final double STAKE_WEIGHT = 0.2;

  private final double[] churnPoints;
  private final double[] anomalyPoints;
  private final double[] stakePoints;
  private final double[] stake;
  private final int[] score;

  private ChurnScores(ScoredBase scored) {
    ScoreColumns k = ScoreColumns.of(scored);
    CallOrder order = CallOrder.of(k);
    CustomerFeatures f = scored.features();
    int n = k.n;
    double maxStake = 0;
    for (int c = 0; c < n; c++) {
      maxStake = Math.max(maxStake, order.stake[c]);
    }
    churnPoints = new double[n];
    anomalyPoints = new double[n];
    stakePoints = new double[n];
    stake = new double[n];
    score = new int[n];
    for (int c = 0; c < n; c++) {
      int anomaly = PauseAnomaly.of(f.pauseRatio(c), !f.hasPersonalCycle(c)).score();
      stake[c] = order.stake[c];
      double s = stakeScore(stake[c], maxStake);
      churnPoints[c] = CHURN_WEIGHT * 100 * k.churn(c);
      anomalyPoints[c] = ANOMALY_WEIGHT * anomaly;
      stakePoints[c] = STAKE_WEIGHT * s;
      score[c] = score(k.churn(c), anomaly, stake[c], maxStake);
    }
  }

  /**
   * The Churn Scores of a scored base.
   *
   * @param scored the scored base
   * @return every customer's score
   */
  public static ChurnScores of(ScoredBase scored) {
    return MEMO.get(Objects.requireNonNull(scored, "scored"), ChurnScores::new);
  }

  /** The scores of the scored bases in use: the JSON, the CSV and the results share one copy. */
  private static final Memo<ScoredBase, ChurnScores> MEMO = new Memo<>();

  /**
   * The score from its three inputs, the formula of this class.
   *
   * @param churnProbability the churn probability, 0–1
   * @param anomalyScore the pause-anomaly score, 0–100
   * @param stake the customer's value at stake, {@code >= 0}
   * @param maxStake the largest value at stake of the base, {@code >= stake}
   * @return the Churn Score, 0–100
   */
  public static int score(
      double churnProbability, int anomalyScore, double stake, double maxStake) {
    return (int)
        Math.round(
            CHURN_WEIGHT * 100 * churnProbability
                + ANOMALY_WEIGHT * anomalyScore
                + STAKE_WEIGHT * stakeScore(stake, maxStake));
  }

  /**
   * The stake on a 0–100 log scale: {@code 100 × ln(1 + stake) / ln(1 + maxStake)}, 0 when {@code
   * maxStake} is 0.
   *
   * @param stake the customer's value at stake, {@code >= 0}
   * @param maxStake the largest value at stake of the base
   * @return the stake score, 0–100
   */
  public static double stakeScore(double stake, double maxStake) {
    if (!(maxStake > 0) || !(stake > 0)) {
      return 0;
    }
    return Math.min(100, 100 * Math.log1p(stake) / Math.log1p(maxStake));
  }

  /**
   * The number of customers.
   *
   * @return the size of the base
   */
  public int size() {
    return score.length;
  }

  /**
   * Customer {@code c}'s Churn Score.
   *
   * @param c the customer index
   * @return the score, 0–100
   * @throws IndexOutOfBoundsException if {@code c} is out of range
   */
  public int score(int c) {
    return score[Objects.checkIndex(c, score.length)];
  }

  /**
   * The points the churn probability adds to customer {@code c}'s score: {@code 0.5 × 100 p}.
   *
   * @param c the customer index
   * @return the points, 0–50
   */
  public double churnPoints(int c) {
    return churnPoints[Objects.checkIndex(c, score.length)];
  }

  /**
   * The points the pause anomaly adds to customer {@code c}'s score: {@code 0.3 × a}.
   *
   * @param c the customer index
   * @return the points, 0–30
   */
  public double anomalyPoints(int c) {
    return anomalyPoints[Objects.checkIndex(c, score.length)];
  }

  /**
   * The points the value at stake adds to customer {@code c}'s score: {@code 0.2 × s}.
   *
   * @param c the customer index
   * @return the points, 0–20
   */
  public double stakePoints(int c) {
    return stakePoints[Objects.checkIndex(c, score.length)];
  }

  /**
   * Customer {@code c}'s value at stake: revenue if retained × churn probability, the money the
   * stake score reads (the call list's {@code valueAtStake}).
   *
   * @param c the customer index
   * @return the value at stake, {@code >= 0}
   */
  public double stake(int c) {
    return stake[Objects.checkIndex(c, score.length)];
  }

  @Override
  public String toString() {
    return "ChurnScores[customers=" + score.length + "]";
  }
}
