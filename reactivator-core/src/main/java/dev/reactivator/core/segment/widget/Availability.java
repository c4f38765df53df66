package dev.reactivator.core.segment.widget;

import java.util.Objects;
import java.util.Optional;

/**
 * A widget value that may be absent because the data needed for it is missing: either a value, or
 * no value and the reason why. An absent widget is never filled with zeros.
 *
 * @param <T> the widget value type
 * @param value the value, when it could be computed
 * @param reason why the value is absent; empty when the value is present
 */
public record Availability<T>(Optional<T> value, Optional<String> reason) {

  /**
   * Checks that exactly one of value and reason is present.
   *
   * @param value the value, when it could be computed
   * @param reason why the value is absent; empty when the value is present
   * @throws IllegalArgumentException unless exactly one of {@code value} and {@code reason} is
   *     present
   */
  public Availability {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    if (value.isPresent() == reason.isPresent()) {
      throw new IllegalArgumentException(
          "exactly one of value and reason must be present, was value="
              + value
              + ", reason="
              + reason);
    }
  }

  /**
   * A present value.
   *
   * @param <T> the widget value type
   * @param value the value, when it could be computed
   * @return a present value
   */
  public static <T> Availability<T> of(T value) {
    return new Availability<>(Optional.of(value), Optional.empty());
  }

  /**
   * An absent value and why.
   *
   * @param <T> the widget value type
   * @param reason why the value is absent; empty when the value is present
   * @return an absent value and why
   */
  public static <T> Availability<T> absent(String reason) {
    Objects.requireNonNull(reason, "reason");
    return new Availability<>(Optional.empty(), Optional.of(reason));
  }

  /**
   * Whether the value is present.
   *
   * @return whether the value is present
   */
  public boolean isPresent() {
    return value.isPresent();
  }
}
