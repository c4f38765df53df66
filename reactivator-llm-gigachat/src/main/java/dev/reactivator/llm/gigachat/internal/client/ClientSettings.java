package dev.reactivator.llm.gigachat.internal.client;

import dev.reactivator.llm.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Everything the HTTP client needs, already validated by the provider's builder.
 *
 * @param baseUrl API base, e.g. {@code https://gigachat.devices.sberbank.ru/api/v1}
 * @param authUrl OAuth endpoint
 * @param credentials authorization key (Base64 of client id:secret), if OAuth is used
 * @param accessToken a pre-obtained access token, if no credentials
 * @param scope OAuth scope
 * @param timeout per-attempt timeout
 * @param connectTimeout TCP/TLS connect timeout
 * @param maxRetries retries after the first attempt for retryable failures
 * @param backoffBase first backoff cap (doubles per attempt)
 * @param backoffMax largest backoff cap
 * @param totalTimeout overall deadline of one chat call (all attempts and waits); empty = derived
 * @param refreshMargin refresh the token when less than this remains
 * @param maxConcurrent concurrent requests allowed
 * @param logRequests log request and response bodies (never headers, never tokens)
 * @param maxResponseBytes the largest answer read, in bytes; a larger one fails the call
 * @param clock time source (token expiry, Retry-After dates)
 * @param sslContext TLS trust
 */
public record ClientSettings(
    URI baseUrl,
    URI authUrl,
    Optional<Secret> credentials,
    Optional<Secret> accessToken,
    String scope,
    Duration timeout,
    Duration connectTimeout,
    int maxRetries,
    Duration backoffBase,
    Duration backoffMax,
    Optional<Duration> totalTimeout,
    Duration refreshMargin,
    int maxConcurrent,
    boolean logRequests,
    long maxResponseBytes,
    Clock clock,
    SSLContext sslContext) {

  /**
   * Checks nothing is missing.
   *
   * @param baseUrl see class
   * @param authUrl see class
   * @param credentials see class
   * @param accessToken see class
   * @param scope see class
   * @param timeout see class
   * @param connectTimeout see class
   * @param maxRetries see class
   * @param backoffBase see class
   * @param backoffMax see class
   * @param totalTimeout see class
   * @param refreshMargin see class
   * @param maxConcurrent see class
   * @param logRequests see class
   * @param maxResponseBytes see class
   * @param clock see class
   * @param sslContext see class
   */
  public ClientSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(authUrl, "authUrl");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(backoffBase, "backoffBase");
    Objects.requireNonNull(backoffMax, "backoffMax");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    Objects.requireNonNull(refreshMargin, "refreshMargin");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sslContext, "sslContext");
  }

  /**
   * The deadline of one call whose attempts each get {@code attemptTimeout}: the configured total,
   * or {@code attemptTimeout × (maxRetries + 1)} plus the largest possible backoffs.
   *
   * @param attemptTimeout the per-attempt timeout of this call
   * @return the total budget
   */
  public Duration totalFor(Duration attemptTimeout) {
    return totalTimeout.orElseGet(
        () -> {
          Duration waits = Duration.ZERO;
          for (int i = 0; i < maxRetries; i++) {
            waits = waits.plus(backoffCap(i));
          }
          return attemptTimeout.multipliedBy(maxRetries + 1L).plus(waits);
        });
  }

  /**
   * Upper bound of the backoff before retry {@code attempt} (0-based): {@code min(max, base ·
   * 2^attempt)}.
   *
   * @param attempt the number of the failed attempt, from 0
   * @return the cap; the actual delay is uniform in {@code [0, cap]} (full jitter)
   */
  public Duration backoffCap(int attempt) {
    long base = backoffBase.toNanos();
    long max = backoffMax.toNanos();
    long cap = attempt >= 62 || base > (max >> Math.min(attempt, 62)) ? max : base << attempt;
    return Duration.ofNanos(Math.min(cap, max));
  }
}
