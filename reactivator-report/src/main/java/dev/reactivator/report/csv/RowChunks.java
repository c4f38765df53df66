package dev.reactivator.report.csv;

import dev.reactivator.report.internal.OrderedChunks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Encodes the rows of a per-customer table on several threads, in order: positions {@code 0 … n −
 * 1} are cut into chunks of {@value #CHUNK}, each chunk is encoded on a pool thread, and the
 * calling thread hands the chunks to the writer in position order. As a row's text depends only on
 * its position, the bytes are those of the one-thread loop; at most {@code 4 × threads} chunks are
 * held at a time, so the memory used does not grow with the number of customers ({@link
 * OrderedChunks}, the loop of the {@code customers[]} of {@code analysis.json} too).
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
    return OrderedChunks.threads(THREADS_PROPERTY);
  }

  /**
   * Encodes positions {@code 0 … n − 1} in chunks of {@code chunk} and gives each chunk to {@code
   * write} in position order, on the calling thread; with fewer than 2 threads or 2 chunks, every
   * chunk is encoded on the calling thread.
   */
  static <R> void run(int n, int chunk, int threads, Encoder<R> encoder, Consumer<R> write) {
    try {
      OrderedChunks.run("reactivator-csv", n, chunk, threads, encoder::encode, write::accept);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
