package dev.reactivator.core.segment.finance;

import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.segment.widget.IntList;
import java.util.Objects;
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
