package dev.reactivator.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.report.csv.ReportSamples;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link ScoringOptions#withSupervised(boolean)} on the sample, where the layer is chosen. */
class SupervisedSwitchTest {
  @Test
  void switchedOffTheScoresRestOnThePurchaseModelAlone() {
    ScoredBase on = ReportSamples.sample().scored();
    ScoredBase off =
        Reactivator.load(Path.of("../examples/sample/customers.csv"))
            .asOf(ReportSamples.AS_OF)
            .score(ScoringOptions.defaults().withSupervised(false))
            .segment()
            .scored();
    FittedModels withLayer = on.model().orElseThrow();
    FittedModels without = off.model().orElseThrow();
    assertTrue(withLayer.usesSupervised(), "the sample's layer is chosen");
    assertFalse(without.usesSupervised());
    assertTrue(without.supervised().isEmpty());
    assertNotEquals(on.probabilityAlive(0), off.probabilityAlive(0));
  }
}
