package dev.reactivator.report.json;

import dev.reactivator.core.ReactivatorException;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.segment.Analysis;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.narrative.ExecutiveSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code analysis.json} integration format: stable English keys, documented in
 * {@code docs/analysis-json.md}. Keys are only ever added, never renamed, within one
 * {@link #SCHEMA_VERSION}.
 */
public final class AnalysisJson {
  /** The version of the JSON layout. */
  public static final int SCHEMA_VERSION = 1;

  /** The file name used by the CLI. */
  public static final String FILE_NAME = "analysis.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  /** The document for a loaded base: schema version, analysis date and the ingestion summary. */
  public static ObjectNode of(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("asOf", base.asOf().toString());
    root.set("ingestion", ingestion(base.report(), base.purchaseCount()));
    return root;
  }

  /**
   * The whole document for an analysis and its executive summary: everything {@link #of(CustomerBase)}
   * has, then the model fit, a summary of every widget, the absences, the segments, the executive
   * summary with its message chains and every customer's scores with contacts. Numbers that are not
   * finite are left out (see {@code docs/analysis-json.md}), so the document is always valid JSON.
   */
  public static ObjectNode of(Analysis analysis, ExecutiveSummary summary) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    ObjectNode root = of(analysis.base());
    AnalysisDocument.fill(root, analysis, summary);
    return root;
  }

  /** The {@code ingestion} object. */
  public static ObjectNode ingestion(IngestionReport r, int purchases) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("source", r.source());
    n.put("rowsRead", r.rowsRead());
    n.put("rowsAccepted", r.rowsAccepted());
    n.put("refunds", r.refunds());
    AnalysisDocument.num(n, "refundAmount", r.refundAmount());
    n.put("rowsRejected", r.rowsRejected());
    n.put("purchases", purchases);
    n.put("uniqueCustomers", r.uniqueCustomers());
    ArrayNode cols = n.putArray("columns");
    for (Field f : Field.values()) {
      if (r.has(f)) {
        cols.add(f.englishHeader());
      }
    }
    ArrayNode optional = n.putArray("optionalColumnsMissing");
    for (Field f : Field.values()) {
      if (f.isOptionalFeature() && !r.has(f)) {
        optional.add(f.englishHeader());
      }
    }
    ObjectNode details = n.putObject("details");
    new TreeMap<>(r.details()).forEach(details::put);
    n.set("rejected", problems(r.rejected()));
    n.set("warnings", problems(r.warnings()));
    return n;
  }

  private static ArrayNode problems(List<RowProblem> list) {
    ArrayNode a = MAPPER.createArrayNode();
    for (RowProblem p : list) {
      ObjectNode o = a.addObject();
      o.put("line", p.line());
      p.column().ifPresent(c -> o.put("column", c));
      p.value().ifPresent(v -> o.put("value", v));
      o.put("code", p.code().name());
      o.put("message", p.message());
    }
    return a;
  }

  /** Writes {@code document} to a stream (not closed). */
  public static void write(ObjectNode document, OutputStream out) {
    try {
      MAPPER.writeValue(dev.reactivator.report.internal.ReportFiles.nonClosing(out), document);
    } catch (IOException e) {
      throw new ReactivatorException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Writes {@code document} to a file, creating parent directories. */
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
}
