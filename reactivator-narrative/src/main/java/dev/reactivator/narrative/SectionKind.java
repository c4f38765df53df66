package dev.reactivator.narrative;

/**
 * The six directions of the executive summary ("Итоги анализа"), in the order they are shown.
 *
 * <p>Immutable and thread-safe.
 */
public enum SectionKind {
  /** The big picture: size of the base, the health index and what it means. */
  BIG_PICTURE,
  /** Risks and their reasons: who is leaving and why. */
  RISKS,
  /** Money at risk: revenue at risk by churn bucket and the customers to save first. */
  MONEY_AT_RISK,
  /** Growth points: VIP customers, sleeping whales, next best products, product pairs. */
  GROWTH_POINTS,
  /** The roadmap per department (sales, marketing, product), with counts and segments. */
  ROADMAP,
  /** The reactivation ROI forecast. */
  ROI_FORECAST;

  /**
   * The stable key, such as {@code "big-picture"}.
   *
   * @return the stable key, such as {@code "big-picture"}
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
