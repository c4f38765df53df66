package dev.reactivator.core.score;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.model.FittedModels;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A {@link CustomerBase} with every customer scored: the result of {@code base.score()}. Immutable
 * and thread-safe. Index-based accessors read primitive columns without allocating; {@link
 * #score(int)} builds the full {@link CustomerScore} on demand.
 */
public final class ScoredBase {
  private final CustomerBase base;
  private final ScoringOptions options;
  private final CustomerFeatures features;
  private final ReasonStrengths strengths;
  private final double[] probabilityAlive;
  private final double[] returnProbability;
  private final double[] expectedPurchases;
  private final double[] expectedAverageOrder;
  private final double[] clv;
  private final Optional<FittedModels> models;

  /**
   * Scores supplied directly (no fitted models).
   *
   * @param base the scored customers
   * @param options the options the scores were computed with
   * @param features the feature table of {@code base}, from {@link CustomerFeatures#of}
   * @param probabilityAlive P(alive) per customer, not copied
   * @param returnProbability the probability of a purchase within the horizon per customer
   * @param expectedPurchases the expected purchases within the horizon per customer
   * @param expectedAverageOrder the expected average order value per customer
   * @param clv the CLV per customer
   */
  public ScoredBase(
      CustomerBase base,
      ScoringOptions options,
      CustomerFeatures features,
      double[] probabilityAlive,
      double[] returnProbability,
      double[] expectedPurchases,
      double[] expectedAverageOrder,
      double[] clv) {
    this(
        base,
        options,
        features,
        probabilityAlive,
        returnProbability,
        expectedPurchases,
        expectedAverageOrder,
        clv,
        Optional.empty());
  }

  /**
   * Scores and the models they came from.
   *
   * @param base the scored customers
   * @param options the options the scores were computed with
   * @param features the feature table of {@code base}, from {@link CustomerFeatures#of}
   * @param probabilityAlive P(alive) per customer, not copied
   * @param returnProbability the probability of a purchase within the horizon per customer
   * @param expectedPurchases the expected purchases within the horizon per customer
   * @param expectedAverageOrder the expected average order value per customer
   * @param clv the CLV per customer
   * @param models the fitted models, empty when the scores were supplied directly
   * @throws IllegalArgumentException when an array or the features do not have one value per
   *     customer
   */
  public ScoredBase(
      CustomerBase base,
      ScoringOptions options,
      CustomerFeatures features,
      double[] probabilityAlive,
      double[] returnProbability,
      double[] expectedPurchases,
      double[] expectedAverageOrder,
      double[] clv,
      Optional<FittedModels> models) {
    this.base = Objects.requireNonNull(base, "base");
    this.models = Objects.requireNonNull(models, "models");
    this.options = Objects.requireNonNull(options, "options");
    this.features = Objects.requireNonNull(features, "features");
    int n = base.size();
    if (features.size() != n) {
      throw new IllegalArgumentException(
          "features must have one row per customer (" + n + "), had " + features.size());
    }
    this.strengths = ReasonStrengths.of(base, features);
    for (double[] a :
        new double[][] {
          probabilityAlive, returnProbability, expectedPurchases, expectedAverageOrder, clv
        }) {
      if (a.length != n) {
        throw new IllegalArgumentException(
            "score arrays must have one value per customer (" + n + "), had " + a.length);
      }
    }
    this.probabilityAlive = probabilityAlive;
    this.returnProbability = returnProbability;
    this.expectedPurchases = expectedPurchases;
    this.expectedAverageOrder = expectedAverageOrder;
    this.clv = clv;
  }

  /**
   * The scored base.
   *
   * @return the customer base the scores belong to, indexed alike
   */
  public CustomerBase base() {
    return base;
  }

  /**
   * The feature table the scores were computed from, read by the widgets of the segment stage.
   *
   * @return the customers' features, indexed like the base
   */
  public CustomerFeatures features() {
    return features;
  }

  /**
   * The options the scores were computed with.
   *
   * @return the horizon, CLV, risk and timing options of this scoring
   */
  public ScoringOptions options() {
    return options;
  }

  /**
   * The fitted purchase and spend models the scores came from, with their fit quality (say "мало
   * данных" when {@link FittedModels#limitedData()}); empty when the scores were supplied directly
   * rather than computed by {@code CustomerBase.score()}.
   *
   * @return the fitted models, or empty when the scores were supplied directly
   */
  public Optional<FittedModels> model() {
    return models;
  }

  /**
   * The number of customers.
   *
   * @return the number of scored customers, as {@code base().size()}
   */
  public int size() {
    return base.size();
  }

  /**
   * P(alive) of customer {@code c}.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the probability that the customer is still active, in [0, 1]
   */
  public double probabilityAlive(int c) {
    return probabilityAlive[c];
  }

  /**
   * The churn probability {@code 1 − P(alive)} of customer {@code c}.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the churn probability, in [0, 1]
   */
  public double churnProbability(int c) {
    return 1.0 - probabilityAlive[c];
  }

  /**
   * The risk bucket of customer {@code c}.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the risk bucket of the churn probability under the options' thresholds
   */
  public RiskLevel riskLevel(int c) {
    return options.riskThresholds().levelOf(churnProbability(c));
  }

  /**
   * P(at least one purchase within the horizon) of customer {@code c}.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the probability of a purchase within the horizon, in [0, 1]
   */
  public double returnProbability(int c) {
    return returnProbability[c];
  }

  /**
   * Expected purchases of customer {@code c} within the horizon.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the expected number of purchases within the horizon, {@code >= 0}
   */
  public double expectedPurchases(int c) {
    return expectedPurchases[c];
  }

  /**
   * Expected average order value of customer {@code c}.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the expected average order value, in the currency of the input
   */
  public double expectedAverageOrder(int c) {
    return expectedAverageOrder[c];
  }

  /**
   * CLV of customer {@code c} over the CLV horizon.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the customer lifetime value over the CLV horizon, in the currency of the input
   */
  public double clv(int c) {
    return clv[c];
  }

  /**
   * The cycle used for customer {@code c}'s timing, in days.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the purchase cycle in days (the population median for one-time buyers)
   */
  public double cycleDays(int c) {
    return features.cycle(c);
  }

  /**
   * Days from customer {@code c}'s last purchase to the analysis date.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the number of days since the last purchase, {@code >= 0}
   */
  public int daysSinceLast(int c) {
    return features.daysSinceLast(c);
  }

  /**
   * The population's median purchase cycle in days (the fallback for one-time buyers).
   *
   * @return the population's median purchase cycle in days (the fallback for one-time buyers)
   */
  public double populationCycleDays() {
    return features.populationCycle();
  }

  /**
   * Customer {@code c}'s time to next purchase.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the expected next-purchase date, window and status
   */
  public PurchaseTiming timing(int c) {
    return ScoreParts.timing(
        features, c, base.asOf(), options.timingWindowFraction(), options.timingMinWindowDays());
  }

  /**
   * Customer {@code c}'s T2NP status alone, without building the {@link PurchaseTiming}: the same
   * status as {@code timing(c).status()}, for loops over the whole base.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the customer's time-to-next-purchase status
   * @throws IndexOutOfBoundsException if {@code c} is out of range
   */
  public TimingStatus timingStatus(int c) {
    Objects.checkIndex(c, size());
    return ScoreParts.status(
        features, c, options.timingWindowFraction(), options.timingMinWindowDays());
  }

  /**
   * The strength in [0, 1] of reason {@code code} for customer {@code c}, without building the
   * reason list; 0 when the reason's data is absent ({@link #hasReason}).
   *
   * @param code the reason
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the reason's strength in [0, 1]
   * @throws IndexOutOfBoundsException if {@code c} is out of range
   */
  public double reasonStrength(ReasonCode code, int c) {
    Objects.checkIndex(c, size());
    return strengths.strength(code, c);
  }

  /**
   * Customer {@code c}'s discount profile.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return how much the customer buys on discount
   */
  public DiscountProfile discountProfile(int c) {
    return DiscountProfile.of(base.purchaseCount(c), base.discountedPurchases(c).orElse(-1));
  }

  /**
   * Customer {@code c}'s reason codes, largest contribution first.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the reasons, largest contribution first; possibly empty
   */
  public List<Reason> reasons(int c) {
    return ScoreParts.reasons(strengths, c, churnProbability(c));
  }

  /**
   * Whether reason {@code code}'s data exists in this base.
   *
   * @param code the reason
   * @return true if the input has the data this reason needs
   */
  public boolean hasReason(ReasonCode code) {
    return strengths.has(code);
  }

  /**
   * Customer {@code c}'s full score (built on each call).
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the customer's full score, a new value on each call
   * @throws IndexOutOfBoundsException if {@code c} is out of range
   */
  public CustomerScore score(int c) {
    Objects.checkIndex(c, size());
    int n = base.purchaseCount(c);
    double ltv = features.totalSpent(c);
    return new CustomerScore(
        c,
        base.pseudonym(c),
        n,
        ltv,
        ltv / n,
        probabilityAlive[c],
        churnProbability(c),
        riskLevel(c),
        returnProbability[c],
        expectedPurchases[c],
        expectedAverageOrder[c],
        clv[c],
        timing(c),
        ScoreParts.anomaly(features, c),
        discountProfile(c),
        reasons(c));
  }

  /**
   * Every customer's score, a read-only list view that builds each score on access.
   *
   * @return every customer's score, a read-only list view that builds each score on access
   */
  public List<CustomerScore> scores() {
    return new Scores();
  }

  private final class Scores extends AbstractList<CustomerScore> implements RandomAccess {
    @Override
    public CustomerScore get(int index) {
      return score(index);
    }

    @Override
    public int size() {
      return ScoredBase.this.size();
    }
  }

  @Override
  public String toString() {
    return "ScoredBase[customers=" + size() + ", asOf=" + base.asOf() + "]";
  }
}
