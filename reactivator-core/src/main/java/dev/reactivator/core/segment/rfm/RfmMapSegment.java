package dev.reactivator.core.segment.rfm;

/**
 * The standard eleven-segment RFM map on the recency score R (rows) and the frequency score F
 * (columns), both 1–5 with 5 best:
 *
 * <pre>
 *        F=1              F=2                 F=3                 F=4              F=5
 * R=5  new-customers    potential-loyalist  potential-loyalist  champions        champions
 * R=4  promising        potential-loyalist  potential-loyalist  loyal            loyal
 * R=3  about-to-sleep   about-to-sleep      need-attention      loyal            loyal
 * R=2  hibernating      hibernating         at-risk             at-risk          cant-lose-them
 * R=1  lost             hibernating         at-risk             at-risk          cant-lose-them
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum RfmMapSegment {
  /** R 5, F 4–5. */
  CHAMPIONS("champions"),
  /** R 3–4, F 4–5. */
  LOYAL("loyal"),
  /** R 4–5, F 2–3. */
  POTENTIAL_LOYALIST("potential-loyalist"),
  /** R 5, F 1. */
  NEW_CUSTOMERS("new-customers"),
  /** R 4, F 1. */
  PROMISING("promising"),
  /** R 3, F 3. */
  NEED_ATTENTION("need-attention"),
  /** R 3, F 1–2. */
  ABOUT_TO_SLEEP("about-to-sleep"),
  /** R 1–2, F 3–4. */
  AT_RISK("at-risk"),
  /** R 1–2, F 5. */
  CANT_LOSE_THEM("cant-lose-them"),
  /** R 1–2, F 1–2 except R 1 F 1. */
  HIBERNATING("hibernating"),
  /** R 1, F 1. */
  LOST("lost");

  private static final RfmMapSegment[][] GRID = {
    // F = 1 … 5, row R = 1
    {LOST, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
    {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
    {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL},
    {PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, LOYAL},
    {NEW_CUSTOMERS, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS},
  };

  private final String key;

  RfmMapSegment(String key) {
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
   * The segment of recency score {@code r} and frequency score {@code f}, both 1–5.
   *
   * @param r the recency score, 1 to 5
   * @param f the frequency score, 1 to 5
   * @return the segment of recency score {@code r} and frequency score {@code f}, both 1–5
   * @throws IllegalArgumentException when a score is outside 1–5
   */
  public static RfmMapSegment of(int r, int f) {
    if (r < 1 || r > 5 || f < 1 || f > 5) {
      throw new IllegalArgumentException("scores must be 1–5, were r=" + r + ", f=" + f);
    }
    return GRID[r - 1][f - 1];
  }
}
