package dev.reactivator.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.csv.ReportSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.IntPredicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The customers of {@code analysis.json} encoded in chunks on several threads give exactly the
 * bytes of the one-thread writer, whatever the chunk size, the thread count and the customers
 * shown.
 */
class CustomerChunksTest {
  private static final ReportInput INPUT = ReportSamples.input();

  private static String write(IntPredicate shown, int threads, int chunk) throws IOException {
    Analysis a = INPUT.analysis();
    ExecutiveSummary summary = INPUT.summary();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = AnalysisJson.STREAMING.createGenerator(out)) {
      g.setPrettyPrinter(new DocumentPrinter());
      Optional<CustomerChunks> chunks =
          threads < 2
              ? Optional.empty()
              : Optional.of(new CustomerChunks(AnalysisJson.STREAMING, out, threads, chunk));
      new AnalysisWriter(g, chunks).document(a, summary, shown);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSampleInChunksOfFiftyOnTwoThreadsIsTheOneThreadDocument() throws IOException {
    String one = write(c -> true, 1, CustomerChunks.CHUNK);
    String chunked = write(c -> true, 2, 50);
    assertEquals(one, chunked);
    int size = INPUT.analysis().base().size();
    assertTrue(size > 8 * 50, "the sample spans several chunks: " + size);
    // one line per customer, the array closed on a line of its own
    assertTrue(chunked.contains("\"customers\": [\n    {\"index\":0,"), "first entry");
    assertTrue(chunked.contains("},\n    {\"index\":1,"), "entries one a line");
  }

  @Test
  void theFileWriterIsTheOneThreadDocument() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    AnalysisJson.write(INPUT.analysis(), INPUT.summary(), file);
    assertEquals(write(c -> true, 1, CustomerChunks.CHUNK), file.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noCustomerShownLeavesTheArrayEmptyAsTheOneThreadWriterDoes() throws IOException {
    String chunked = write(c -> false, 3, 7);
    assertEquals(write(c -> false, 1, CustomerChunks.CHUNK), chunked);
    assertTrue(chunked.contains("\"customers\": []"), "empty array");
  }

  @Property(tries = 30)
  void anyChunkingThreadsAndShownCustomersWriteTheSameBytes(
      @ForAll @IntRange(min = 1, max = 450) int chunk,
      @ForAll @IntRange(min = 2, max = 4) int threads,
      @ForAll @IntRange(min = 1, max = 5) int every,
      @ForAll @IntRange(min = 0, max = 4) int offset)
      throws IOException {
    // every k-th customer from an offset, and a run of hidden ones, so some chunks are empty
    IntPredicate shown = c -> c % every == offset % every && (c < 100 || c >= 300);
    assertEquals(write(shown, 1, CustomerChunks.CHUNK), write(shown, threads, chunk));
  }
}
