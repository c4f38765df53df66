package dev.reactivator.llm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * HTTP answers of a bounded size, for providers: the body is read as it streams in and the read
 * stops as soon as it passes the cap (or at once when {@code Content-Length} says it will), so an
 * endless or huge answer never fills the memory.
 */
public final class LlmResponseBodies {
  /** The default cap of one answer: 512 KiB. */
  public static final long DEFAULT_MAX_BYTES = 512 * 1024;

  private LlmResponseBodies() {}

  /** The body was larger than the cap; the read was stopped there. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long maxBytes;

    TooLargeException(long maxBytes) {
      super("the answer is larger than " + maxBytes + " bytes; the read was stopped there");
      this.maxBytes = maxBytes;
    }

    /**
     * The cap that was passed.
     *
     * @return the cap in bytes
     */
    public long maxBytes() {
      return maxBytes;
    }
  }

  /**
   * A UTF-8 body handler that fails with {@link TooLargeException} past {@code maxBytes}.
   *
   * @param maxBytes the cap, positive
   * @return the body handler
   */
  public static HttpResponse.BodyHandler<String> utf8(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    return info -> {
      long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new Capped(maxBytes, announced > maxBytes);
    };
  }

  /**
   * The {@link TooLargeException} in the causes of {@code failure}, if any.
   *
   * @param failure an exception from sending a request
   * @return the exception that stopped the read, or {@code null}
   */
  public static TooLargeException tooLarge(Throwable failure) {
    for (Throwable c = failure; c != null; c = c.getCause()) {
      if (c instanceof TooLargeException t) {
        return t;
      }
    }
    return null;
  }

  private static final class Capped implements HttpResponse.BodySubscriber<String> {
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final long max;
    private final boolean announcedTooLarge;
    private Flow.Subscription subscription;

    Capped(long max, boolean announcedTooLarge) {
      this.max = max;
      this.announcedTooLarge = announcedTooLarge;
    }

    @Override
    public CompletionStage<String> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (announcedTooLarge) {
        stop();
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (body.size() + (long) b.remaining() > max) {
          stop();
          return;
        }
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        body.write(bytes, 0, bytes.length);
      }
    }

    private void stop() {
      subscription.cancel();
      result.completeExceptionally(new TooLargeException(max));
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(body.toString(StandardCharsets.UTF_8));
    }
  }
}
