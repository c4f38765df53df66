package dev.reactivator.core.segment.nbp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time hold-out evaluation of the next purchase: the transitions are fitted on the purchase
 * occasions before a split date, and for every customer with an occasion before it and one on or
 * after it the proposals made from the customer's last order before the split are compared with the
 * products of the customer's first order after it (a hit when that order holds the proposed
 * product). Beside the model: the cross-sell (owned products excluded), the recommender used before
 * the next-purchase model (successor of the last product, rules, popularity — owned products
 * excluded), offering everyone the products most customers bought before the split, and repeating
 * the customer's own last products. See {@code docs/metrics.md}, "Next purchase".
 *
 * <p>Immutable and thread-safe.
 *
 * @param split the first day left out of the fit
 * @param trainingCustomers customers with an occasion before the split
 * @param evaluatedCustomers customers with an occasion before and one on or after the split
 * @param nextPurchase the next-purchase proposals (repurchases included)
 * @param crossSell the cross-sell proposals (owned products excluded)
 * @param previousRecommender the successor-rules-popularity recommender, owned products excluded
 * @param popularity everyone is offered the products most customers bought before the split
 * @param repeatLast each customer is offered their own products again, last order first
 */
public record NextPurchaseEvaluation(
    LocalDate split,
    int trainingCustomers,
    int evaluatedCustomers,
    HitRates nextPurchase,
    HitRates crossSell,
    HitRates previousRecommender,
    HitRates popularity,
    HitRates repeatLast) {

  /**
   * Checks the components.
   *
   * @param split the first day left out of the fit
   * @param trainingCustomers customers with an occasion before the split
   * @param evaluatedCustomers customers with an occasion before and one on or after the split
   * @param nextPurchase the next-purchase proposals (repurchases included)
   * @param crossSell the cross-sell proposals (owned products excluded)
   * @param previousRecommender the successor-rules-popularity recommender, owned excluded
   * @param popularity everyone is offered the products most customers bought before the split
   * @param repeatLast each customer is offered their own products again, last order first
   */
  public NextPurchaseEvaluation {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(nextPurchase, "nextPurchase");
    Objects.requireNonNull(crossSell, "crossSell");
    Objects.requireNonNull(previousRecommender, "previousRecommender");
    Objects.requireNonNull(popularity, "popularity");
    Objects.requireNonNull(repeatLast, "repeatLast");
  }

  /**
   * The share of evaluated customers whose first order after the split held the first proposal (@1)
   * or one of the first three (@3).
   *
   * <p>Immutable and thread-safe.
   *
   * @param at1 hit rate @1, 0–1
   * @param at3 hit rate @3, 0–1
   */
  public record HitRates(double at1, double at3) {
    /**
     * Checks the rates.
     *
     * @param at1 hit rate @1, 0–1
     * @param at3 hit rate @3, 0–1
     * @throws IllegalArgumentException when a rate is outside 0–1 or @3 is below @1
     */
    public HitRates {
      if (!(at1 >= 0 && at1 <= 1 && at3 >= at1 && at3 <= 1)) {
        throw new IllegalArgumentException(
            "hit rates must satisfy 0 <= @1 <= @3 <= 1: " + at1 + ", " + at3);
      }
    }
  }
}
