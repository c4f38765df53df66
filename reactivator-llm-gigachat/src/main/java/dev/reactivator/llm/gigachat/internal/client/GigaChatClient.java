package dev.reactivator.llm.gigachat.internal.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.llm.LlmAuthenticationException;
import dev.reactivator.llm.LlmException;
import dev.reactivator.llm.LlmHttpErrors;
import dev.reactivator.llm.LlmPermanentException;
import dev.reactivator.llm.LlmRateLimitedException;
import dev.reactivator.llm.LlmResponseBodies;
import dev.reactivator.llm.LlmTransientException;
import dev.reactivator.llm.Secret;
import dev.reactivator.llm.gigachat.internal.api.CompletionRequest;
import dev.reactivator.llm.gigachat.internal.api.CompletionResponse;
import dev.reactivator.llm.gigachat.internal.api.ErrorBody;
import dev.reactivator.llm.gigachat.internal.api.Json;
import dev.reactivator.llm.gigachat.internal.api.TokenResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks the GigaChat REST contract (gigachat-api.md §2–3, §8): OAuth token exchange, chat
 * completions, the one-time token refresh on 401, retries with exponential backoff and full jitter
 * honouring {@code Retry-After}, a bounded total time, and error mapping. Thread-safe.
 */
public final class GigaChatClient {

  private static final Logger LOG = LoggerFactory.getLogger(GigaChatClient.class);
  private static final String NAME = "gigachat";
  private static final long DEFAULT_TOKEN_LIFETIME_MILLIS = Duration.ofMinutes(30).toMillis();
  private static final Duration TIMEOUT_GRACE = Duration.ofSeconds(1);

  /**
   * A successful chat exchange.
   *
   * @param body the parsed body
   * @param requestId {@code X-Request-Id} of the response, or the one we sent
   */
  public record Result(CompletionResponse body, Optional<String> requestId) {}

  /** One attempt of a retried operation. */
  @FunctionalInterface
  private interface Attempt<T> {
    T run(Duration timeout);
  }

  private final ClientSettings settings;
  private final HttpClient http;
  private final ObjectMapper json = Json.mapper();
  private final TokenManager tokens;
  private final Semaphore permits;
  private final URI chatUri;

