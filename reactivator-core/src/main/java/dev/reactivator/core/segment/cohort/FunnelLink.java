package dev.reactivator.core.segment.cohort;

import java.util.Objects;

/**
 * A flow of the retention funnel's Sankey diagram.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source node key
 * @param target the target node key
 * @param value the number of customers flowing
 */
public record FunnelLink(String source, String target, int value) {

  /**
   * Checks the components.
   *
   * @param source the source node key
   * @param target the target node key
   * @param value the number of customers flowing
   * @throws IllegalArgumentException when {@code value} is negative
   */
  public FunnelLink {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (value < 0) {
      throw new IllegalArgumentException("value must be >= 0, was " + value);
    }
  }
}
