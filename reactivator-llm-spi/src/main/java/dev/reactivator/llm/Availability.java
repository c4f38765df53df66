package dev.reactivator.llm;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a provider can be called now, and if not, why (for example "GIGACHAT_CREDENTIALS is not
 * set").
 *
 * <p>Immutable and thread-safe.
 *
 * @param available whether the provider is configured and can be called
 * @param reason why it is not available; empty when available
 */
public record Availability(boolean available, Optional<String> reason) {

  private static final Availability AVAILABLE = new Availability(true, Optional.empty());

  /**
   * Creates an availability value.
   *
   * @param available whether the provider can be called
   * @param reason why not; must be present exactly when {@code available} is false
   */
  public Availability {
    Objects.requireNonNull(reason, "reason");
    if (available == reason.isPresent()) {
      throw new IllegalArgumentException(
          "reason must be present exactly when unavailable, got available="
              + available
              + ", reason="
              + reason);
    }
  }

  /**
   * The provider can be called.
   *
   * @return the shared "available" value
   */
  public static Availability ready() {
    return AVAILABLE;
  }

  /**
   * The provider cannot be called.
   *
   * @param reason what is missing, phrased for the user (never containing secrets)
   * @return the value
   */
  public static Availability unavailable(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    return new Availability(false, Optional.of(reason));
  }
}