  /**
   * Creates the client (no network access until the first call).
   *
   * @param settings the validated settings
   */
  public GigaChatClient(ClientSettings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .sslContext(settings.sslContext())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.tokens =
        settings.credentials().isPresent()
            ? TokenManager.oauth(this::fetchToken, settings.clock(), settings.refreshMargin())
            : TokenManager.fixed(
                settings
                    .accessToken()
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException("credentials or accessToken is required")),
                settings.clock());
    this.permits = new Semaphore(settings.maxConcurrent(), true);
    String base = settings.baseUrl().toString();
    this.chatUri =
        URI.create(
            (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/chat/completions");
  }

  /**
   * Performs one chat completion with retries.
   *
   * @param body the request body
   * @param sessionId value for {@code X-Session-ID}, if any
   * @param attemptTimeout time limit of each attempt
   * @return the parsed response
   * @throws dev.reactivator.llm.LlmException on failure
   */
  public Result chat(CompletionRequest body, Optional<String> sessionId, Duration attemptTimeout) {
    String payload;
    try {
      payload = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new LlmPermanentException(
          NAME + ": cannot serialise the request: " + e.getOriginalMessage(), e);
    }
    String requestId = UUID.randomUUID().toString();
    Duration total = settings.totalFor(attemptTimeout);
    long deadline = System.nanoTime() + total.toNanos();
    acquirePermit(deadline);
    try {
      boolean[] refreshed = {false};
      return retrying(
          deadline,
          total,
          attemptTimeout,
          t -> chatAttempt(payload, requestId, sessionId, t, refreshed));
    } finally {
      permits.release();
    }
  }

  private void acquirePermit(long deadline) {
    try {
      if (!permits.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        throw new LlmTransientException(
            NAME
                + ": no free request slot before the total timeout (maxConcurrentRequests="
                + settings.maxConcurrent()
                + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmTransientException(NAME + ": interrupted while waiting for a request slot");
    }
  }

  private Result chatAttempt(
      String payload,
      String requestId,
      Optional<String> sessionId,
      Duration timeout,
      boolean[] refreshed) {
    while (true) {
      TokenManager.Token token = tokens.get(timeout);
      HttpRequest.Builder rb =
          HttpRequest.newBuilder(chatUri)
              .timeout(timeout)
              .header("Authorization", "Bearer " + token.value().reveal())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("User-Agent", "reactivator-llm-gigachat")
              .header("X-Request-ID", requestId)
              .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
      sessionId.ifPresent(s -> rb.header("X-Session-ID", s));
      if (settings.logRequests()) {
        LOG.info("{} request POST {} (X-Request-ID {}): {}", NAME, chatUri, requestId, payload);
      }
      HttpResponse<String> r = send(rb.build(), timeout, NAME);
      Optional<String> rid =
          r.headers().firstValue("X-Request-Id").or(() -> Optional.of(requestId));
      if (settings.logRequests()) {
        LOG.info(
            "{} response HTTP {} (request id {}): {}",
            NAME,
            r.statusCode(),
            rid.get(),
            redact(r.body()));
      }
      if (r.statusCode() == 401) {
        if (!tokens.canRefresh()) {
          throw new LlmAuthenticationException(
              NAME
                  + ": HTTP 401: the configured access token was rejected ("
                  + detail(r.body())
                  + ", request id "
                  + rid.get()
                  + "); configure GIGACHAT_CREDENTIALS so tokens can be refreshed");
        }
        if (refreshed[0]) {
          throw new LlmAuthenticationException(
              NAME
                  + ": HTTP 401: a freshly issued access token was rejected ("
                  + detail(r.body())
                  + ", request id "
                  + rid.get()
                  + ")");
        }
        refreshed[0] = true;
        LOG.debug(
            "{}: access token rejected (HTTP 401), fetching a new one and retrying once", NAME);
        tokens.invalidate(token);
        continue;
      }
      if (r.statusCode() / 100 != 2) {
        throw error(NAME, r, rid.get());
      }
      try {
        return new Result(json.readValue(r.body(), CompletionResponse.class), rid);
      } catch (JsonProcessingException e) {
        throw new LlmPermanentException(
            NAME
                + ": malformed response (request id "
                + rid.get()
                + "): "
                + LlmHttpErrors.abbreviate(e.getOriginalMessage()),
            e);
      }
    }
  }

  private TokenManager.Token fetchToken(Duration timeout) {
    Secret key = settings.credentials().orElseThrow();
    String what = NAME + " OAuth";
    HttpRequest req =
        HttpRequest.newBuilder(settings.authUrl())
            .timeout(timeout)
            .header("Authorization", "Basic " + key.reveal())
            .header("RqUID", UUID.randomUUID().toString())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("User-Agent", "reactivator-llm-gigachat")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "scope=" + URLEncoder.encode(settings.scope(), StandardCharsets.UTF_8)))
            .build();
    if (settings.logRequests()) {
      LOG.info(
          "{} request POST {} scope={} (Authorization hidden)",
          what,
          settings.authUrl(),
          settings.scope());
    }
    HttpResponse<String> r = send(req, timeout, what);
    int status = r.statusCode();
    if (status == 400 || status == 401 || status == 403) {
      throw new LlmAuthenticationException(
          what
              + ": token request rejected (HTTP "
              + status
              + ", "
              + detail(r.body())
              + "); check the authorization key (GIGACHAT_CREDENTIALS, "
              + key.masked()
              + ") and the scope ("
              + settings.scope()
              + ")");
    }
    if (status / 100 != 2) {
      throw error(what, r, r.headers().firstValue("X-Request-Id").orElse("none"));
    }
    TokenResponse t;
    try {
      t = json.readValue(r.body(), TokenResponse.class);
    } catch (JsonProcessingException e) {
      throw new LlmPermanentException(
          what + ": malformed token response: " + LlmHttpErrors.abbreviate(e.getOriginalMessage()));
    }
    String value = t.accessToken() != null ? t.accessToken() : t.tok();
    if (value == null || value.isBlank()) {
      throw new LlmPermanentException(what + ": token response has neither access_token nor tok");
    }
    Long expiry = t.expiresAt() != null ? t.expiresAt() : t.exp();
    long expiresAt =
        expiry == null
            ? settings.clock().millis() + DEFAULT_TOKEN_LIFETIME_MILLIS
            : expiry < 1_000_000_000_000L ? expiry * 1000 : expiry;
    if (settings.logRequests()) {
      LOG.info(
          "{} response HTTP {}: token issued, expires {}",
          what,
          status,
          Instant.ofEpochMilli(expiresAt));
    }
    return new TokenManager.Token(Secret.of(value), expiresAt);
  }

  private <T> T retrying(
      long deadline, Duration total, Duration attemptTimeout, Attempt<T> attempt) {
    for (int n = 0; ; n++) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new LlmTransientException(
            NAME + ": total timeout of " + millis(total) + " exhausted after " + n + " attempt(s)");
      }
      Duration timeout = Duration.ofNanos(Math.min(attemptTimeout.toNanos(), remaining));
      try {
        return attempt.run(timeout);
      } catch (LlmException e) {
        if (!e.isRetryable() || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        if (n >= settings.maxRetries()) {
          throw gaveUp(e, " (gave up after " + (n + 1) + " attempt(s))");
        }
        int failed = n;
        Duration delay =
            (e instanceof LlmRateLimitedException
                    ? ((LlmRateLimitedException) e).retryAfter()
                    : Optional.<Duration>empty())
                .orElseGet(() -> jitter(settings.backoffCap(failed)));
        if (delay.toNanos() >= deadline - System.nanoTime()) {
          throw gaveUp(
              e,
              " (gave up after "
                  + (n + 1)
                  + " attempt(s): waiting "
                  + millis(delay)
                  + " would exceed the total timeout of "
                  + millis(total)
                  + ")");
        }
        LOG.debug(
            "{}: attempt {} failed ({}), retrying in {}",
            NAME,
            n + 1,
            e.getMessage(),
            millis(delay));
        sleep(delay);
      }
    }
  }

