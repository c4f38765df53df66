package dev.reactivator.narrative;

import java.time.Duration;

/**
 * Told while a narrator waits for a language model, so that an application can show that the run is
 * alive: once when the request is sent and then every few seconds until the answer or the narration
 * deadline.
 */
@FunctionalInterface
public interface NarrationListener {
  /** A listener that ignores everything. */
  NarrationListener NONE = (provider, elapsed, deadline) -> {};

  /**
   * The narrator is waiting for {@code provider}'s answer.
   *
   * @param provider the provider's name
   * @param elapsed the time since the request was sent
   * @param deadline the narration deadline, after which the offline writer takes over
   */
  void waiting(String provider, Duration elapsed, Duration deadline);
}
