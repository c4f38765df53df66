package dev.reactivator.core.segment.whales;

import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.Objects;

/**
 * The seed's "Спящие киты" radar (Whale Hunter): the top spenders split into sleeping whales,
 * cooling and active. Computed by {@link WhaleCalculator} (formulas in {@code docs/metrics.md},
 * "Growth points").
 *
 * <p>Immutable and thread-safe.
 *
 * @param ltvThreshold the smallest historical LTV of a top spender
 * @param whales top spenders far beyond their cycle ({@code sleeping-whales})
 * @param cooling top spenders LATE but within the sleep multiple ({@code cooling})
 * @param active the other top spenders ({@code active})
 */
public record SleepingWhales(double ltvThreshold, Segment whales, Segment cooling, Segment active) {
  /**
   * Checks the components.
   *
   * @param ltvThreshold the smallest historical LTV of a top spender
   * @param whales top spenders far beyond their cycle ({@code sleeping-whales})
   * @param cooling top spenders LATE but within the sleep multiple ({@code cooling})
   * @param active the other top spenders ({@code active})
   */
  public SleepingWhales {
    Objects.requireNonNull(whales, "whales");
    Objects.requireNonNull(cooling, "cooling");
    Objects.requireNonNull(active, "active");
  }

  /**
   * The number of top spenders.
   *
   * @return the number of top spenders
   */
  public int topSpenders() {
    return whales.count() + cooling.count() + active.count();
  }

  /**
   * One segment of top spenders.
   *
   * @param group the customers, highest LTV first (ties by index)
   * @param totalLtv their historical LTV
   */
  public record Segment(CustomerGroup group, double totalLtv) {
    /**
     * Checks the group.
     *
     * @param group the customers, highest LTV first (ties by index)
     * @param totalLtv their historical LTV
     */
    public Segment {
      Objects.requireNonNull(group, "group");
    }

    /**
     * The number of customers.
     *
     * @return the number of customers
     */
    public int count() {
      return group.size();
    }
  }
}
