package dev.reactivator.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with nothing but the JDK's {@link
 * HttpClient} and {@link WebSocket}: launch with a fresh profile and {@code
 * --remote-debugging-port=0}, read the {@code DevTools listening on ws://…} line from stderr,
 * attach to the page target, and collect every uncaught exception, {@code console.error} and error
 * log entry. Every wait is bounded; {@link #close()} kills the browser and deletes the profile.
 */
final class Chromium implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = new ArrayList<>();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  private Chromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /**
   * The Chromium executable: {@code $CHROMIUM}, {@code /usr/bin/chromium}, or one named on the
   * PATH.
   */
  static Optional<Path> executable() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        for (String name :
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
          candidates.add(Path.of(dir, name));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** Starts the browser and attaches to its page, with Runtime, Log and Page enabled. */
  static Chromium launch(Path executable, int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("reactivator-chromium-");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "--window-size=" + width + "," + height,
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      CompletableFuture<String> endpoint = new CompletableFuture<>();
      Thread reader = new Thread(() -> drain(process, endpoint), "chromium-stderr");
      reader.setDaemon(true);
      reader.start();
      String browserWs = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      URI ws = URI.create(browserWs);
      HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
      String pageWs = pageTarget(http, ws.getPort());
      Chromium[] self = new Chromium[1];
      CompletableFuture<Void> ready = new CompletableFuture<>();
      WebSocket socket =
          http.newWebSocketBuilder()
              .connectTimeout(TIMEOUT)
              .buildAsync(
                  URI.create(pageWs),
                  new Listener(
                      msg -> {
                        ready.join();
                        self[0].onMessage(msg);
                      }))
              .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      self[0] = new Chromium(process, profile, socket);
      ready.complete(null);
      self[0].call("Runtime.enable", null);
      self[0].call("Log.enable", null);
      self[0].call("Page.enable", null);
      return self[0];
    } catch (Exception e) {
      process.destroyForcibly();
      deleteTree(profile);
      throw new IOException("cannot start Chromium " + executable + ": " + e, e);
    }
  }

  private static void drain(Process process, CompletableFuture<String> endpoint) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          endpoint.complete(m.group(1));
        }
      }
      endpoint.completeExceptionally(
          new IOException("Chromium exited without a DevTools endpoint"));
    } catch (IOException e) {
      endpoint.completeExceptionally(e);
    }
  }

  private static String pageTarget(HttpClient http, int port) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                  .timeout(TIMEOUT)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      for (JsonNode t : JSON.readTree(r.body())) {
        if ("page".equals(t.path("type").asText()) && t.hasNonNull("webSocketDebuggerUrl")) {
          return t.get("webSocketDebuggerUrl").asText();
        }
      }
      Thread.sleep(100);
    }
    throw new IOException("no page target on port " + port);
  }

  /** Calls a CDP method and waits (bounded) for its result; a protocol error fails. */
  JsonNode call(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    if (params != null) {
      msg.set("params", params);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      socket.sendText(msg.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode r = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (r.has("error")) {
        throw new IllegalStateException(method + " failed: " + r.get("error"));
      }
      return r.path("result");
    } catch (Exception e) {
      throw new IllegalStateException(method + ": " + e, e);
    } finally {
      pending.remove(id);
    }
  }

  /** Navigates to {@code uri} and waits for the load event. */
  void navigate(URI uri) {
    loaded = new CompletableFuture<>();
    ObjectNode p = JSON.createObjectNode();
    p.put("url", uri.toString());
    call("Page.navigate", p);
    try {
      loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("page did not load: " + uri, e);
    }
  }

  /**
   * Evaluates {@code expression} in the page and returns its JSON value; a thrown exception fails.
   */
  JsonNode evaluate(String expression) {
    ObjectNode p = JSON.createObjectNode();
    p.put("expression", expression);
    p.put("returnByValue", true);
    p.put("awaitPromise", true);
    JsonNode r = call("Runtime.evaluate", p);
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /**
   * Saves a PNG of the whole page (the viewport stretched to the content height, at most 12 000
   * px).
   */
  void screenshot(Path file, int width) throws IOException {
    JsonNode metrics = call("Page.getLayoutMetrics", null);
    JsonNode size =
        metrics.has("cssContentSize") ? metrics.get("cssContentSize") : metrics.get("contentSize");
    int height = (int) Math.min(12_000, Math.ceil(size.path("height").asDouble(1000)));
    ObjectNode device = JSON.createObjectNode();
    device.put("width", width);
    device.put("height", Math.max(600, height));
    device.put("deviceScaleFactor", 1);
    device.put("mobile", false);
    call("Emulation.setDeviceMetricsOverride", device);
    ObjectNode p = JSON.createObjectNode();
    p.put("format", "png");
    JsonNode shot = call("Page.captureScreenshot", p);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    call("Emulation.clearDeviceMetricsOverride", null);
  }

  /** Every error seen so far: uncaught exceptions, console errors and error log entries. */
  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  private void onMessage(String text) {
    JsonNode m;
    try {
      m = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (m.has("id")) {
      CompletableFuture<JsonNode> f = pending.get(m.get("id").asInt());
      if (f != null) {
        f.complete(m);
      }
      return;
    }
    String method = m.path("method").asText();
    JsonNode p = m.path("params");
    switch (method) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Runtime.exceptionThrown" ->
          error(
              "exception: "
                  + p.path("exceptionDetails")
                      .path("exception")
                      .path("description")
                      .asText(p.path("exceptionDetails").path("text").asText()));
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(p.path("type").asText())) {
          StringBuilder b = new StringBuilder("console.error:");
          p.path("args")
              .forEach(
                  a ->
                      b.append(' ')
                          .append(
                              a.has("value")
                                  ? a.get("value").asText()
                                  : a.path("description").asText()));
          error(b.toString());
        }
      }
      case "Log.entryAdded" -> {
        JsonNode e = p.path("entry");
        if ("error".equals(e.path("level").asText())) {
          error("log: " + e.path("text").asText() + " " + e.path("url").asText());
        }
      }
      default -> {}
    }
  }

  private void error(String s) {
    synchronized (errors) {
      errors.add(s);
    }
  }

  @Override
  public void close() {
    try {
      socket.abort();
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) {
    for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder())
            .forEach(
                p -> {
                  try {
                    Files.deleteIfExists(p);
                  } catch (IOException ignored) {
                    // a file still held by an exiting browser process; the next attempt retries
                  }
                });
      } catch (IOException | UncheckedIOException ignored) {
        // the tree changed while walking; retry
      }
    }
  }

  /** Reassembles fragmented text frames and hands each whole message on. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> sink;
    private final StringBuilder buffer = new StringBuilder();

    Listener(java.util.function.Consumer<String> sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String msg = buffer.toString();
        buffer.setLength(0);
        sink.accept(msg);
      }
      ws.request(1);
      return null;
    }
  }
}
