package dev.reactivator.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Positions {@code 0 … n − 1} encoded on several threads and handed on in order: the positions are
 * cut into chunks, each chunk is encoded on a pool thread, and the calling thread gives the chunks
 * to the sink in position order. When a chunk's bytes depend only on its positions, the output is
 * that of the one-thread loop; at most {@code 4 × threads} chunks are held at a time, so the memory
 * used does not grow with the number of customers. The one loop behind the parallel {@code
 * customers[]} of {@code analysis.json} and the parallel rows of the CSV tables.
 */
public final class OrderedChunks {
  private OrderedChunks() {}

  /**
   * Encodes the positions {@code [from, to)}.
   *
   * @param <R> the encoded chunk
   */
  @FunctionalInterface
  public interface Encoder<R> {
    /**
     * Encodes one chunk.
     *
     * @param from the first position
     * @param to one past the last position
     * @return the chunk
     * @throws IOException when it cannot be encoded
     */
    R encode(int from, int to) throws IOException;
  }

  /**
   * Takes the chunks in position order, on the calling thread.
   *
   * @param <R> the encoded chunk
   */
  @FunctionalInterface
  public interface Sink<R> {
    /**
     * Takes the next chunk.
     *
     * @param chunk the chunk
     * @throws IOException when it cannot be written
     */
    void accept(R chunk) throws IOException;
  }

  /**
   * The threads to encode with: the system property {@code property} when it is a positive number,
   * else the machine's processors, at most four (the writing on the calling thread bounds the
   * gain).
   *
   * @param property the name of the system property
   * @return the number of threads, at least 1
   */
  public static int threads(String property) {
    String set = System.getProperty(property, "");
    try {
      int n = Integer.parseInt(set.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // not set or not a number: the default
    }
    return Math.min(4, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Encodes positions {@code 0 … n − 1} in chunks of {@code chunk} and gives each chunk to {@code
   * sink} in position order; with fewer than 2 threads or 2 chunks, every chunk is encoded on the
   * calling thread.
   *
   * @param <R> the encoded chunk
   * @param name the pool threads' name
   * @param n the number of positions
   * @param chunk positions per chunk, at least 1
   * @param threads the encoding threads
   * @param encoder encodes one chunk (on a pool thread)
   * @param sink takes the chunks in order (on the calling thread)
   * @throws IOException when a chunk cannot be encoded or written, or the thread is interrupted
   */
  public static <R> void run(
      String name, int n, int chunk, int threads, Encoder<R> encoder, Sink<R> sink)
      throws IOException {
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk must be >= 1, was " + chunk);
    }
    int chunks = (n + chunk - 1) / chunk;
    if (threads < 2 || chunks < 2) {
      for (int from = 0; from < n; from += chunk) {
        sink.accept(encoder.encode(from, Math.min(n, from + chunk)));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    try {
      int next = 0;
      while (next < chunks || !pending.isEmpty()) {
        while (next < chunks && pending.size() < 4 * threads) {
          int from = next * chunk;
          int to = Math.min(n, from + chunk);
          pending.add(
              pool.submit(
                  () -> {
                    try {
                      return encoder.encode(from, to);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }));
          next++;
        }
        sink.accept(await(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The result of a task run on another thread, its failure rethrown as it was.
   *
   * @param <T> the result
   * @param f the task
   * @return its result
   * @throws IOException when the task failed with one, or the thread is interrupted
   */
  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }
}
