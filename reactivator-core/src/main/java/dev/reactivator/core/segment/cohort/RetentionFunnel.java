package dev.reactivator.core.segment.cohort;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The retention funnel 1st → 2nd → 3+ purchases as Sankey nodes and links.
 *
 * <p>Immutable and thread-safe.
 *
 * @param nodes first-purchase, second-purchase, third-plus-purchase, lost-after-first,
 *     lost-after-second
 * @param links first→second, first→lost-after-first, second→third-plus, second→lost-after-second
 */
public record RetentionFunnel(List<FunnelStage> nodes, List<FunnelLink> links) {

  /**
   * Copies the lists.
   *
   * @param nodes first-purchase, second-purchase, third-plus-purchase, lost-after-first,
   *     lost-after-second
   * @param links first→second, first→lost-after-first, second→third-plus, second→lost-after-second
   */
  public RetentionFunnel {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /**
   * Customers with at least one purchase (everyone).
   *
   * @return the number of customers with at least one purchase, that is the base size
   */
  public int first() {
    return nodes.get(0).count();
  }

  /**
   * Customers with at least two purchases.
   *
   * @return the number of customers with at least two purchases
   */
  public int second() {
    return nodes.get(1).count();
  }

  /**
   * Customers with three or more purchases.
   *
   * @return the number of customers with three or more purchases
   */
  public int thirdPlus() {
    return nodes.get(2).count();
  }

  /**
   * Customers with exactly one purchase.
   *
   * @return the number of customers with exactly one purchase
   */
  public int lostAfterFirst() {
    return nodes.get(3).count();
  }

  /**
   * Customers with exactly two purchases.
   *
   * @return the number of customers with exactly two purchases
   */
  public int lostAfterSecond() {
    return nodes.get(4).count();
  }

  /**
   * Share of first-time buyers who came back for a second purchase; empty for an empty base.
   *
   * @return the share, 0 to 1, or empty for an empty base
   */
  public OptionalDouble secondPurchaseRate() {
    return first() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) second() / first());
  }

  /**
   * Share of second-time buyers who made a third purchase; empty when nobody made a second.
   *
   * @return the share, 0 to 1, or empty when nobody made a second purchase
   */
  public OptionalDouble thirdPurchaseRate() {
    return second() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) thirdPlus() / second());
  }
}
