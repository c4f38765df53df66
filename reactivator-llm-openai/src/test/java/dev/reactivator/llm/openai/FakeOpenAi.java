package dev.reactivator.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server on 127.0.0.1 speaking the OpenAI chat-completions wire format, scripted by the
 * tests.
 */
final class FakeOpenAi implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A scripted reply. */
  record Reply(int status, Map<String, String> headers, String body) {}

  /** A request as received. */
  record Received(String method, String path, Map<String, List<String>> headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private volatile Reply always;

  /** How long the server waits before answering (to test timeouts). */
  volatile long delayMillis;

  final List<Received> calls = new CopyOnWriteArrayList<>();

  FakeOpenAi() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** The API root, {@code http://127.0.0.1:PORT/v1}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  synchronized void script(Reply reply) {
    replies.add(reply);
  }

  void always(Reply reply) {
    always = reply;
  }

  static Reply answer(String text, String finishReason, int prompt, int completion) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-42")
        .put("object", "chat.completion")
        .put("created", 1_700_000_000)
        .put("model", "llama3.1:8b");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", text);
    choice.put("finish_reason", finishReason);
    body.putObject("usage")
        .put("prompt_tokens", prompt)
        .put("completion_tokens", completion)
        .put("total_tokens", prompt + completion);
    return new Reply(200, Map.of("Content-Type", "application/json"), body.toString());
  }

  static Reply error(int status, String message, Map<String, String> headers) {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("error")
        .put("message", message)
        .put("type", "invalid_request_error")
        .putNull("code");
    return new Reply(status, headers, body.toString());
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    calls.add(
        new Received(
            ex.getRequestMethod(),
            ex.getRequestURI().getPath(),
            Map.copyOf(ex.getRequestHeaders()),
            body));
    Reply r;
    synchronized (this) {
      r =
          always != null
              ? always
              : replies.isEmpty()
                  ? error(500, "nothing scripted", Map.of())
                  : replies.removeFirst();
    }
    if (!ex.getRequestURI().getPath().equals("/v1/chat/completions")
        || !ex.getRequestMethod().equals("POST")) {
      r = error(404, "unknown route " + ex.getRequestURI().getPath(), Map.of());
    }
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
    r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(r.status(), bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
