package dev.reactivator.core.segment.finance;

import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.widget.IntList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The reactivation ROI simulator, a pure function of its inputs. See {@code docs/metrics.md},
 * "Finance".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class RoiSimulator {
  private RoiSimulator() {}

  /**
   * Simulates a campaign.
   *
   * @param in the audience, its value and the campaign costs
   * @return the campaign's revenue, cost and ROI
   */
  public static RoiResult simulate(RoiInputs in) {
    Objects.requireNonNull(in, "in");
    double converted = in.touchBase() * in.conversion();
    double budget = in.touchBase() * in.costPerTouch();
    double discounts = converted * in.offerCost();
    double revenue = converted * in.averageCheck();
    double cost = budget + discounts;
    double net = revenue - cost;
    OptionalDouble roi = cost > 0 ? OptionalDouble.of(net / cost * 100) : OptionalDouble.empty();
    double acquisition = converted * in.cac();
    return new RoiResult(
        in, converted, budget, discounts, revenue, net, roi, acquisition, acquisition - cost);
  }

  /**
   * The reactivation campaign over the customers at risk (HIGH or CRITICAL): touch base = their
   * count, average check = their Σ LTV / Σ purchases, simulated with the given costs. This one
   * result is the simulator's starting point, the reactivation headline, the finance waterfall's
   * saved revenue and the finance KPI cards.
   *
   * @param scored the scored base
   * @param costPerTouch the cost of one contact in the base's currency, not negative
   * @param conversion the share of contacted customers who buy again, 0 to 1
   * @param offerCost the offer cost per converted customer in the base's currency, not negative
   * @param cac the acquisition cost of a new customer in the base's currency, not negative
   * @return the simulated campaign; empty when nobody is at risk
   */
  public static Optional<RoiResult> campaign(
      ScoredBase scored, double costPerTouch, double conversion, double offerCost, double cac) {
    Objects.requireNonNull(scored, "scored");
    int[] atRisk = ScoreColumns.of(scored).atRisk();
    if (atRisk.length == 0) {
      return Optional.empty();
    }
    double check = averageCheck(scored.features(), IntList.of(atRisk)).orElse(0.0);
    return Optional.of(
        simulate(new RoiInputs(atRisk.length, costPerTouch, conversion, offerCost, check, cac)));
  }

  /**
   * The mean purchase amount of {@code customers} (total spent over purchases), a natural average
   * check for the simulator; empty when the list is empty.
   *
   * @param base the customers' feature table
   * @param customers the customers to average over
   * @return the average check, empty without purchases
   */
  public static OptionalDouble averageCheck(CustomerFeatures base, IntList customers) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(customers, "customers");
    double sum = 0;
    long purchases = 0;
    for (int i = 0; i < customers.size(); i++) {
      int c = customers.getInt(i);
      sum += base.totalSpent(c);
      purchases += base.purchaseCount(c);
    }
    return purchases == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / purchases);
  }
}
