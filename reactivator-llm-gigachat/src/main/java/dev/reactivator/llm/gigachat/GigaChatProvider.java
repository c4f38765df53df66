package dev.reactivator.llm.gigachat;

import dev.reactivator.llm.Availability;
import dev.reactivator.llm.ChatParameters;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.LlmResponseBodies;
import dev.reactivator.llm.LlmUnavailableException;
import dev.reactivator.llm.Secret;
import dev.reactivator.llm.gigachat.internal.api.CompletionRequest;
import dev.reactivator.llm.gigachat.internal.client.ClientSettings;
import dev.reactivator.llm.gigachat.internal.client.GigaChatClient;
import dev.reactivator.llm.gigachat.internal.client.Tls;
import dev.reactivator.llm.gigachat.internal.mapper.GigaChatMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * The GigaChat (Sber) chat provider: OAuth token exchange with a cached, single-flight refreshed
 * token, {@code POST {baseUrl}/chat/completions} (v1 contract), retries with exponential backoff
 * and jitter honouring {@code Retry-After} within a bounded total time, and TLS that always
 * verifies certificates and can additionally trust the Russian Trusted Root CA from a PEM bundle or
 * a trust store.
 *
 * <pre>{@code
 * LlmProvider gigachat = GigaChatProvider.builder()
 *         .credentials(System.getenv("GIGACHAT_CREDENTIALS"))
 *         .caBundle(Path.of("russian_trusted_root_ca.pem"))
 *         .build();
 * ChatResponse r = LlmClient.of(gigachat).chat("Ты аналитик.", "Что делать в первую очередь?");
 * }</pre>
 *
 * <p>Provider options ({@link ChatParameters#providerOptions()}): {@code repetition_penalty}
 * (number {@code > 0}), {@code profanity_check} ({@code true}/{@code false}), {@code session_id}
 * (sent as {@code X-Session-ID}). Stop sequences are not supported by the v1 API and fail fast.
 *
 * <p>Credentials and tokens never appear in logs, {@link #toString()} or exception messages (masked
 * to the last 4 characters where they must be mentioned).
 *
 * <p>Thread-safe: concurrent calls share one access token, refreshed under a lock.
 */
public final class GigaChatProvider implements LlmProvider {

  /** The provider name used for selection. */
  public static final String NAME = "gigachat";

  /** Default API base URL. */
  public static final URI DEFAULT_BASE_URL =
      URI.create("https://gigachat.devices.sberbank.ru/api/v1");

  /** Default OAuth URL. */
  public static final URI DEFAULT_AUTH_URL =
      URI.create("https://ngw.devices.sberbank.ru:9443/api/v2/oauth");

  /** Default model. */
  public static final String DEFAULT_MODEL = "GigaChat";

  /** Default per-attempt timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** Default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default number of retries after the first attempt. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  /** Default first backoff cap. */
  public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofMillis(500);

  /** Default largest backoff cap. */
  public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(30);

  /** Default token refresh margin. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofSeconds(60);

  private final Optional<GigaChatClient> client;
  private final ClientSettings settings;
  private final ChatParameters defaults;
  private final String model;
  private final Optional<Boolean> profanityCheck;
  private final String credentialsHint;

  private GigaChatProvider(Builder b, Optional<GigaChatClient> client, ClientSettings settings) {
    this.client = client;
    this.settings = settings;
    this.model = b.model;
    this.defaults = b.defaults.overrideWith(ChatParameters.builder().modelName(b.model).build());
    this.profanityCheck = b.profanityCheck;
    this.credentialsHint =
        b.credentials
            .map(Secret::masked)
            .or(() -> b.accessToken.map(t -> "access token " + t.masked()))
            .orElse("none");
  }

  /**
   * A builder with every option at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A provider configured from environment-style settings (names match the official Python SDK):
   *
   * <table>
   * <caption>Settings</caption>
   * <tr><th>key</th><th>meaning</th><th>default</th></tr>
   * <tr><td>{@code GIGACHAT_CREDENTIALS}</td><td>authorization key</td><td>none → unavailable</td></tr>
   * <tr><td>{@code GIGACHAT_ACCESS_TOKEN}</td><td>pre-obtained token (used only without credentials)</td><td>none</td></tr>
   * <tr><td>{@code GIGACHAT_SCOPE}</td><td>scope</td><td>{@code GIGACHAT_API_PERS}</td></tr>
   * <tr><td>{@code GIGACHAT_MODEL}</td><td>model</td><td>{@code GigaChat}</td></tr>
   * <tr><td>{@code GIGACHAT_BASE_URL}, {@code GIGACHAT_AUTH_URL}</td><td>endpoints</td><td>Sber's</td></tr>
   * <tr><td>{@code GIGACHAT_CA_BUNDLE_FILE}</td><td>extra CA certificates (PEM/DER)</td><td>none</td></tr>
   * <tr><td>{@code GIGACHAT_TRUST_STORE}, {@code _PASSWORD}, {@code _TYPE}</td><td>extra CA trust store</td><td>none, "", PKCS12</td></tr>
   * <tr><td>{@code GIGACHAT_TIMEOUT}, {@code GIGACHAT_CONNECT_TIMEOUT}, {@code GIGACHAT_TOTAL_TIMEOUT}</td><td>seconds (decimals allowed)</td><td>60, 10, derived</td></tr>
   * <tr><td>{@code GIGACHAT_MAX_RETRIES}</td><td>retries</td><td>2</td></tr>
   * <tr><td>{@code GIGACHAT_TOKEN_EXPIRY_BUFFER_MS}</td><td>refresh margin, ms</td><td>60000</td></tr>
   * <tr><td>{@code GIGACHAT_PROFANITY_CHECK}</td><td>{@code true}/{@code false}</td><td>not sent</td></tr>
   * <tr><td>{@code GIGACHAT_MAX_CONCURRENT_REQUESTS}</td><td>parallel requests</td><td>1 (PERS), 10</td></tr>
   * <tr><td>{@code GIGACHAT_LOG_REQUESTS}</td><td>log bodies</td><td>false</td></tr>
   * <tr><td>{@code GIGACHAT_MAX_RESPONSE_BYTES}</td><td>largest answer read</td><td>524288 (512 KiB)</td></tr>
   * </table>
   *
   * Blank values count as absent. {@code GIGACHAT_VERIFY_SSL_CERTS=false} is refused: verification
   * is always on.
   *
   * @param env the settings, typically {@link System#getenv()}
   * @return the provider (unavailable without credentials)
   * @throws IllegalArgumentException naming the key when a present value is invalid
   */
  public static GigaChatProvider fromEnvironment(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Env e = new Env(env);
    Builder b = builder();
    e.get("GIGACHAT_VERIFY_SSL_CERTS")
        .ifPresent(
            v -> {
              if (!e.bool("GIGACHAT_VERIFY_SSL_CERTS", v)) {
                throw new IllegalArgumentException(
                    "GIGACHAT_VERIFY_SSL_CERTS=false is not supported: certificates are"
                        + " always verified; add the Russian Trusted Root CA with GIGACHAT_CA_BUNDLE_FILE instead");
              }
            });
    Optional<String> credentials = e.get("GIGACHAT_CREDENTIALS");
    if (credentials.isPresent()) {
      b.credentials(credentials.get());
    } else {
      e.get("GIGACHAT_ACCESS_TOKEN").ifPresent(b::accessToken);
    }
    e.get("GIGACHAT_SCOPE")
        .ifPresent(v -> b.scope(e.parse("GIGACHAT_SCOPE", v, GigaChatScope::parse)));
    e.get("GIGACHAT_MODEL").ifPresent(b::model);
    e.get("GIGACHAT_BASE_URL")
        .ifPresent(v -> b.baseUrl(e.parse("GIGACHAT_BASE_URL", v, URI::create)));
    e.get("GIGACHAT_AUTH_URL")
        .ifPresent(v -> b.authUrl(e.parse("GIGACHAT_AUTH_URL", v, URI::create)));
    e.get("GIGACHAT_CA_BUNDLE_FILE").ifPresent(v -> b.caBundle(Path.of(v)));
    e.get("GIGACHAT_TRUST_STORE")
        .ifPresent(
            v ->
                b.trustStore(
                    Path.of(v),
                    e.get("GIGACHAT_TRUST_STORE_PASSWORD").orElse("").toCharArray(),
                    e.get("GIGACHAT_TRUST_STORE_TYPE").orElse("PKCS12")));
    e.get("GIGACHAT_TIMEOUT").ifPresent(v -> b.timeout(e.seconds("GIGACHAT_TIMEOUT", v)));
    e.get("GIGACHAT_CONNECT_TIMEOUT")
        .ifPresent(v -> b.connectTimeout(e.seconds("GIGACHAT_CONNECT_TIMEOUT", v)));
    e.get("GIGACHAT_TOTAL_TIMEOUT")
        .ifPresent(v -> b.totalTimeout(e.seconds("GIGACHAT_TOTAL_TIMEOUT", v)));
    e.get("GIGACHAT_MAX_RETRIES")
        .ifPresent(v -> b.maxRetries(e.parse("GIGACHAT_MAX_RETRIES", v, Integer::parseInt)));
    e.get("GIGACHAT_TOKEN_EXPIRY_BUFFER_MS")
        .ifPresent(
            v ->
                b.tokenRefreshMargin(
                    Duration.ofMillis(
                        e.parse("GIGACHAT_TOKEN_EXPIRY_BUFFER_MS", v, Long::parseLong))));
    e.get("GIGACHAT_PROFANITY_CHECK")
        .ifPresent(v -> b.profanityCheck(e.bool("GIGACHAT_PROFANITY_CHECK", v)));
    e.get("GIGACHAT_MAX_CONCURRENT_REQUESTS")
        .ifPresent(
            v ->
                b.maxConcurrentRequests(
                    e.parse("GIGACHAT_MAX_CONCURRENT_REQUESTS", v, Integer::parseInt)));
    e.get("GIGACHAT_LOG_REQUESTS")
        .ifPresent(v -> b.logRequests(e.bool("GIGACHAT_LOG_REQUESTS", v)));
    e.get("GIGACHAT_MAX_RESPONSE_BYTES")
        .ifPresent(
            v -> b.maxResponseBytes(e.parse("GIGACHAT_MAX_RESPONSE_BYTES", v, Long::parseLong)));
    return b.build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Availability availability() {
    return client.isPresent()
        ? Availability.ready()
        : Availability.unavailable(
            "GIGACHAT_CREDENTIALS is not set (the GigaChat authorization key)");
  }

  @Override
  public ChatParameters defaultParameters() {
    return defaults;
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    GigaChatClient c =
        client.orElseThrow(
            () ->
                new LlmUnavailableException(
                    NAME + ": not configured: " + availability().reason().orElse("")));
    CompletionRequest wire = GigaChatMapper.toWire(request, model, profanityCheck);
    Duration timeout = request.parameters().timeout().orElse(settings.timeout());
    GigaChatClient.Result r = c.chat(wire, GigaChatMapper.sessionId(request), timeout);
    return GigaChatMapper.fromWire(r.body(), r.requestId());
  }

  @Override
  public String toString() {
    return "GigaChatProvider[model="
        + model
        + ", scope="
        + settings.scope()
        + ", baseUrl="
        + settings.baseUrl()
        + ", authUrl="
        + settings.authUrl()
        + ", credentials="
        + credentialsHint
        + "]";
  }

  /** Reads environment-style settings, naming the key in every error. */
  private static final class Env {
    private final Map<String, String> env;

    Env(Map<String, String> env) {
      this.env = env;
    }

    Optional<String> get(String key) {
      return Optional.ofNullable(env.get(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (RuntimeException ex) {
        throw new IllegalArgumentException(
            key + " has an invalid value '" + value + "': " + ex.getMessage(), ex);
      }
    }

    Duration seconds(String key, String value) {
      double s = parse(key, value, Double::parseDouble);
      if (!(s > 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException(
            key + " must be a positive number of seconds, got '" + value + "'");
      }
      return Duration.ofNanos(Math.round(s * 1e9));
    }

    boolean bool(String key, String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "true":
        case "1":
        case "yes":
          return true;
        case "false":
        case "0":
        case "no":
          return false;
        default:
          throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
      }
    }
  }

  /**
   * Builds a {@link GigaChatProvider}. Each option can be set once; values are checked when set,
   * conflicting options at {@link #build()}.
   *
   * <p>Not thread-safe: use one builder per thread; what it builds is immutable.
   */
  public static final class Builder {
    private final Set<String> set = new HashSet<>();
    private Optional<Secret> credentials = Optional.empty();
    private Optional<Secret> accessToken = Optional.empty();
    private GigaChatScope scope = GigaChatScope.GIGACHAT_API_PERS;
    private String model = DEFAULT_MODEL;
    private ChatParameters defaults = ChatParameters.empty();
    private URI baseUrl = DEFAULT_BASE_URL;
    private URI authUrl = DEFAULT_AUTH_URL;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Duration backoffBase = DEFAULT_BACKOFF_BASE;
    private Duration backoffMax = DEFAULT_BACKOFF_MAX;
    private Optional<Duration> totalTimeout = Optional.empty();
    private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
    private final List<X509Certificate> extraCas = new ArrayList<>();
    private Optional<SSLContext> sslContext = Optional.empty();
    private Optional<Boolean> profanityCheck = Optional.empty();
    private Optional<Integer> maxConcurrent = Optional.empty();
    private boolean logRequests;
    private long maxResponseBytes = LlmResponseBodies.DEFAULT_MAX_BYTES;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    private void once(String option) {
      if (!set.add(option)) {
        throw new IllegalStateException(option + " was already set");
      }
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + d);
      }
      return d;
    }

    private static URI httpUrl(String name, URI uri) {
      Objects.requireNonNull(uri, name);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute()
          || !(scheme.equals("https") || scheme.equals("http"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(
            name + " must be an absolute http(s) URL with a host, got " + uri);
      }
      return uri;
    }

    /**
     * Sets the authorization key ("ключ авторизации": Base64 of {@code client_id:client_secret}).
     *
     * @param authorizationKey the key
     * @return this builder
     */
    public Builder credentials(String authorizationKey) {
      once("credentials");
      credentials = Optional.of(Secret.of(authorizationKey));
      return this;
    }

    /**
     * Sets the credentials from a client id and secret (encoded to the authorization key).
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder credentials(String clientId, String clientSecret) {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(clientSecret, "clientSecret");
      return credentials(
          Base64.getEncoder()
              .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Uses a pre-obtained access token instead of credentials (it cannot be refreshed).
     *
     * @param token the token
     * @return this builder
     */
    public Builder accessToken(String token) {
      once("accessToken");
      accessToken = Optional.of(Secret.of(token));
      return this;
    }

    /**
     * Sets the scope (default {@code GIGACHAT_API_PERS}).
     *
     * @param value the scope
     * @return this builder
     */
    public Builder scope(GigaChatScope value) {
      once("scope");
      scope = Objects.requireNonNull(value, "scope");
      return this;
    }

    /**
     * Sets the default model (default {@value GigaChatProvider#DEFAULT_MODEL}).
     *
     * @param value the model name
     * @return this builder
     */
    public Builder model(String value) {
      once("model");
      Objects.requireNonNull(value, "model");
      if (value.isBlank()) {
        throw new IllegalArgumentException("model must not be blank");
      }
      model = value.strip();
      return this;
    }

    /**
     * Sets default generation parameters (a model name here conflicts with {@link #model(String)}).
     *
     * @param value the defaults
     * @return this builder
     */
    public Builder defaultParameters(ChatParameters value) {
      once("defaultParameters");
      defaults = Objects.requireNonNull(value, "defaultParameters");
      return this;
    }

    /**
     * Sets the API base URL; requests go to {@code baseUrl + "/chat/completions"}.
     *
     * @param value for example {@code https://gigachat.devices.sberbank.ru/api/v1}
     * @return this builder
     */
    public Builder baseUrl(URI value) {
      once("baseUrl");
      baseUrl = httpUrl("baseUrl", value);
      return this;
    }

    /**
     * Sets the OAuth token URL.
     *
     * @param value for example {@code https://ngw.devices.sberbank.ru:9443/api/v2/oauth}
     * @return this builder
     */
    public Builder authUrl(URI value) {
      once("authUrl");
      authUrl = httpUrl("authUrl", value);
      return this;
    }

    /**
     * Sets the per-attempt timeout (default 60 s); a request's own {@code timeout} parameter wins.
     *
     * @param value positive
     * @return this builder
     */
    public Builder timeout(Duration value) {
      once("timeout");
      timeout = positive("timeout", value);
      return this;
    }

    /**
     * Sets the connect timeout (default 10 s).
     *
     * @param value positive
     * @return this builder
     */
    public Builder connectTimeout(Duration value) {
      once("connectTimeout");
      connectTimeout = positive("connectTimeout", value);
      return this;
    }

    /**
     * Sets how many times a retryable failure (429, 5xx, timeout, I/O) is retried (default 2).
     *
     * @param value 0 to 10
     * @return this builder
     */
    public Builder maxRetries(int value) {
      once("maxRetries");
      if (value < 0 || value > 10) {
        throw new IllegalArgumentException("maxRetries must be in [0, 10], got " + value);
      }
      maxRetries = value;
      return this;
    }

    /**
     * Sets the backoff: before retry {@code n} (from 0) the client waits a uniform random time in
     * {@code [0, min(max, base · 2^n)]} unless the server sent {@code Retry-After}. Defaults 0.5 s,
     * 30 s.
     *
     * @param base first cap, positive
     * @param max largest cap, {@code >= base}
     * @return this builder
     */
    public Builder retryBackoff(Duration base, Duration max) {
      once("retryBackoff");
      positive("retryBackoff base", base);
      positive("retryBackoff max", max);
      if (max.compareTo(base) < 0) {
        throw new IllegalArgumentException(
            "retryBackoff max must be >= base, got base=" + base + ", max=" + max);
      }
      backoffBase = base;
      backoffMax = max;
      return this;
    }

    /**
     * Bounds the total time of one chat call, attempts and waits included (default: timeout ×
     * (maxRetries + 1) plus the backoff caps). A wait that would cross it ends the call at once.
     *
     * @param value positive
     * @return this builder
     */
    public Builder totalTimeout(Duration value) {
      once("totalTimeout");
      totalTimeout = Optional.of(positive("totalTimeout", value));
      return this;
    }

    /**
     * Refreshes the token when less than this remains (default 60 s).
     *
     * @param value zero or positive
     * @return this builder
     */
    public Builder tokenRefreshMargin(Duration value) {
      once("tokenRefreshMargin");
      Objects.requireNonNull(value, "tokenRefreshMargin");
      if (value.isNegative()) {
        throw new IllegalArgumentException("tokenRefreshMargin must be >= 0, got " + value);
      }
      refreshMargin = value;
      return this;
    }

    /**
     * Additionally trusts the CA certificates in a PEM bundle or DER file (for example the Russian
     * Trusted Root CA). The JDK's own trust anchors stay trusted.
     *
     * @param file the file
     * @return this builder
     * @throws IllegalArgumentException if the file cannot be read
     */
    public Builder caBundle(Path file) {
      once("caBundle");
      extraCas.addAll(Tls.readCertificates(Objects.requireNonNull(file, "caBundle")));
      return this;
    }

    /**
     * Additionally trusts the trusted-certificate entries of a key store.
     *
     * @param file the store
     * @param password its password
     * @param type {@code PKCS12} or {@code JKS}
     * @return this builder
     * @throws IllegalArgumentException if the store cannot be read
     */
    public Builder trustStore(Path file, char[] password, String type) {
      once("trustStore");
      Objects.requireNonNull(file, "trustStore");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(type, "type");
      extraCas.addAll(Tls.readTrustStore(file, password, type));
      return this;
    }

    /**
     * Uses a caller-built SSL context (conflicts with {@link #caBundle} and {@link #trustStore}).
     *
     * @param value the context
     * @return this builder
     */
    public Builder sslContext(SSLContext value) {
      once("sslContext");
      sslContext = Optional.of(Objects.requireNonNull(value, "sslContext"));
      return this;
    }

    /**
     * Sends {@code profanity_check} with this value on every request (default: not sent).
     *
     * @param value the switch
     * @return this builder
     */
    public Builder profanityCheck(boolean value) {
      once("profanityCheck");
      profanityCheck = Optional.of(value);
      return this;
    }

    /**
     * Limits parallel requests of this provider (default 1 for {@code GIGACHAT_API_PERS}, whose
     * keys allow one stream, else 10).
     *
     * @param value {@code >= 1}
     * @return this builder
     */
    public Builder maxConcurrentRequests(int value) {
      once("maxConcurrentRequests");
      if (value < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be >= 1, got " + value);
      }
      maxConcurrent = Optional.of(value);
      return this;
    }

    /**
     * Logs request and response bodies at INFO (prompts included; never headers or tokens).
     *
     * @param value the switch (default false)
     * @return this builder
     */
    public Builder logRequests(boolean value) {
      once("logRequests");
      logRequests = value;
      return this;
    }

    /**
     * Caps one answer (default 512 KiB): the body is read as it streams in and a larger one stops
     * the read and fails the call without a retry.
     *
     * @param value the cap in bytes, positive
     * @return this builder
     */
    public Builder maxResponseBytes(long value) {
      once("maxResponseBytes");
      if (value <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive, got " + value);
      }
      maxResponseBytes = value;
      return this;
    }

    /**
     * Sets the clock used for token expiry and {@code Retry-After} dates (tests).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      once("clock");
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the provider; without credentials or an access token it reports itself unavailable.
     *
     * @return the provider
     * @throws IllegalStateException on conflicting options
     */
    public GigaChatProvider build() {
      if (credentials.isPresent() && accessToken.isPresent()) {
        throw new IllegalStateException("credentials and accessToken are mutually exclusive");
      }
      if (sslContext.isPresent() && !extraCas.isEmpty()) {
        throw new IllegalStateException(
            "sslContext conflicts with caBundle/trustStore: add the CAs to your context");
      }
      if (defaults.modelName().isPresent() && set.contains("model")) {
        throw new IllegalStateException(
            "the model is set both by model() and by defaultParameters()");
      }
      if (defaults.modelName().isPresent()) {
        model = defaults.modelName().get();
      }
      SSLContext ctx = sslContext.orElseGet(() -> Tls.trustingDefaultsAnd(extraCas));
      int concurrent = maxConcurrent.orElse(scope == GigaChatScope.GIGACHAT_API_PERS ? 1 : 10);
      ClientSettings s =
          new ClientSettings(
              baseUrl,
              authUrl,
              credentials,
              accessToken,
              scope.name(),
              timeout,
              connectTimeout,
              maxRetries,
              backoffBase,
              backoffMax,
              totalTimeout,
              refreshMargin,
              concurrent,
              logRequests,
              maxResponseBytes,
              clock,
              ctx);
      boolean configured = credentials.isPresent() || accessToken.isPresent();
      return new GigaChatProvider(
          this, configured ? Optional.of(new GigaChatClient(s)) : Optional.empty(), s);
    }
  }
}
