package dev.reactivator.core.segment.lifecycle;

import java.util.Locale;

/**
 * A customer's lifecycle stage (seed 004), in the seed's order. Each customer is in exactly one;
 * the rules and their precedence are in {@link CustomerLifecycle} and {@code docs/metrics.md}.
 */
public enum LifecycleStage {
  /** The first purchase falls within the last {@link CustomerLifecycle#ONBOARDING_DAYS} days. */
  ONBOARDING,
  /** Buying, but neither renewing nor expanding in the last 12 months. */
  ADOPTION,
  /** Bought a product new to the customer (after the first purchase) in the last 12 months. */
  EXPANSION,
  /**
   * Bought again a product it had bought before, or a product marked as a renewal, in the last 12
   * months, nothing new.
   */
  RENEWAL,
  /** At HIGH or CRITICAL churn risk. */
  AT_RISK;

  /**
   * The stable key: the name in lower case with {@code -} ({@code at-risk} …).
   *
   * @return the stable key
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
