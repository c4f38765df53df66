package dev.reactivator.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.reactivator.llm.Availability;
import dev.reactivator.llm.ChatParameters;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.LlmException;
import dev.reactivator.llm.LlmHttpErrors;
import dev.reactivator.llm.LlmPermanentException;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.LlmRateLimitedException;
import dev.reactivator.llm.LlmResponseBodies;
import dev.reactivator.llm.LlmTransientException;
import dev.reactivator.llm.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LlmProvider} for any server that speaks the OpenAI chat-completions API ({@code POST
 * {baseUrl}/chat/completions}): a local Ollama ({@code http://localhost:11434/v1}, the default),
 * vLLM, LM Studio, llama.cpp's server, or a hosted service. Shows everything a provider needs:
 * configuration from environment-style settings, an optional API key kept as a {@link Secret} (sent
 * as {@code Authorization: Bearer …}, never logged, redacted from error details), a timeout,
 * retries of transient failures honouring {@code Retry-After} (a longer pause than the longest wait
 * is not waited for: the rate-limit error is thrown at once), and the mapping of HTTP failures to
 * the SPI exceptions (401/403 → authentication, 429 → rate limited, 408/5xx and network errors →
 * transient, 451 → content refused, other 4xx and malformed bodies → permanent).
 *
 * <p>Settings ({@link #fromEnvironment(Map)}):
 *
 * <ul>
 *   <li>{@value #BASE_URL} — the API root, default {@value #DEFAULT_BASE_URL};
 *   <li>{@value #MODEL} — the model, for example {@code llama3.1:8b}; without it the provider is
 *       unavailable;
 *   <li>{@value #API_KEY} — optional bearer token;
 *   <li>{@value #TIMEOUT} — seconds per attempt, default 120 (local models are slow).
 * </ul>
 *
 * Provider options understood in {@link ChatParameters#providerOptions()}: {@code seed}, {@code
 * frequency_penalty}, {@code presence_penalty} (numbers); any other key is rejected.
 *
 * <p>Thread-safe; it logs only the status, the model and the elapsed time of each call, never the
 * messages.
 */
public final class OpenAiCompatibleProvider implements LlmProvider {

  /** The provider name used for selection. */
  public static final String NAME = "openai-compatible";

  /** Setting: the API root URL. */
  public static final String BASE_URL = "OPENAI_COMPATIBLE_BASE_URL";

  /** Setting: the model. */
  public static final String MODEL = "OPENAI_COMPATIBLE_MODEL";

  /** Setting: the optional API key. */
  public static final String API_KEY = "OPENAI_COMPATIBLE_API_KEY";

  /** Setting: the timeout per attempt, in seconds. */
  public static final String TIMEOUT = "OPENAI_COMPATIBLE_TIMEOUT_SECONDS";

  /** Setting: the largest answer read, in bytes (default 512 KiB). */
  public static final String MAX_RESPONSE_BYTES = "OPENAI_COMPATIBLE_MAX_RESPONSE_BYTES";

  /** The default API root: a local Ollama. */
  public static final String DEFAULT_BASE_URL = "http://localhost:11434/v1";

  private static final Logger LOG = LoggerFactory.getLogger(OpenAiCompatibleProvider.class);

  private final URI chatUri;
  private final URI baseUri;
  private final Optional<String> model;
  private final Optional<Secret> apiKey;
  private final Duration timeout;
  private final int maxRetries;
  private final Duration backoff;
  private final Duration maxWait;
  private final long maxResponseBytes;
  private final Clock clock;
  private final HttpClient http;

  private OpenAiCompatibleProvider(Builder b) {
    this.baseUri = b.baseUri;
    this.chatUri = URI.create(b.baseUri.toString().replaceAll("/+$", "") + "/chat/completions");
    this.model = b.model;
    this.apiKey = b.apiKey;
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.backoff = b.backoff;
    this.maxWait = b.maxWait;
    this.maxResponseBytes = b.maxResponseBytes;
    this.clock = b.clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(b.timeout)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * A provider configured from environment-style settings (see the class description).
   *
   * @param configuration the settings, typically {@link System#getenv()}
   * @return the provider; unavailable when no model is set
   * @throws IllegalArgumentException naming the setting when a present value is invalid
   */
  public static OpenAiCompatibleProvider fromEnvironment(Map<String, String> configuration) {
    Objects.requireNonNull(configuration, "configuration");
    Builder b = builder();
    value(configuration, BASE_URL).ifPresent(b::baseUrl);
    value(configuration, MODEL).ifPresent(b::model);
    value(configuration, API_KEY).ifPresent(k -> b.apiKey(Secret.of(k)));
    value(configuration, TIMEOUT)
        .ifPresent(
            t -> {
              long seconds;
              try {
                seconds = Long.parseLong(t);
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                    TIMEOUT + " must be a whole number of seconds, got '" + t + "'");
              }
              b.timeout(Duration.ofSeconds(seconds));
            });
    value(configuration, MAX_RESPONSE_BYTES)
        .ifPresent(
            v -> {
              try {
                b.maxResponseBytes(Long.parseLong(v));
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                    MAX_RESPONSE_BYTES + " must be a whole number of bytes, got '" + v + "'");
              }
            });
    return b.build();
  }

  private static Optional<String> value(Map<String, String> configuration, String key) {
    return Optional.ofNullable(configuration.get(key)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /**
   * A builder with the defaults: {@value #DEFAULT_BASE_URL}, no model, no key, 120 s timeout, two
   * retries starting at 0.5 s.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Availability availability() {
    return model.isPresent()
        ? Availability.ready()
        : Availability.unavailable(
            MODEL + " is not set (the model to use, for example llama3.1:8b)");
  }

  @Override
  public ChatParameters defaultParameters() {
    ChatParameters.Builder b = ChatParameters.builder().timeout(timeout);
    model.ifPresent(b::modelName);
    return b.build();
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    String body;
    try {
      body = WireFormat.request(request, model);
    } catch (IllegalArgumentException e) {
      throw new LlmPermanentException(NAME + ": " + e.getMessage());
    }
    Duration perAttempt = request.parameters().timeout().orElse(timeout);
    for (int attempt = 0; ; attempt++) {
      try {
        return once(body, perAttempt);
      } catch (LlmException e) {
        if (!e.isRetryable() || attempt >= maxRetries) {
          throw e;
        }
        Duration wait = backoff.multipliedBy(1L << Math.min(attempt, 16));
        if (e instanceof LlmRateLimitedException r && r.retryAfter().isPresent()) {
          if (r.retryAfter().get().compareTo(maxWait) > 0) {
            throw e; // the server asks for a longer pause than we are willing to wait
          }
          wait = r.retryAfter().get();
        }
        if (wait.compareTo(maxWait) > 0) {
          wait = maxWait;
        }
        LOG.debug(
            "{}: attempt {} failed ({}), retrying in {} ms",
            NAME,
            attempt + 1,
            e.getClass().getSimpleName(),
            wait.toMillis());
        sleep(wait);
      }
    }
  }

  private ChatResponse once(String body, Duration perAttempt) {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(chatUri)
            .timeout(perAttempt)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    apiKey.ifPresent(k -> rb.header("Authorization", "Bearer " + k.reveal()));
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(rb.build(), LlmResponseBodies.utf8(maxResponseBytes));
    } catch (HttpTimeoutException e) {
      throw new LlmTransientException(
          NAME + ": no answer from " + baseUri + " within " + perAttempt.toSeconds() + " s", e);
    } catch (IOException e) {
      if (LlmResponseBodies.tooLarge(e) != null) {
        // a retry would read the same flood again
        throw new LlmPermanentException(
            NAME
                + ": the answer is larger than "
                + maxResponseBytes
                + " bytes ("
                + MAX_RESPONSE_BYTES
                + "); the read was stopped there",
            e);
      }
      throw new LlmTransientException(
          NAME
              + ": cannot reach "
              + baseUri
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + redact(e.getMessage()))
              + ")",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmTransientException(NAME + ": interrupted while waiting for " + baseUri, e);
    }
    int status = response.statusCode();
    LOG.debug(
        "{}: HTTP {} in {} ms",
        NAME,
        status,
        Duration.ofNanos(System.nanoTime() - start).toMillis());
    if (status / 100 != 2) {
      Optional<Duration> retryAfter =
          response
              .headers()
              .firstValue("Retry-After")
              .flatMap(v -> LlmHttpErrors.parseRetryAfter(v, clock));
      throw LlmHttpErrors.forStatus(
          NAME, status, redact(WireFormat.errorDetail(response.body())), retryAfter);
    }
    try {
      return WireFormat.response(response.body());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new LlmPermanentException(
          NAME
              + ": the server's answer is not a chat completion ("
              + LlmHttpErrors.abbreviate(
                  redact(
                      e instanceof JsonProcessingException j
                          ? j.getOriginalMessage()
                          : e.getMessage()))
              + ")");
    }
  }

  private String redact(String text) {
    return apiKey.map(k -> k.redactFrom(text)).orElse(text);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmTransientException(NAME + ": interrupted while waiting to retry", e);
    }
  }

  /** Shows the endpoint and the model; the key only masked. */
  @Override
  public String toString() {
    return "OpenAiCompatibleProvider[baseUrl="
        + baseUri
        + ", model="
        + model.orElse("(not set)")
        + ", apiKey="
        + apiKey.map(Secret::masked).orElse("(none)")
        + ", timeout="
        + timeout.toSeconds()
        + "s]";
  }

  /**
   * Builds an {@link OpenAiCompatibleProvider}.
   *
   * <p>Not thread-safe: use one builder per thread; what it builds is immutable.
   */
  public static final class Builder {
    private URI baseUri = URI.create(DEFAULT_BASE_URL);
    private Optional<String> model = Optional.empty();
    private Optional<Secret> apiKey = Optional.empty();
    private Duration timeout = Duration.ofSeconds(120);
    private int maxRetries = 2;
    private Duration backoff = Duration.ofMillis(500);
    private Duration maxWait = Duration.ofSeconds(30);
    private long maxResponseBytes = LlmResponseBodies.DEFAULT_MAX_BYTES;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the API root, such as {@code http://localhost:8000/v1} for vLLM.
     *
     * @param url an absolute http or https URL
     * @return this builder
     * @throws IllegalArgumentException if it is not one
     */
    public Builder baseUrl(String url) {
      Objects.requireNonNull(url, "url");
      URI u;
      try {
        u = new URI(url.strip());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(BASE_URL + " is not a URL: " + e.getReason());
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || u.getHost() == null
          || u.getUserInfo() != null) {
        throw new IllegalArgumentException(
            BASE_URL + " must be an http(s) URL with a host and no user info");
      }
      baseUri = u;
      return this;
    }

    /**
     * Sets the model.
     *
     * @param name the model name as the server knows it
     * @return this builder
     */
    public Builder model(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException(MODEL + " must not be blank");
      }
      model = Optional.of(name.strip());
      return this;
    }

    /**
     * Sets the API key.
     *
     * @param key the key
     * @return this builder
     */
    public Builder apiKey(Secret key) {
      apiKey = Optional.of(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Sets the time limit per attempt (also the connect timeout).
     *
     * @param value positive
     * @return this builder
     */
    public Builder timeout(Duration value) {
      Objects.requireNonNull(value, "value");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(TIMEOUT + " must be positive, got " + value.toSeconds());
      }
      timeout = value;
      return this;
    }

    /**
     * Caps one answer: it is read as it streams in, and a larger one stops the read and fails the
     * call without a retry.
     *
     * @param value the cap in bytes, positive (default 512 KiB)
     * @return this builder
     */
    public Builder maxResponseBytes(long value) {
      if (value <= 0) {
        throw new IllegalArgumentException(MAX_RESPONSE_BYTES + " must be positive, got " + value);
      }
      maxResponseBytes = value;
      return this;
    }

    /**
     * Sets the retries of transient failures: how many, the first back-off (doubled each time), and
     * the longest wait (also caps {@code Retry-After}).
     *
     * @param retries {@code >= 0}
     * @param firstBackoff non-negative
     * @param longestWait non-negative
     * @return this builder
     */
    public Builder retries(int retries, Duration firstBackoff, Duration longestWait) {
      if (retries < 0) {
        throw new IllegalArgumentException("retries must be >= 0, got " + retries);
      }
      if (firstBackoff.isNegative() || longestWait.isNegative()) {
        throw new IllegalArgumentException("back-off and wait must not be negative");
      }
      maxRetries = retries;
      backoff = firstBackoff;
      maxWait = longestWait;
      return this;
    }

    /**
     * Sets the clock used to read {@code Retry-After} dates (tests).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the provider (no network access).
     *
     * @return the provider
     */
    public OpenAiCompatibleProvider build() {
      return new OpenAiCompatibleProvider(this);
    }
  }
}
