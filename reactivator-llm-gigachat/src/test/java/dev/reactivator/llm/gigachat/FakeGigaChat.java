package dev.reactivator.llm.gigachat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A loopback GigaChat over real HTTPS (test certificate in {@code src/test/resources/tls}, see
 * {@code make-test-certs.sh}). It validates requests like the real service (gigachat-api.md §11):
 * OAuth needs {@code Basic <KEY>}, a uuid4 {@code RqUID} and a form-encoded known scope; chat needs
 * a live {@code Bearer} token and a well-formed conversation. Replies can be scripted per endpoint;
 * every request is recorded.
 */
final class FakeGigaChat implements AutoCloseable {

  static final String CLIENT_ID = "client-id-7f3a";
  static final String KEY =
      Base64.getEncoder()
          .encodeToString((CLIENT_ID + ":client-secret-9b8c7d6e").getBytes(StandardCharsets.UTF_8));
  static final Path TLS = Path.of("src/test/resources/tls");
  static final Pattern UUID4 =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  static final String SERVED_MODEL = "GigaChat:2.0.28.2";
  private static final Set<String> SCOPES =
      Set.of("GIGACHAT_API_PERS", "GIGACHAT_API_B2B", "GIGACHAT_API_CORP");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A recorded request. */
  record Recorded(
      String method, String path, Map<String, String> headers, String body, long atNanos) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A scripted reply. */
  record Reply(int status, String body, Map<String, String> headers, long delayMillis) {
    Reply withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, body, h, delayMillis);
    }

    Reply delayed(long millis) {
      return new Reply(status, body, headers, millis);
    }
  }

  private final HttpsServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fake-gigachat");
            t.setDaemon(true);
            return t;
          });
  final List<Recorded> oauthCalls = Collections.synchronizedList(new ArrayList<>());
  final List<Recorded> chatCalls = Collections.synchronizedList(new ArrayList<>());
  private final Deque<Reply> oauthScript = new ArrayDeque<>();
  private final Deque<Reply> chatScript = new ArrayDeque<>();
  private volatile Reply chatAlways;
  private final Map<String, Long> tokens = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();
  volatile long tokenLifetimeMillis = 30 * 60_000L;
  volatile boolean expiryInSeconds;
  volatile boolean tokExpShape;

  FakeGigaChat() {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = java.nio.file.Files.newInputStream(TLS.resolve("server.p12"))) {
        ks.load(in, "changeit".toCharArray());
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, "changeit".toCharArray());
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(ctx));
      server.createContext("/api/v2/oauth", this::oauth);
      server.createContext("/api/v1/chat/completions", this::chat);
      server.setExecutor(executor);
      server.start();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  URI baseUrl() {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/api/v1");
  }

  URI authUrl() {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/oauth");
  }

  /** A builder wired to this fake with the test CA trusted and fast retries. */
  GigaChatProvider.Builder provider() {
    return GigaChatProvider.builder()
        .credentials(KEY)
        .baseUrl(baseUrl())
        .authUrl(authUrl())
        .caBundle(TLS.resolve("test-ca.pem"))
        .retryBackoff(java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(20))
        .timeout(java.time.Duration.ofSeconds(5));
  }

  List<String> issuedTokens() {
    return new ArrayList<>(tokens.keySet());
  }

  void expireAllTokens() {
    tokens.replaceAll((k, v) -> 0L);
  }

  synchronized void scriptOauth(Reply r) {
    oauthScript.add(r);
  }

  synchronized void scriptChat(Reply r) {
    chatScript.add(r);
  }

  void chatAlways(Reply r) {
    chatAlways = r;
  }

  private synchronized Reply nextOauth() {
    return oauthScript.poll();
  }

  private synchronized Reply nextChat() {
    return chatScript.poll();
  }

  static Reply json(int status, String body) {
    return new Reply(status, body, Map.of("Content-Type", "application/json"), 0);
  }

  static Reply answer(String text, String finishReason, int prompt, int completion) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode choice = root.putArray("choices").addObject();
    choice.putObject("message").put("role", "assistant").put("content", text);
    choice.put("index", 0);
    if (finishReason != null) {
      choice.put("finish_reason", finishReason);
    }
    root.put("created", 1769000000L).put("model", SERVED_MODEL).put("object", "chat.completion");
    root.putObject("usage")
        .put("prompt_tokens", prompt)
        .put("completion_tokens", completion)
        .put("total_tokens", prompt + completion)
        .put("precached_prompt_tokens", 3);
    root.put("x_future_field", 1);
    return json(200, root.toString());
  }

  static Reply apiError(int status, String message) {
    return json(status, "{\"status\":" + status + ",\"message\":\"" + message + "\"}");
  }

  private void oauth(HttpExchange ex) throws IOException {
    Recorded rec = record(ex, oauthCalls);
    if (!rec.method().equals("POST")) {
      send(ex, json(405, "{\"code\":0,\"message\":\"method not allowed\"}"));
      return;
    }
    Reply scripted = nextOauth();
    if (scripted != null) {
      send(ex, scripted);
      return;
    }
    if (!("Basic " + KEY).equals(rec.header("Authorization"))) {
      send(ex, json(401, "{\"code\":6,\"message\":\"credentials doesn't match db data\"}"));
      return;
    }
    String rqUid = rec.header("RqUID");
    if (rqUid == null || !UUID4.matcher(rqUid).matches()) {
      send(ex, json(400, "{\"code\":4,\"message\":\"RqUID must be a uuid4\"}"));
      return;
    }
    String contentType = rec.header("Content-Type");
    String scope =
        rec.body().startsWith("scope=")
            ? URLDecoder.decode(rec.body().substring("scope=".length()), StandardCharsets.UTF_8)
            : "";
    if (contentType == null
        || !contentType.startsWith("application/x-www-form-urlencoded")
        || scope.isEmpty()) {
      send(ex, json(400, "{\"code\":5,\"message\":\"scope is empty\"}"));
      return;
    }
    if (!SCOPES.contains(scope)) {
      send(ex, json(400, "{\"code\":1,\"message\":\"scope data format invalid\"}"));
      return;
    }
    String token = "tok-" + issued.incrementAndGet() + "-" + UUID.randomUUID();
    long expiresAt = System.currentTimeMillis() + tokenLifetimeMillis;
    tokens.put(token, expiresAt);
    long wireExpiry = expiryInSeconds ? expiresAt / 1000 : expiresAt;
    String body =
        tokExpShape
            ? "{\"tok\":\"" + token + "\",\"exp\":" + wireExpiry + "}"
            : "{\"access_token\":\"" + token + "\",\"expires_at\":" + wireExpiry + "}";
    send(ex, json(200, body));
  }

  private void chat(HttpExchange ex) throws IOException {
    Recorded rec = record(ex, chatCalls);
    String auth = rec.header("Authorization");
    Long expiry = auth != null && auth.startsWith("Bearer ") ? tokens.get(auth.substring(7)) : null;
    if (expiry == null || expiry < System.currentTimeMillis()) {
      send(ex, apiError(401, "Token has expired"));
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(rec.body());
    } catch (IOException e) {
      send(ex, apiError(400, "Invalid JSON"));
      return;
    }
    JsonNode messages = body.path("messages");
    for (int i = 0; i < messages.size(); i++) {
      if ("system".equals(messages.get(i).path("role").asText()) && i > 0) {
        send(ex, apiError(422, "Invalid params: system message must be the first message"));
        return;
      }
    }
    if (body.has("repetition_penalty") && body.get("repetition_penalty").asDouble() <= 0) {
      send(ex, apiError(422, "Invalid params: repetition_penalty must be in range (0, +inf)"));
      return;
    }
    Reply always = chatAlways;
    Reply scripted = always != null ? always : nextChat();
    send(ex, scripted != null ? scripted : answer("ok", "stop", 10, 2));
  }

  private static Recorded record(HttpExchange ex, List<Recorded> into) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    Headers h = ex.getRequestHeaders();
    h.forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    Recorded r =
        new Recorded(
            ex.getRequestMethod(), ex.getRequestURI().getPath(), headers, body, System.nanoTime());
    into.add(r);
    return r;
  }

  private static void send(HttpExchange ex, Reply r) throws IOException {
    if (r.delayMillis() > 0) {
      try {
        Thread.sleep(r.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ex.close();
        return;
      }
    }
    r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.getResponseHeaders().add("X-Request-Id", "srv-" + UUID.randomUUID());
    ex.getResponseHeaders().add("X-Session-Id", "sess-" + UUID.randomUUID());
    byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
