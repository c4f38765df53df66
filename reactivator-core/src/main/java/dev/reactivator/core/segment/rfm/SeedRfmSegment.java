package dev.reactivator.core.segment.rfm;

/**
 * The four RFM segments of the product's RFM matrix (labelled Чемпионы, Постоянные, Угасающие,
 * Потерянные: see {@code Glossary}), decided from the recency score R and the frequency score F
 * (1–5, 5 best). The rules are applied in this order and cover every customer exactly once:
 *
 * <ol>
 *   <li>{@link #CHAMPIONS}: R ≥ 4 and F ≥ 4;
 *   <li>{@link #REGULAR}: R ≥ 3 (and not a champion);
 *   <li>{@link #RISK_ZONE}: R ≤ 2 and F ≥ 3 — bought often, has gone quiet;
 *   <li>{@link #LOST}: R ≤ 2 and F ≤ 2.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public enum SeedRfmSegment {
  /** Bought recently and often. */
  CHAMPIONS("champions"),
  /** Recent enough, not (yet) champions. */
  REGULAR("regular"),
  /** Frequent buyers that have gone quiet. */
  RISK_ZONE("risk-zone"),
  /** Rare buyers that have gone quiet. */
  LOST("lost");

  private final String key;

  SeedRfmSegment(String key) {
    this.key = key;
  }

  /**
   * The stable English key.
   *
   * @return the stable English key
   */
  public String key() {
    return key;
  }

  /**
   * The segment of a customer with recency score {@code r} and frequency score {@code f}.
   *
   * @param r the recency score, 1 to 5
   * @param f the frequency score, 1 to 5
   * @return the segment of a customer with recency score {@code r} and frequency score {@code f}
   */
  public static SeedRfmSegment of(int r, int f) {
    if (r >= 4 && f >= 4) {
      return CHAMPIONS;
    }
    if (r >= 3) {
      return REGULAR;
    }
    return f >= 3 ? RISK_ZONE : LOST;
  }
}
