package dev.reactivator.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.reactivator.report.internal.OrderedChunks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Encodes the {@code customers[]} entries of {@code analysis.json} on several threads: the
 * customers are cut into chunks of {@value #CHUNK} indices (by default), each chunk is written by
 * its own {@link AnalysisWriter} to a byte buffer with the same factory and layout as the document,
 * and the main thread copies the buffers to the document's stream in index order. The bytes are
 * exactly those of the one-thread writer; at most {@code 4 × threads} chunks are held at a time, so
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
   * positive number, else the machine's processors, at most four.
   */
  static int defaultThreads() {
    return OrderedChunks.threads(THREADS_PROPERTY);
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
    ConcurrentLinkedQueue<ByteArrayOutputStream> free = new ConcurrentLinkedQueue<>();
    boolean[] any = {false};
    OrderedChunks.run(
        "reactivator-json",
        n,
        chunk,
        threads,
        (from, to) -> encode(range, from, to, free),
        done -> {
          if (done.entries() > 0) {
            if (any[0]) {
              out.write(',');
            }
            done.bytes().writeTo(out);
            any[0] = true;
          }
          done.bytes().reset();
          free.add(done.bytes());
        });
    if (any[0]) {
      ((DocumentPrinter) g.getPrettyPrinter()).elementsWrittenAround();
    }
  }

  private Chunk encode(
      AnalysisWriter.CustomerRange range,
      int from,
      int to,
      ConcurrentLinkedQueue<ByteArrayOutputStream> free)
      throws IOException {
    ByteArrayOutputStream bytes = free.poll();
    if (bytes == null) {
      bytes = new ByteArrayOutputStream(Math.min(chunk, CHUNK) * 2048);
    }
    try (JsonGenerator w = factory.createGenerator(bytes)) {
      w.setPrettyPrinter(DocumentPrinter.shallowArrayElements());
      int entries = range.write(new AnalysisWriter(w), from, to);
      w.flush();
      return new Chunk(bytes, entries);
    }
  }

  /** One chunk's encoded entries, separated by commas, and how many there are. */
  private record Chunk(ByteArrayOutputStream bytes, int entries) {}
}
