package dev.reactivator.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.reactivator.core.ReactivatorException;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MessageChain;
import dev.reactivator.report.internal.ReportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The {@code analysis.json} integration format: stable English keys, documented in {@code
 * docs/analysis-json.md}. Keys are only ever added, never renamed, within one {@link
 * #SCHEMA_VERSION}.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class AnalysisJson {
  /** The version of the JSON layout. */
  public static final int SCHEMA_VERSION = 2;

  /** The file name used by the CLI. */
  public static final String FILE_NAME = "analysis.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The streaming writer's factory: shortest round-trip doubles (Schubfach), the same values as the
   * tree's.
   */
  static final JsonFactory STREAMING =
      JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  private AnalysisJson() {}

  /**
   * The document for a loaded base: schema version, analysis date and the ingestion summary.
   *
   * @param base the loaded base
   * @return the document as a tree
   */
  public static ObjectNode of(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    return tree(
        w -> {
          w.generator().writeStartObject();
          w.baseFields(base);
          w.generator().writeEndObject();
        });
  }

  /**
   * The whole document for an analysis and its executive summary as a tree: everything {@link
   * #of(CustomerBase)} has, then the model fit, a summary of every widget, the absences, the
   * segments, the executive summary with its message chains and every customer's scores with
   * contacts. Numbers that are not finite are left out (see {@code docs/analysis-json.md}), so the
   * document is always valid JSON. The tree holds every customer: to write a large base use {@link
   * #write(Analysis, ExecutiveSummary, OutputStream)}, which streams.
   *
   * @param analysis the analysis
   * @param summary its executive summary
   * @return the document as a tree
   */
  public static ObjectNode of(Analysis analysis, ExecutiveSummary summary) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    return tree(w -> w.document(analysis, summary, c -> true));
  }

  /**
   * The {@code ingestion} object.
   *
   * @param r the ingestion report
   * @param purchases the purchases loaded
   * @return the object as a tree
   */
  public static ObjectNode ingestion(IngestionReport r, int purchases) {
    Objects.requireNonNull(r, "r");
    return tree(w -> w.ingestion(r, purchases));
  }

  /**
   * Streams the whole document of {@link #of(Analysis, ExecutiveSummary)}, laid out one customer a
   * line, to {@code out} (not closed): the memory used does not grow with the number of customers.
   *
   * @param analysis the analysis
   * @param summary its executive summary
   * @param out the stream to write to
   * @throws ReactivatorException when the stream cannot be written
   */
  public static void write(Analysis analysis, ExecutiveSummary summary, OutputStream out) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(out, "out");
    OutputStream target = ReportFiles.nonClosing(out);
    try (JsonGenerator g = STREAMING.createGenerator(target)) {
      g.setPrettyPrinter(new DocumentPrinter());
      CustomerChunks chunks =
          new CustomerChunks(
              STREAMING, target, CustomerChunks.defaultThreads(), CustomerChunks.CHUNK);
      new AnalysisWriter(g, Optional.of(chunks)).document(analysis, summary, c -> true);
    } catch (IOException e) {
      throw new ReactivatorException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Streams the document to a generator the caller owns (not closed, not flushed), writing the
   * {@code customers} entries and the {@code segments[].customers} members only of the customers
   * {@code shown} accepts — the form an embedding page uses to stay bounded; every other key is as
   * in the file.
   *
   * @param analysis the analysis
   * @param summary its executive summary
   * @param shown which customers (by index) are written
   * @param generator where the document goes
   * @throws IOException when the generator fails
   */
  public static void write(
      Analysis analysis, ExecutiveSummary summary, IntPredicate shown, JsonGenerator generator)
      throws IOException {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(generator, "generator");
    new AnalysisWriter(generator).document(analysis, summary, shown);
  }

  /**
   * Writes {@code document} to a stream (not closed).
   *
   * @param document the document
   * @param out the stream to write to
   * @throws ReactivatorException when the stream cannot be written
   */
  public static void write(ObjectNode document, OutputStream out) {
    try {
      MAPPER.writeValue(ReportFiles.nonClosing(out), document);
    } catch (IOException e) {
      throw new ReactivatorException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code document} to a file, creating parent directories.
   *
   * @param document the document
   * @param file the file to write
   * @throws ReactivatorException when the file cannot be written
   */
  public static void write(ObjectNode document, Path file) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        write(document, out);
      }
    } catch (IOException e) {
      throw new ReactivatorException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The document with its shared texts filled in, as a reader of schema 2 fills them: every
   * customer's {@code sales.explanation} from {@code texts.explanations[sales.explanationKey]}, and
   * {@code messages.firstChannel}, {@code firstMessage}, {@code secondChannel} and {@code
   * secondMessage} from the {@code executiveSummary.chains} entry whose {@code key} is {@code
   * messages.chain}, its {@code {name}} placeholder replaced by the customer's {@code name} (else
   * {@code pseudonym}) and {@code {product}} by {@code messages.product}. The result holds the
   * texts of every customer, so it is meant for tests and small bases; a large reader fills one
   * customer at a time the same way.
   *
   * @param document a document as written by this class
   * @return a copy with the texts of every customer filled in
   */
  public static ObjectNode withTexts(JsonNode document) {
    Objects.requireNonNull(document, "document");
    ObjectNode out = document.deepCopy();
    JsonNode explanations = out.path("texts").path("explanations");
    Map<String, JsonNode> chains = new HashMap<>();
    for (JsonNode c : out.path("executiveSummary").path("chains")) {
      chains.putIfAbsent(c.path("key").asText(), c);
    }
    for (JsonNode n : out.path("customers")) {
      ObjectNode customer = (ObjectNode) n;
      if (customer.has("sales")) {
        ObjectNode sales = (ObjectNode) customer.get("sales");
        String key = sales.path("explanationKey").asText();
        sales.put("explanation", explanations.has(key) ? explanations.get(key).asText() : key);
      }
      if (customer.has("messages")) {
        ObjectNode messages = (ObjectNode) customer.get("messages");
        JsonNode chain = chains.get(messages.path("chain").asText());
        if (chain != null) {
          Map<String, String> values =
              Map.of(
                  "name",
                  customer.has("name")
                      ? customer.get("name").asText()
                      : customer.path("pseudonym").asText(),
                  "product",
                  messages.path("product").asText());
          messages.put("firstChannel", chain.path("channel").asText());
          messages.put(
              "firstMessage", MessageChain.merge(chain.path("firstTouch").asText(), values));
          messages.put("secondChannel", chain.path("secondChannel").asText());
          messages.put(
              "secondMessage", MessageChain.merge(chain.path("secondTouch").asText(), values));
        }
      }
    }
    return out;
  }

  /** A part of the document, written by {@link AnalysisWriter}. */
  private interface Part {
    void write(AnalysisWriter w) throws IOException;
  }

  /** What {@code part} writes, read back as a tree (for the small tree-returning forms). */
  private static ObjectNode tree(Part part) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      part.write(new AnalysisWriter(buffer));
      return (ObjectNode) MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new ReactivatorException("Cannot build JSON: " + e.getMessage(), e);
    }
  }
}
