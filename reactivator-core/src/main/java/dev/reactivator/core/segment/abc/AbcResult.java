package dev.reactivator.core.segment.abc;

import dev.reactivator.core.segment.widget.IntList;
import java.util.List;
import java.util.Objects;

/**
 * ABC analysis of customers by revenue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalRevenue the total spent of all customers
 * @param ranking all customers by total spent, descending; ties by ascending customer index
 * @param groups classes A, B and C in this order (possibly empty)
 */
public record AbcResult(double totalRevenue, IntList ranking, List<AbcGroup> groups) {

  /**
   * Checks the components and copies the list.
   *
   * @param totalRevenue the total spent of all customers
   * @param ranking all customers by total spent, descending; ties by ascending customer index
   * @param groups classes A, B and C in this order (possibly empty)
   */
  public AbcResult {
    Objects.requireNonNull(ranking, "ranking");
    groups = List.copyOf(groups);
  }

  /**
   * Class A.
   *
   * @return the customers of class A (the top revenue share), possibly empty
   */
  public AbcGroup a() {
    return groups.get(0);
  }

  /**
   * Class B.
   *
   * @return the customers of class B (the middle revenue share), possibly empty
   */
  public AbcGroup b() {
    return groups.get(1);
  }

  /**
   * Class C.
   *
   * @return the customers of class C (the tail revenue share), possibly empty
   */
  public AbcGroup c() {
    return groups.get(2);
  }
}
