package dev.reactivator.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Encodes the {@code customers[]} entries of {@code analysis.json} on several threads: the
 * customers are cut into chunks of {@value #CHUNK} indices (by default), each chunk is written by
 * its own {@link AnalysisWriter} to a byte buffer with the same factory and layout as the document,
 * and the main thread copies the buffers to the document's stream in index order. The bytes are
 * exactly those of the one-thread writer; at most {@code 2 × threads} chunks are held at a time, so
 * the memory used does not grow with the number of customers. One instance per document.
 */
final class CustomerChunks {
  /**
   * Customers per chunk: a few hundred kilobytes of JSON, enough to make a task worth its hand-off,
   * small enough for a buffer that is not a humongous object for the collector.
   */
  static final int CHUNK = 256;

  private final JsonFactory factory;
  private final OutputStream out;
  private final int threads;
  private final int chunk;

  /**
   * @param factory the factory of the document's generator
   * @param out the stream under the document's generator
   * @param threads how many threads encode (at least 2 for any parallelism)
   * @param chunk customers per chunk, at least 1
   */
  CustomerChunks(JsonFactory factory, OutputStream out, int threads, int chunk) {
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk must be >= 1, was " + chunk);
    }
    this.factory = factory;
    this.out = out;
    this.threads = threads;
    this.chunk = chunk;
  }

  /** The system property that sets the number of encoding threads (1: no extra thread). */
  static final String THREADS_PROPERTY = "reactivator.json.threads";

  /**
   * The threads to encode with: the system property {@value #THREADS_PROPERTY} when it is a
   * positive number, else the machine's processors, at most four (the copy on the main thread
   * bounds the gain).
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

  /** Whether {@code customers} are enough to be worth more than one thread. */
  boolean worthIt(int customers) {
    return threads >= 2 && customers >= 2 * chunk;
  }

  /**
   * Writes the entries of customers {@code 0 … n − 1} as the elements of the array {@code g} has
   * just opened, leaving {@code g} ready to close it.
   */
  void write(JsonGenerator g, int n, AnalysisWriter.CustomerRange range) throws IOException {
    g.flush();
    int chunks = (n + chunk - 1) / chunk;
    ExecutorService pool = newPool();
    ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
    ConcurrentLinkedQueue<ByteArrayOutputStream> free = new ConcurrentLinkedQueue<>();
    boolean any = false;
    try {
      int next = 0;
      while (next < chunks || !pending.isEmpty()) {
        while (next < chunks && pending.size() < 4 * threads) {
          int from = next * chunk;
          int to = Math.min(n, from + chunk);
          pending.add(pool.submit(() -> encode(range, from, to, free)));
          next++;
        }
        Chunk done = await(pending.poll());
        if (done.entries() > 0) {
          if (any) {
            out.write(',');
          }
          done.bytes().writeTo(out);
          any = true;
        }
        done.bytes().reset();
        free.add(done.bytes());
      }
    } finally {
      pool.shutdownNow();
    }
    if (any) {
      ((DocumentPrinter) g.getPrettyPrinter()).elementsWrittenAround();
    }
  }

  /**
   * Reads every element of {@code list} on the encoding threads, so that a list which builds its
   * elements when they are first read (the call list) has them built in parallel before the writer
   * reads them in order.
   */
  void build(List<?> list) throws IOException {
    int n = list.size();
    if (!worthIt(n)) {
      return;
    }
    int step = 16 * chunk;
    ExecutorService pool = newPool();
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int from = 0; from < n; from += step) {
        int start = from;
        int end = Math.min(n, from + step);
        parts.add(
            pool.submit(
                () -> {
                  for (int i = start; i < end; i++) {
                    list.get(i);
                  }
                }));
      }
      for (Future<?> f : parts) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private ExecutorService newPool() {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "reactivator-json");
          t.setDaemon(true);
          return t;
        });
  }

  private Chunk encode(
      AnalysisWriter.CustomerRange range,
      int from,
      int to,
      ConcurrentLinkedQueue<ByteArrayOutputStream> free) {
    ByteArrayOutputStream bytes = free.poll();
    if (bytes == null) {
      bytes = new ByteArrayOutputStream(Math.min(chunk, CHUNK) * 2048);
    }
    try (JsonGenerator w = factory.createGenerator(bytes)) {
      w.setPrettyPrinter(DocumentPrinter.shallowArrayElements());
      int entries = range.write(new AnalysisWriter(w), from, to);
      w.flush();
      return new Chunk(bytes, entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the customers", e);
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

  /** One chunk's encoded entries, separated by commas, and how many there are. */
  private record Chunk(ByteArrayOutputStream bytes, int entries) {}
}
