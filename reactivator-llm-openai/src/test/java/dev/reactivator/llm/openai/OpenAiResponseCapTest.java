package dev.reactivator.llm.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmPermanentException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Break 8: an endless answer (chunked, no length) is read as it streams in and stopped at the cap,
 * not read whole; the call is not repeated.
 */
class OpenAiResponseCapTest {
  private static final long SERVER_LIMIT = 256L * 1024 * 1024;

  @Test
  void break8_anEndlessAnswerIsStoppedAtTheCapWhileItStreams() throws IOException {
    AtomicLong written = new AtomicLong();
    AtomicInteger calls = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext(
        "/",
        ex -> {
          calls.incrementAndGet();
          ex.getRequestBody().readAllBytes();
          ex.getResponseHeaders().add("Content-Type", "application/json");
          ex.sendResponseHeaders(200, 0); // chunked: the size is not announced
          byte[] chunk = new byte[8192];
          Arrays.fill(chunk, (byte) 'x');
          try (OutputStream out = ex.getResponseBody()) {
            out.write("{\"choices\":[{\"message\":{\"content\":\"".getBytes());
            while (written.get() < SERVER_LIMIT) {
              out.write(chunk);
              written.addAndGet(chunk.length);
            }
          } catch (IOException closedByTheClient) {
            // the client stopped reading: that is the point
          }
        });
    server.start();
    try {
      OpenAiCompatibleProvider provider =
          OpenAiCompatibleProvider.builder()
              .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
              .model("llama3.1:8b")
              .timeout(Duration.ofSeconds(60))
              .maxResponseBytes(64 * 1024)
              .build();
      LlmPermanentException e =
          assertThrows(
              LlmPermanentException.class, () -> LlmClient.of(provider).chat("system", "user"));
      assertTrue(e.getMessage().contains("larger than 65536 bytes"), e.getMessage());
      assertTrue(
          e.getMessage().contains(OpenAiCompatibleProvider.MAX_RESPONSE_BYTES), e.getMessage());
      assertEquals(1, calls.get(), "a flood is not asked for again");
      assertTrue(
          written.get() < SERVER_LIMIT,
          "the client stopped the stream, the server did not run out: " + written.get());
    } finally {
      server.stop(0);
    }
  }
}
