package dev.reactivator.core.segment.rfm;

import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One RFM segment with its customers and the figures of its bubble on the RFM bubble chart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the segment's stable key, such as {@code champions}
 * @param customers the segment's customers, ascending
 * @param revenue the total spent of the segment's customers (bubble size)
 * @param averageRecencyDays the mean days since the last purchase (x axis); empty for an empty
 *     segment
 * @param averageFrequency the mean number of purchases (y axis); empty for an empty segment
 * @param averageMonetary the mean total spent; empty for an empty segment
 */
public record RfmSegment(
    String key,
    IntList customers,
    double revenue,
    OptionalDouble averageRecencyDays,
    OptionalDouble averageFrequency,
    OptionalDouble averageMonetary) {

  /**
   * Checks the components.
   *
   * @param key the segment's stable key, such as {@code champions}
   * @param customers the segment's customers, ascending
   * @param revenue the total spent of the segment's customers (bubble size)
   * @param averageRecencyDays the mean days since the last purchase (x axis); empty for an empty
   *     segment
   * @param averageFrequency the mean number of purchases (y axis); empty for an empty segment
   * @param averageMonetary the mean total spent; empty for an empty segment
   */
  public RfmSegment {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(averageRecencyDays, "averageRecencyDays");
    Objects.requireNonNull(averageFrequency, "averageFrequency");
    Objects.requireNonNull(averageMonetary, "averageMonetary");
  }

  /**
   * The number of customers in the segment.
   *
   * @return the number of customers in the segment
   */
  public int count() {
    return customers.size();
  }

  /**
   * This group as a plain customer group, for export as a segment.
   *
   * @return the key and the customers of this group
   */
  public CustomerGroup group() {
    return new CustomerGroup(key, customers);
  }
}
