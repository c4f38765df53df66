package dev.reactivator.examples.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.examples.cli.ReactivatorCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled sample's {@code analysis.json}, CSV files and executive texts (the {@code
 * executiveSummary} of the JSON) must stay exactly what {@code src/test/resources/golden/} holds: a
 * refactoring that changes a figure, a label or a file fails here.
 *
 * <p>JSON is compared as a tree (key order and indentation may change), with the fields listed in
 * {@link #VOLATILE} removed first; every other file is compared byte for byte. The Russian set
 * holds every CSV file, segments included; the English one the JSON and the top-level CSV files.
 *
 * <p>After an intended change of output, regenerate with {@code mvn -pl examples test
 * -Dtest=GoldenOutputTest -Dgolden.update=true} and review the diff.
 */
class GoldenOutputTest {
  static final Path SAMPLE = Path.of("sample/customers.csv");
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  /**
   * JSON fields whose value may differ between runs; documented in docs/analysis-json.md. None
   * today.
   */
  static final Set<String> VOLATILE = Set.of();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ru", "en"})
  void theSampleOutputsEqualTheGoldenFiles(String lang, @TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ReactivatorCli.run(
            new String[] {
              "analyze",
              SAMPLE.toString(),
              "--as-of",
              "2026-01-31",
              "--out",
              dir.toString(),
              "--formats",
              "csv,json",
              "--lang",
              lang,
              "--no-progress"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());

    Path golden = GOLDEN.resolve(lang);
    boolean update = Boolean.getBoolean("golden.update");
    Set<String> expected = files(golden);
    Set<String> actual = files(dir);
    if (update) {
      for (String f : actual) {
        if (lang.equals("en") && f.startsWith("segments/")) {
          continue;
        }
        Path target = golden.resolve(f);
        Files.createDirectories(target.getParent());
        Files.copy(dir.resolve(f), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String f : expected) {
      if (!actual.contains(f)) {
        problems.add("missing: " + f);
      } else if (f.endsWith(".json")) {
        JsonNode want = stripVolatile(Files.readAllBytes(golden.resolve(f)));
        JsonNode got = stripVolatile(Files.readAllBytes(dir.resolve(f)));
        if (!want.equals(got)) {
          problems.add(
              "differs: " + f + " (first difference at " + firstDifference(want, got, "$") + ")");
        }
      } else if (Files.mismatch(golden.resolve(f), dir.resolve(f)) != -1) {
        problems.add(
            "differs: " + f + " (byte " + Files.mismatch(golden.resolve(f), dir.resolve(f)) + ")");
      }
    }
    for (String f : actual) {
      boolean checked = lang.equals("ru") || !f.startsWith("segments/");
      if (checked && !expected.contains(f)) {
        problems.add("new file: " + f);
      }
    }
    if (!problems.isEmpty()) {
      fail(
          problems.size()
              + " golden file(s) differ for --lang "
              + lang
              + ":\n  "
              + String.join("\n  ", problems));
    }
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      Set<String> names = new TreeSet<>();
      s.filter(Files::isRegularFile)
          .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
      return names;
    }
  }

  private static JsonNode stripVolatile(byte[] json) throws IOException {
    JsonNode tree = new ObjectMapper().readTree(json);
    if (tree instanceof ObjectNode o) {
      o.remove(VOLATILE);
    }
    return tree;
  }

  private static String firstDifference(JsonNode a, JsonNode b, String path) {
    if (a.isObject() && b.isObject()) {
      Set<String> keys = new TreeSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        JsonNode x = a.get(k);
        JsonNode y = b.get(k);
        if (x == null || y == null) {
          return path + "." + k + (x == null ? " (new)" : " (missing)");
        }
        if (!x.equals(y)) {
          return firstDifference(x, y, path + "." + k);
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          return firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
        }
      }
    }
    return path + ": expected " + abbreviate(a) + ", got " + abbreviate(b);
  }

  private static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
