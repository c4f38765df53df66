package dev.reactivator.core.segment.sales;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One row of the channel-and-tone rule table: when {@code condition} holds, contact the customer
 * through {@code primary} (then {@code secondary}) in {@code tone}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the rule's stable key ({@code vip-at-risk} …), also the group key of its customers
 * @param condition the condition over a customer
 * @param primary the primary channel
 * @param secondary the secondary channel, different from the primary
 * @param tone the tone
 * @param explanationKey the key of the explanation shown to the manager, worded by the report (a
 *     key the report does not know is shown as it is)
 */
public record Rule(
    String key,
    Predicate<CustomerView> condition,
    Channel primary,
    Channel secondary,
    Tone tone,
    String explanationKey) {
  /**
   * Checks the components.
   *
   * @param key the rule's stable key ({@code vip-at-risk} …), also the group key of its customers
   * @param condition the condition over a customer
   * @param primary the primary channel
   * @param secondary the secondary channel, different from the primary
   * @param tone the tone
   * @param explanationKey the key of the explanation shown to the manager, worded by the report (a
   *     key the report does not know is shown as it is)
   * @throws IllegalArgumentException when the secondary channel equals the primary, or either is
   *     {@link Channel#NO_CONTACT}
   */
  public Rule {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(secondary, "secondary");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(explanationKey, "explanationKey");
    if (primary == Channel.NO_CONTACT || secondary == Channel.NO_CONTACT) {
      throw new IllegalArgumentException(
          "rule " + key + ": NO_CONTACT is assigned when contacts are missing, not by a rule");
    }
    if (primary == secondary) {
      throw new IllegalArgumentException(
          "rule " + key + ": secondary channel must differ from the primary, both were " + primary);
    }
  }
}
