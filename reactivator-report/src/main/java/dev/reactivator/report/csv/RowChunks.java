package dev.reactivator.report.csv;

import dev.reactivator.core.ReactivatorException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Encodes the rows of a per-customer table on several threads, in order: positions {@code 0 … n −
 * 1} are cut into chunks of {@value #CHUNK}, each chunk is encoded on a pool thread, and the
 * calling thread hands the chunks to the writer in position order. As a row's text depends only on
 * its position, the bytes are those of the one-thread loop; at most {@code 4 × threads} chunks are
 * held at a time, so the memory used does not grow with the number of customers. The same approach
 * as the {@code customers[]} of {@code analysis.json}.
 */
final class RowChunks {
  /** Rows per chunk: enough to make a task worth its hand-off, a few hundred kilobytes at most. */
  static final int CHUNK = 512;

  /** The system property that sets the number of encoding threads (1: no extra thread). */
  static final String THREADS_PROPERTY = "reactivator.csv.threads";

  private RowChunks() {}

  /** Encodes the rows of positions {@code [from, to)}. */
  interface Encoder<R> {
    R encode(int from, int to);
  }

  /**
   * The threads to encode with: the system property {@value #THREADS_PROPERTY} when it is a
   * positive number, else the machine's processors, at most four.
   */
  static int defaultThreads() {
    String set = System.getProperty(THREADS_PROPERTY, "");
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
   * write} in position order, on the calling thread; with fewer than 2 threads or 2 chunks, every
   * chunk is encoded on the calling thread.
   */
  static <R> void run(int n, int chunk, int threads, Encoder<R> encoder, Consumer<R> write) {
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk must be >= 1, was " + chunk);
    }
    int chunks = (n + chunk - 1) / chunk;
    if (threads < 2 || chunks < 2) {
      for (int from = 0; from < n; from += chunk) {
        write.accept(encoder.encode(from, Math.min(n, from + chunk)));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "reactivator-csv");
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
          pending.add(pool.submit(() -> encoder.encode(from, to)));
          next++;
        }
        write.accept(await(pending.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReactivatorException("interrupted while writing the rows", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new ReactivatorException("cannot write the rows: " + cause, cause);
    }
  }
}
