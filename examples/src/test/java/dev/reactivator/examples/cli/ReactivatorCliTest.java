package dev.reactivator.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactivatorCliTest {
  static final Path SAMPLE = Path.of("sample/customers.csv");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ReactivatorCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void analyzePrintsTheIngestionSummaryAndWritesRejectedRowsAndJson(@TempDir Path dir) throws Exception {
    Run r = run("analyze", SAMPLE.toString(), "--as-of", "2026-01-31", "--out", dir.toString(), "--lang", "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Rows read: 1356; accepted: 1345; refunds/cancellations: 6; rejected: 5"), r.out());
    assertTrue(r.out().contains("Optional columns found: complaints, tickets, discounted_purchases, purchase_date; missing: customer_id"), r.out());

    JsonNode json = new ObjectMapper().readTree(dir.resolve("analysis.json").toFile());
    assertEquals(1, json.get("schemaVersion").asInt());
    assertEquals("2026-01-31", json.get("asOf").asText());
    JsonNode ing = json.get("ingestion");
    assertEquals(ing.get("rowsRead").asLong(), ing.get("rowsAccepted").asLong() + ing.get("refunds").asLong() + ing.get("rowsRejected").asLong());
    assertEquals(5, ing.get("rejected").size());
    assertEquals("customers.csv", ing.get("source").asText());

    List<String> rejected = Files.readAllLines(dir.resolve("rejected-rows.csv"), StandardCharsets.UTF_8);
    assertEquals(6, rejected.size()); // header + 5 rows
    assertTrue(rejected.get(0).startsWith("\uFEFFLine;Column;Value;Code;What to fix"), rejected.get(0));
  }

  @Test
  void unusableInputExitsWithTwoAndSaysWhy(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("export.csv");
    Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    Run r = run("analyze", xlsx.toString(), "--out", dir.resolve("out").toString());
    assertEquals(ReactivatorCli.EXIT_INPUT, r.code());
    assertTrue(r.err().contains("Excel"), r.err());
    assertEquals(ReactivatorCli.EXIT_INPUT, run("analyze", dir.resolve("missing.csv").toString()).code());
  }

  @Test
  void quotaSmallerThanTheUniqueCustomersExitsWithThree(@TempDir Path dir) {
    Run r = run("analyze", SAMPLE.toString(), "--as-of", "2026-01-31", "--out", dir.toString(), "--quota", "100", "--lang", "en");
    assertEquals(ReactivatorCli.EXIT_QUOTA, r.code());
    assertTrue(r.err().contains("421 unique customers in the file, 100 units left"), r.err());
  }

  @Test
  void templateWritesAFileThatAnalyzesWithoutRejectedRows(@TempDir Path dir) {
    Path t = dir.resolve("template.csv");
    assertEquals(0, run("template", "--extended", t.toString()).code());
    Run r = run("analyze", t.toString(), "--as-of", "2026-01-31", "--out", dir.resolve("out").toString(), "--lang", "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("rejected: 0"), r.out());
    assertTrue(r.out().contains("Optional columns found: complaints, tickets, discounted_purchases"), r.out());
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(ReactivatorCli.EXIT_INPUT, run("analyze", SAMPLE.toString(), "--lang", "de").code());
    assertEquals(ReactivatorCli.EXIT_INPUT, run("analyze", SAMPLE.toString(), "--map", "nonsense=X").code());
  }
}
