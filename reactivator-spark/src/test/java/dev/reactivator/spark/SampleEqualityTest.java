package dev.reactivator.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.SegmentStage;
import dev.reactivator.core.score.ScoringOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Spark job on the bundled sample equals the single-machine library. */
class SampleEqualityTest {
  static final Path SAMPLE = Path.of("../examples/sample/customers.csv");
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  @Test
  void sampleEqualsTheLibrary() {
    assertTrue(Files.exists(SAMPLE), SAMPLE.toAbsolutePath().toString());
    SegmentStage library =
        Reactivator.load(SAMPLE).asOf(AS_OF).score(ScoringOptions.defaults().withSupervised(false));
    SparkRun run =
        SparkReactivator.run(
            SparkReactivator.read(LocalSpark.get(), SAMPLE.toString()),
            SparkOptions.of(AS_OF).withFirstLine(2));
    Equality.assertSame(library.scored(), run);
  }
}