  private static Duration jitter(Duration cap) {
    return Duration.ofNanos((long) (ThreadLocalRandom.current().nextDouble() * cap.toNanos()));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmTransientException(NAME + ": interrupted while waiting to retry");
    }
  }

  private static LlmException gaveUp(LlmException e, String suffix) {
    String m = e.getMessage() + suffix;
    if (e instanceof LlmRateLimitedException) {
      LlmRateLimitedException copy =
          new LlmRateLimitedException(m, ((LlmRateLimitedException) e).retryAfter());
      copy.initCause(e.getCause());
      return copy;
    }
    return new LlmTransientException(m, e.getCause());
  }

  private HttpResponse<String> send(HttpRequest request, Duration timeout, String what) {
    CompletableFuture<HttpResponse<String>> f =
        http.sendAsync(request, LlmResponseBodies.utf8(settings.maxResponseBytes()));
    try {
      return f.get(timeout.plus(TIMEOUT_GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new LlmTransientException(
          what
              + ": no response from "
              + hostOf(request.uri())
              + " within "
              + millis(timeout)
              + " (timeout)");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new LlmTransientException(what + ": interrupted");
    } catch (ExecutionException e) {
      throw transportError(e.getCause(), request.uri(), timeout, what);
    }
  }

  private LlmException transportError(Throwable cause, URI uri, Duration timeout, String what) {
    LlmResponseBodies.TooLargeException big = LlmResponseBodies.tooLarge(cause);
    if (big != null) {
      // a retry would read the same flood again
      return new LlmPermanentException(
          what
              + ": the answer from "
              + hostOf(uri)
              + " is larger than "
              + big.maxBytes()
              + " bytes (GIGACHAT_MAX_RESPONSE_BYTES); the read was stopped there",
          cause);
    }
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof SSLHandshakeException || c instanceof SSLException) {
        return new LlmPermanentException(
            what
                + ": TLS handshake with "
                + hostOf(uri)
                + " failed ("
                + LlmHttpErrors.abbreviate(String.valueOf(c.getMessage()))
                + "). GigaChat's certificates chain to the "
                + "Russian Trusted Root CA, which the JDK does not trust: give its PEM file with "
                + "GIGACHAT_CA_BUNDLE_FILE or GigaChatProvider.builder().caBundle(path), or a trust store "
                + "with trustStore(path, password, type)",
            cause);
      }
      if (c instanceof HttpTimeoutException) {
        return new LlmTransientException(
            what
                + ": no response from "
                + hostOf(uri)
                + " within "
                + millis(timeout)
                + " (timeout)",
            cause);
      }
    }
    if (cause instanceof IOException) {
      return new LlmTransientException(
          what + ": I/O error talking to " + hostOf(uri) + ": " + cause, cause);
    }
    return new LlmPermanentException(
        what + ": unexpected failure talking to " + hostOf(uri) + ": " + cause, cause);
  }

  private LlmException error(String what, HttpResponse<String> r, String requestId) {
    Optional<Duration> retryAfter =
        r.headers()
            .firstValue("Retry-After")
            .flatMap(v -> LlmHttpErrors.parseRetryAfter(v, settings.clock()));
    return LlmHttpErrors.forStatus(
        what, r.statusCode(), detail(r.body()) + " (request id " + requestId + ")", retryAfter);
  }

  /**
   * The server's message: {@code message} (with {@code code}) of a JSON error body, else the raw
   * text.
   */
  private String detail(String body) {
    if (body == null || body.isBlank()) {
      return "empty body";
    }
    String text;
    try {
      ErrorBody e = json.readValue(body, ErrorBody.class);
      text =
          e.message() == null
              ? body
              : (e.code() != null ? "code " + e.code() + ": " : "") + e.message();
    } catch (JsonProcessingException | RuntimeException notJson) {
      text = body;
    }
    return LlmHttpErrors.abbreviate(redact(text));
  }

  private String redact(String text) {
    String t = text;
    if (settings.credentials().isPresent()) {
      t = settings.credentials().get().redactFrom(t);
    }
    if (settings.accessToken().isPresent()) {
      t = settings.accessToken().get().redactFrom(t);
    }
    Optional<TokenManager.Token> current = tokens == null ? Optional.empty() : tokens.peek();
    if (current.isPresent()) {
      t = current.get().value().redactFrom(t);
    }
    return t;
  }

  private static String hostOf(URI uri) {
    return uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
  }

  private static String millis(Duration d) {
    return d.toMillis() + " ms";
  }
}
