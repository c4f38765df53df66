package dev.reactivator.core.segment.lifecycle;

import dev.reactivator.core.score.ReasonCode;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.Objects;

/**
 * One early-warning trigger (seed 004) and the customers it fires for: a reason code whose strength
 * is above zero.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the reason code the trigger reads
 * @param customers the customers the trigger fires for, by index, ascending; the group's key is
 *     {@link #key(ReasonCode)}
 */
public record EarlyWarning(ReasonCode code, CustomerGroup customers) {
  /**
   * Checks the components.
   *
   * @param code the reason code the trigger reads
   * @param customers the customers the trigger fires for
   */
  public EarlyWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(customers, "customers");
  }

  /**
   * The trigger's stable key.
   *
   * @return {@link #key(ReasonCode)} of the code
   */
  public String key() {
    return key(code);
  }

  /**
   * The stable key of the trigger that reads {@code code}: {@code pause-beyond-cycle}, {@code
   * frequency-drop}, {@code check-drop}, {@code complaints} or {@code support-spike}.
   *
   * @param code a reason code other than {@link ReasonCode#DISCOUNT_DEPENDENCE}
   * @return the trigger's key
   * @throws IllegalArgumentException for {@link ReasonCode#DISCOUNT_DEPENDENCE}, which is no
   *     trigger
   */
  public static String key(ReasonCode code) {
    return switch (code) {
      case RECENCY_DROP -> "pause-beyond-cycle";
      case FREQUENCY_DROP -> "frequency-drop";
      case CHECK_DROP -> "check-drop";
      case COMPLAINTS -> "complaints";
      case SUPPORT_SPIKE -> "support-spike";
      case DISCOUNT_DEPENDENCE ->
          throw new IllegalArgumentException("discount dependence is not an early warning");
    };
  }
}
