package dev.reactivator.llm;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Shared mapping of HTTP failures to the {@link LlmException} hierarchy, for provider authors:
 *
 * <table>
 * <caption>HTTP status to exception</caption>
 * <tr><th>status</th><th>exception</th></tr>
 * <tr><td>401, 403</td><td>{@link LlmAuthenticationException}</td></tr>
 * <tr><td>429</td><td>{@link LlmRateLimitedException} (with {@code Retry-After} if sent)</td></tr>
 * <tr><td>408, 5xx</td><td>{@link LlmTransientException}</td></tr>
 * <tr><td>451</td><td>{@link LlmContentRefusedException}</td></tr>
 * <tr><td>other</td><td>{@link LlmPermanentException}</td></tr>
 * </table>
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class LlmHttpErrors {

  /** Longest server-provided detail kept in a message. */
  public static final int MAX_DETAIL_LENGTH = 300;

  private LlmHttpErrors() {}

  /**
   * Maps an HTTP error status to an exception.
   *
   * @param provider the provider's name, first word of the message
   * @param status the HTTP status ({@code >= 400})
   * @param detail what the server said, already stripped of secrets (abbreviated here)
   * @param retryAfter the {@code Retry-After} delay, if the server sent one
   * @return the exception to throw
   */
  public static LlmException forStatus(
      String provider, int status, String detail, Optional<Duration> retryAfter) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(retryAfter, "retryAfter");
    String d = abbreviate(detail);
    String message = provider + ": HTTP " + status + (d.isEmpty() ? "" : ": " + d);
    if (status == 401 || status == 403) {
      return new LlmAuthenticationException(message);
    }
    if (status == 429) {
      return new LlmRateLimitedException(
          message + retryAfter.map(r -> " (retry after " + r.toSeconds() + " s)").orElse(""),
          retryAfter);
    }
    if (status == 408 || status >= 500) {
      return new LlmTransientException(message);
    }
    if (status == 451) {
      return new LlmContentRefusedException(message);
    }
    return new LlmPermanentException(message);
  }

  /**
   * Whether a status is worth retrying (429, 408, 5xx).
   *
   * @param status the HTTP status
   * @return {@code true} for retryable statuses
   */
  public static boolean isRetryable(int status) {
    return status == 429 || status == 408 || status >= 500;
  }

  /**
   * Parses a {@code Retry-After} header: delta seconds ({@code 120}) or an HTTP date ({@code Wed,
   * 21 Oct 2026 07:28:00 GMT}, relative to {@code clock}). Dates in the past give zero.
   *
   * @param value the header value
   * @param clock the current time, for HTTP dates
   * @return the delay, or empty if the value is neither form
   */
  public static Optional<Duration> parseRetryAfter(String value, Clock clock) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(clock, "clock");
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException tooLarge) {
        return Optional.empty();
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration delay = Duration.between(clock.instant(), at);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  /**
   * Makes server-provided text safe for a one-line message: control characters become spaces, runs
   * of whitespace collapse, and the result is cut at {@link #MAX_DETAIL_LENGTH} characters.
   *
   * @param text any text
   * @return the abbreviated text
   */
  public static String abbreviate(String text) {
    Objects.requireNonNull(text, "text");
    String oneLine = text.replaceAll("[\\p{Cc}\\s\\p{Zl}\\p{Zp}]+", " ").strip();
    return oneLine.length() <= MAX_DETAIL_LENGTH
        ? oneLine
        : oneLine.substring(0, MAX_DETAIL_LENGTH) + "…";
  }
}
