package dev.reactivator.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.examples.cli.ReactivatorCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the {@link HostileCorpus}, and random byte mutations of the sample, through the
 * CLI's in-process {@code main}: the expected exit code (0, or 2 with a reason), at most 2 KB of
 * stderr free of control characters and stack traces, and for every analysed file the accounting
 * invariant rows read = accepted + refunds + rejected.
 */
class HostileCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_STDERR_BYTES = 2048;

  record Run(int code, String out, String err, Path dir) {}

  static List<HostileCorpus.Case> cases() {
    return HostileCorpus.cases();
  }

  private static Run run(String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("hostile-");
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    Path out = dir.resolve("out");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        ReactivatorCli.run(
            new String[] {
              "analyze", file.toString(), "--out", out.toString(), "--formats", "json,csv"
            },
            new PrintWriter(o),
            new PrintWriter(e));
    return new Run(code, o.toString(), e.toString(), dir);
  }

  /** The promises every run keeps, whatever the input. */
  private static void keepsThePromises(Run r, String what) throws IOException {
    byte[] err = r.err().getBytes(StandardCharsets.UTF_8);
    assertTrue(err.length <= MAX_STDERR_BYTES, what + ": stderr has " + err.length + " bytes");
    assertTrue(
        r.err().chars().noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)),
        what + ": a control character on stderr: " + r.err());
    for (String s : new String[] {r.err(), r.out()}) {
      assertFalse(s.contains("\tat ") || s.contains("Exception:"), what + ": a stack trace: " + s);
    }
    assertTrue(r.code() == 0 || r.code() == ReactivatorCli.EXIT_INPUT, what + ": exit " + r.code());
    if (r.code() == ReactivatorCli.EXIT_INPUT) {
      assertFalse(r.err().isBlank(), what + ": exit 2 without a reason");
      assertEquals(1, r.err().strip().lines().count(), what + ": one line: " + r.err());
    } else {
      JsonNode ingestion =
          JSON.readTree(r.dir().resolve("out/analysis.json").toFile()).path("ingestion");
      long read = ingestion.path("rowsRead").asLong();
      assertEquals(
          read,
          ingestion.path("rowsAccepted").asLong()
              + ingestion.path("refunds").asLong()
              + ingestion.path("rowsRejected").asLong(),
          what + ": rows read = accepted + refunds + rejected: " + ingestion);
      assertTrue(read > 0, what + ": " + ingestion);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyHostileFileGetsItsExitCodeAShortCleanStderrAndTheAccounting(HostileCorpus.Case c)
      throws IOException {
    Run r = run(c.name(), c.bytes());
    try {
      keepsThePromises(r, c.name());
      int expected = c.expect() == HostileCorpus.Expect.RESULT ? 0 : ReactivatorCli.EXIT_INPUT;
      assertEquals(expected, r.code(), c.name() + ": " + r.err());
    } finally {
      delete(r.dir());
    }
  }

  @Provide
  Arbitrary<byte[]> mutatedSamples() {
    byte[] sample;
    try {
      // the first 300 lines keep each try short; the mutations are what varies
      List<String> lines = Files.readAllLines(HostileCorpus.SAMPLE, StandardCharsets.UTF_8);
      sample =
          (String.join("\n", lines.subList(0, Math.min(300, lines.size()))) + "\n")
              .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    byte[] base = sample;
    Arbitrary<int[]> edit =
        Combinators.combine(
                Arbitraries.integers()
                    .between(0, base.length - 1)
                    .withDistribution(net.jqwik.api.RandomDistribution.uniform())
                    .withoutEdgeCases(),
                // mostly printable ASCII, so that most mutants still reach the analysis; any byte
                // now and then (a byte that is not UTF-8 is refused with its line and offset)
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(12, Arbitraries.integers().between(0x20, 0x7E)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.of((int) ';', (int) '"', (int) '\n')),
                    net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 255))),
                Arbitraries.integers().between(0, 2))
            .as((at, value, kind) -> new int[] {at, value, kind});
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(
            edits -> {
              byte[] b = base.clone();
              int length = b.length;
              // a duplicated non-ASCII byte breaks UTF-8 too: only ASCII bytes are copied
              for (int[] e : edits) {
                int at = Math.min(e[0], length - 1);
                if (e[1] < 0x80) {
                  // an ASCII edit lands on an ASCII byte, so the text stays UTF-8 and the mutant
                  // reaches the analysis; the non-ASCII values test the encoding check
                  while (at < length - 1 && b[at] < 0) {
                    at++;
                  }
                }
                switch (e[2]) {
                  case 0 -> b[at] = (byte) e[1]; // overwrite
                  case 1 -> { // delete
                    System.arraycopy(b, at + 1, b, at, length - at - 1);
                    length--;
                  }
                  default -> { // duplicate a byte (an inserted copy)
                    if (b[at] < 0 && e[1] < 0x80) {
                      continue;
                    }
                    byte[] grown = new byte[length + 1];
                    System.arraycopy(b, 0, grown, 0, at + 1);
                    System.arraycopy(b, at, grown, at + 1, length - at);
                    b = grown;
                    length++;
                  }
                }
              }
              return java.util.Arrays.copyOf(b, length);
            });
  }

  @Property(tries = 25, shrinking = ShrinkingMode.OFF)
  void randomByteMutationsOfTheSampleKeepThePromises(@ForAll("mutatedSamples") byte[] bytes)
      throws IOException {
    Run r = run("mutated.csv", bytes);
    try {
      net.jqwik.api.statistics.Statistics.label("exit code").collect(r.code());
      keepsThePromises(r, "a mutated sample");
    } finally {
      delete(r.dir());
    }
  }
}
