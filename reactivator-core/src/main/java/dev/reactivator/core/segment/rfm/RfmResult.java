package dev.reactivator.core.segment.rfm;

import dev.reactivator.core.segment.widget.IntList;
import java.util.List;
import java.util.Objects;

/**
 * RFM scores of every customer and the two segment views. Per-customer lists are indexed by
 * customer index.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recencyDays days from each customer's last purchase to the analysis date
 * @param recencyScores R, 1–5 (5 = most recent)
 * @param frequencyScores F, 1–5 (5 = most purchases)
 * @param monetaryScores M, 1–5 (5 = largest total spent)
 * @param seedSegments the four segments of {@link SeedRfmSegment}, in enum order, empty ones
 *     included
 * @param mapSegments the eleven segments of {@link RfmMapSegment}, in enum order, empty ones
 *     included
 */
public record RfmResult(
    IntList recencyDays,
    IntList recencyScores,
    IntList frequencyScores,
    IntList monetaryScores,
    List<RfmSegment> seedSegments,
    List<RfmSegment> mapSegments) {

  /**
   * Checks the components and copies the lists.
   *
   * @param recencyDays days from each customer's last purchase to the analysis date
   * @param recencyScores R, 1–5 (5 = most recent)
   * @param frequencyScores F, 1–5 (5 = most purchases)
   * @param monetaryScores M, 1–5 (5 = largest total spent)
   * @param seedSegments the four segments of {@link SeedRfmSegment}, in enum order, empty ones
   *     included
   * @param mapSegments the eleven segments of {@link RfmMapSegment}, in enum order, empty ones
   *     included
   */
  public RfmResult {
    Objects.requireNonNull(recencyDays, "recencyDays");
    Objects.requireNonNull(recencyScores, "recencyScores");
    Objects.requireNonNull(frequencyScores, "frequencyScores");
    Objects.requireNonNull(monetaryScores, "monetaryScores");
    seedSegments = List.copyOf(seedSegments);
    mapSegments = List.copyOf(mapSegments);
  }

  /**
   * Customer {@code c}'s three-digit RFM code, such as {@code "545"}.
   *
   * @param c the customer index, 0 to the number of customers − 1
   * @return the recency, frequency and monetary scores as three digits 1–5
   */
  public String code(int c) {
    return "" + recencyScores.getInt(c) + frequencyScores.getInt(c) + monetaryScores.getInt(c);
  }

  /**
   * Customer {@code c}'s segment in the four-segment view.
   *
   * @param c the customer index, 0 to the number of customers − 1
   * @return the customer's segment in the four-segment view
   */
  public SeedRfmSegment seedSegment(int c) {
    return SeedRfmSegment.of(recencyScores.getInt(c), frequencyScores.getInt(c));
  }

  /**
   * Customer {@code c}'s segment in the eleven-segment map.
   *
   * @param c the customer index, 0 to the number of customers − 1
   * @return the customer's segment in the eleven-segment map
   */
  public RfmMapSegment mapSegment(int c) {
    return RfmMapSegment.of(recencyScores.getInt(c), frequencyScores.getInt(c));
  }

  /**
   * The four-segment view's segment {@code s}.
   *
   * @param s a segment of the four-segment view
   * @return the four-segment view's segment {@code s}
   */
  public RfmSegment segment(SeedRfmSegment s) {
    return seedSegments.get(s.ordinal());
  }

  /**
   * The eleven-segment map's segment {@code s}.
   *
   * @param s a segment of the eleven-segment map
   * @return the eleven-segment map's segment {@code s}
   */
  public RfmSegment segment(RfmMapSegment s) {
    return mapSegments.get(s.ordinal());
  }
}
