package dev.reactivator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.SavedModels;
import dev.reactivator.core.SegmentStage;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.ScoringOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job scoring with a saved model (the models JSON of {@code docs/saved-models.md}, read with
 * core's reader) fits nothing and gives the library's scores with the same file.
 */
class SavedModelEqualityTest {
  @TempDir Path dir;

  @Test
  void aSavedModelScoresAsTheLibraryScoresWithIt() {
    ScoringOptions options = ScoringOptions.defaults().withSupervised(false);
    // the models of the sample a month earlier, saved and read back as a user's file would be
    FittedModels earlier =
        Reactivator.load(SampleEqualityTest.SAMPLE)
            .asOf(LocalDate.of(2025, 12, 31))
            .score(options)
            .scored()
            .model()
            .orElseThrow();
    Path file = dir.resolve("models.json");
    SavedModels.write(earlier, file, Locale.ENGLISH);
    FittedModels saved = SavedModels.read(file, Locale.ENGLISH);

    SegmentStage library =
        Reactivator.load(SampleEqualityTest.SAMPLE)
            .asOf(SampleEqualityTest.AS_OF)
            .score(options, saved);
    SparkRun run =
        SparkReactivator.run(
            SparkReactivator.read(LocalSpark.get(), SampleEqualityTest.SAMPLE.toString()),
            SparkOptions.of(SampleEqualityTest.AS_OF).withFirstLine(2).withModels(saved));

    // scored with the file's parameters, not with a fit of this base
    assertEquals(saved.purchases().parameters(), run.models().purchases().parameters());
    assertEquals(saved.spend().parameters(), run.models().spend().parameters());
    FittedModels refit =
        Reactivator.load(SampleEqualityTest.SAMPLE)
            .asOf(SampleEqualityTest.AS_OF)
            .score(options)
            .scored()
            .model()
            .orElseThrow();
    assertNotEquals(refit.purchases().parameters(), run.models().purchases().parameters());
    Equality.assertSame(library.scored(), run);
  }
}
