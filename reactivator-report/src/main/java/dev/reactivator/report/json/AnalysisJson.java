package dev.reactivator.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.reactivator.core.ReactivatorException;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MessageChain;
import dev.reactivator.narrative.internal.json.JsonTree;
import dev.reactivator.report.internal.ReportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
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

  /**
   * The streaming writer's factory: shortest round-trip doubles (Schubfach), the same values as the
   * file's.
   */
  static final JsonFactory STREAMING =
      JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  private AnalysisJson() {}

  /**
   * The document for a loaded base as indented JSON text: schema version, analysis date and the
   * ingestion summary.
   *
   * @param base the loaded base
   * @return the document
   */
  public static String json(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    return text(
        w -> {
          w.generator().writeStartObject();
          w.baseFields(base);
          w.generator().writeEndObject();
        });
  }

  /**
   * The whole document for an analysis and its executive summary as indented JSON text: everything
   * {@link #json(CustomerBase)} has, then the model fit, a summary of every widget, the absences,
   * the segments, the executive summary with its message chains and every customer's scores with
   * contacts. Numbers that are not finite are left out (see {@code docs/analysis-json.md}), so the
   * document is always valid JSON. The text holds every customer: to write a large base use {@link
   * #write(Analysis, ExecutiveSummary, OutputStream)}, which streams.
   *
   * @param analysis the analysis
   * @param summary its executive summary
   * @return the document
   */
  public static String json(Analysis analysis, ExecutiveSummary summary) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    return text(w -> w.document(analysis, summary, c -> true));
  }

  /**
   * Streams the whole document of {@link #json(Analysis, ExecutiveSummary)}, laid out one customer
   * a line, to {@code out} (not closed): the memory used does not grow with the number of
   * customers.
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
   * Streams the page's form of the document to a generator the caller owns (not closed, not
   * flushed): each customer's {@code customers[]} entry has the keys {@code detail} gives it (none
   * for {@link CustomerDetail#OMITTED}); {@code vipAtRisk} and every {@code segments[].customers}
   * keep, of their first {@code listRows} members, those with an entry; each {@code segments[]}
   * entry also gets {@code size}, its member count in the file. Every other key is as in the file
   * ({@code docs/analysis-json.md}, "The page's form"), so the document stays bounded by the
   * customers shown whatever the size of the base.
   *
   * @param analysis the analysis
   * @param summary its executive summary
   * @param detail the detail of each customer's entry, by index
   * @param listRows the most members of each index list looked at, at least 0
   * @param generator where the document goes
   * @throws IOException when the generator fails
   */
  public static void writePage(
      Analysis analysis,
      ExecutiveSummary summary,
      IntFunction<CustomerDetail> detail,
      int listRows,
      JsonGenerator generator)
      throws IOException {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(generator, "generator");
    if (listRows < 0) {
      throw new IllegalArgumentException("listRows must be at least 0, got " + listRows);
    }
    new AnalysisWriter(generator).page(analysis, summary, detail, listRows, true);
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
   * @param document a document as written by this class, as JSON text
   * @return the document with the texts of every customer filled in, as indented JSON text
   * @throws IllegalArgumentException when {@code document} is not JSON
   */
  public static String withTexts(String document) {
    Objects.requireNonNull(document, "document");
    Object out;
    try {
      out = JsonTree.parse(document);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON document: " + e.getMessage(), e);
    }
    Object explanations = JsonTree.get(JsonTree.get(out, "texts"), "explanations");
    Map<String, Object> chains = new HashMap<>();
    for (Object c :
        JsonTree.elements(JsonTree.get(JsonTree.get(out, "executiveSummary"), "chains"))) {
      chains.putIfAbsent(JsonTree.text(JsonTree.get(c, "key"), ""), c);
    }
    for (Object customer : JsonTree.elements(JsonTree.get(out, "customers"))) {
      Optional<Map<String, Object>> sales = JsonTree.object(JsonTree.get(customer, "sales"));
      if (sales.isPresent()) {
        String key = JsonTree.text(sales.get().get("explanationKey"), "");
        Object explanation = JsonTree.get(explanations, key);
        sales.get().put("explanation", explanation != null ? JsonTree.text(explanation, "") : key);
      }
      Optional<Map<String, Object>> messages = JsonTree.object(JsonTree.get(customer, "messages"));
      if (messages.isPresent()) {
        Map<String, Object> m = messages.get();
        Object chain = chains.get(JsonTree.text(m.get("chain"), ""));
        if (chain != null) {
          Object name = JsonTree.get(customer, "name");
          Map<String, String> values =
              Map.of(
                  "name",
                  name != null
                      ? JsonTree.text(name, "")
                      : JsonTree.text(JsonTree.get(customer, "pseudonym"), ""),
                  "product",
                  JsonTree.text(m.get("product"), ""));
          m.put("firstChannel", JsonTree.text(JsonTree.get(chain, "channel"), ""));
          m.put(
              "firstMessage",
              MessageChain.merge(JsonTree.text(JsonTree.get(chain, "firstTouch"), ""), values));
          m.put("secondChannel", JsonTree.text(JsonTree.get(chain, "secondChannel"), ""));
          m.put(
              "secondMessage",
              MessageChain.merge(JsonTree.text(JsonTree.get(chain, "secondTouch"), ""), values));
        }
      }
    }
    return JsonTree.toJson(out, true);
  }

  /** A part of the document, written by {@link AnalysisWriter}. */
  private interface Part {
    void write(AnalysisWriter w) throws IOException;
  }

  /** What {@code part} writes, as indented JSON text (for the small text-returning forms). */
  private static String text(Part part) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = STREAMING.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      part.write(new AnalysisWriter(g));
    } catch (IOException e) {
      throw new ReactivatorException("Cannot build JSON: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
