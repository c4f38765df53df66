package dev.reactivator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.internal.JsonText;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SegmentOptions;
import dev.reactivator.core.segment.nbp.CustomerRecommendations;
import dev.reactivator.core.segment.nbp.ProductProposal;
import dev.reactivator.core.spi.OrderLines;
import dev.reactivator.core.spi.TransactionSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved models: written, read back, and scoring a base with them equals the run that fitted them.
 */
class SavedModelsTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  /**
   * {@code customers} customers over two years, each buying one of three products every 20–200 days
   * until a random end, with complaints when {@code complaints}.
   */
  static TransactionSource base(long seed, int customers, boolean complaints) {
    SplittableRandom r = new SplittableRandom(seed);
    List<OrderLine> lines = new ArrayList<>();
    String[] products = {"Tea", "Coffee", "Cocoa"};
    for (int c = 0; c < customers; c++) {
      int gap = 20 + r.nextInt(180);
      int end = r.nextInt(730);
      int complaintCount = r.nextInt(3);
      for (int d = r.nextInt(365); d <= end; d += 1 + r.nextInt(2 * gap)) {
        OrderLine.Builder b =
            OrderLine.builder()
                .customerId("C" + c)
                .product(products[r.nextInt(3)])
                .amount(10 + r.nextInt(500))
                .date(AS_OF.minusDays(730 - d));
        if (complaints) {
          b.complaints(complaintCount);
        }
        lines.add(b.build());
      }
    }
    return OrderLines.source("synthetic", lines);
  }

  @Property(tries = 12)
  void saveLoadScoreEqualsScore(
      @ForAll @IntRange(min = 0, max = 100_000) int seed,
      @ForAll @IntRange(min = 5, max = 400) int customers) {
    ScoreStage stage = Reactivator.load(base(seed, customers, seed % 2 == 0)).asOf(AS_OF);
    ScoredBase fitted = stage.score().scored();
    FittedModels models = fitted.model().orElseThrow();
    FittedModels read = SavedModels.fromJson(SavedModels.toJson(models), "m.json", Locale.ROOT);
    assertEquals(models, read);
    ScoredBase again = stage.score(ScoringOptions.defaults(), read).scored();
    for (int c = 0; c < fitted.size(); c++) {
      assertEquals(fitted.probabilityAlive(c), again.probabilityAlive(c), 0.0);
      assertEquals(fitted.returnProbability(c), again.returnProbability(c), 0.0);
      assertEquals(fitted.expectedPurchases(c), again.expectedPurchases(c), 0.0);
      assertEquals(fitted.expectedAverageOrder(c), again.expectedAverageOrder(c), 0.0);
      assertEquals(fitted.clv(c), again.clv(c), 0.0);
      assertEquals(fitted.riskLevel(c), again.riskLevel(c));
    }
  }

  @Test
  void aSavedModelScoresAnUpdatedBaseWithoutRefitting(@TempDir Path dir) {
    ScoredBase fitted = Reactivator.load(base(1, 600, true)).asOf(AS_OF).score().scored();
    FittedModels models = fitted.model().orElseThrow();
    assertTrue(models.usesSupervised(), models.supervisedNote());
    Path file = dir.resolve("models.json");
    SavedModels.write(models, file, Locale.ROOT);
    FittedModels read = SavedModels.read(file, Locale.ROOT);
    // tomorrow's base: other customers, a later date; the parameters stay those saved
    ScoredBase tomorrow =
        Reactivator.load(base(2, 300, true))
            .asOf(AS_OF.plusDays(30))
            .score(ScoringOptions.defaults(), read)
            .scored();
    assertEquals(models, tomorrow.model().orElseThrow());
    for (int c = 0; c < tomorrow.size(); c++) {
      double p = tomorrow.probabilityAlive(c);
      assertTrue(p >= 0 && p <= 1, "P(alive) " + p);
    }
  }

  @Test
  void theSavedTransitionsGiveTheSameNextPurchasesAndCrossSells() {
    ScoreStage stage = Reactivator.load(base(4, 400, false)).asOf(AS_OF);
    Analysis fresh = stage.score().segment(SegmentOptions.defaults());
    FittedModels models = fresh.scored().model().orElseThrow();
    assertTrue(models.nextPurchase().orElseThrow().hasTransitions());
    FittedModels read = SavedModels.fromJson(SavedModels.toJson(models), "m.json", Locale.ROOT);
    assertEquals(models.nextPurchase(), read.nextPurchase());
    Analysis again =
        stage.score(ScoringOptions.defaults(), read).segment(SegmentOptions.defaults());
    CustomerRecommendations a = fresh.nextBestProducts().recommendations();
    CustomerRecommendations b = again.nextBestProducts().recommendations();
    int proposals = 0;
    for (int c = 0; c < a.size(); c++) {
      assertEquals(a.nextPurchase(c), b.nextPurchase(c));
      assertEquals(a.crossSell(c), b.crossSell(c));
      assertEquals(a.get(c), b.get(c));
      proposals += a.nextPurchase(c).isPresent() ? 1 : 0;
    }
    assertEquals(a.size(), proposals);
  }

  @Test
  void anUpdatedBaseGetsItsNextPurchasesFromTheSavedTransitions() {
    FittedModels models =
        Reactivator.load(base(5, 500, false)).asOf(AS_OF).score().scored().model().orElseThrow();
    NextPurchaseModel saved =
        SavedModels.fromJson(SavedModels.toJson(models), "m.json", Locale.ROOT)
            .nextPurchase()
            .orElseThrow();
    FittedModels read = SavedModels.fromJson(SavedModels.toJson(models), "m.json", Locale.ROOT);
    // another base, with products in another first-seen order: matched by name, not refitted
    Analysis tomorrow =
        Reactivator.load(base(6, 80, false))
            .asOf(AS_OF.plusDays(30))
            .score(ScoringOptions.defaults(), read)
            .segment(SegmentOptions.defaults());
    CustomerBase base = tomorrow.base();
    assertEquals(Optional.of(saved), tomorrow.nextBestProducts().nextPurchaseModel());
    for (int c = 0; c < base.size(); c++) {
      int k = base.purchaseCount(c) - 1;
      List<String> last = new ArrayList<>();
      for (int l = base.purchaseFirstLine(c, k), e = l + base.purchaseLineCount(c, k); l < e; l++) {
        last.add(base.productNames().get(base.lineProduct(c, l)));
      }
      ProductProposal p =
          tomorrow.nextBestProducts().recommendations().nextPurchase(c).orElseThrow();
      assertEquals(saved.probability(last, p.productName()), p.probability(), 1e-12);
      for (String other : saved.products()) {
        assertTrue(saved.probability(last, other) <= p.probability() + 1e-12, other);
      }
    }
  }

  @Test
  void aVersionOneZeroFileWithoutTransitionsIsStillRead() throws Exception {
    FittedModels models =
        Reactivator.load(base(7, 200, false)).asOf(AS_OF).score().scored().model().orElseThrow();
    Map<String, Object> doc = new java.util.LinkedHashMap<>();
    ((Map<?, ?>) JsonText.parse(SavedModels.toJson(models)))
        .forEach((k, v) -> doc.put((String) k, v));
    doc.remove("nextPurchase");
    doc.put("version", "1.0");
    FittedModels read = SavedModels.fromJson(JsonText.write(doc), "old.json", Locale.ROOT);
    assertTrue(read.nextPurchase().isEmpty());
    assertEquals(
        new FittedModels(
            models.purchases(), models.spend(), models.supervised(), models.supervisedNote()),
        read);
  }

  @Test
  void aNewerMajorVersionIsAClearError() {
    FittedModels models =
        Reactivator.load(base(3, 300, false)).asOf(AS_OF).score().scored().model().orElseThrow();
    String newer =
        SavedModels.toJson(models).replace("\"version\": \"1.1\"", "\"version\": \"2.0\"");
    ModelFileException e =
        assertThrows(
            ModelFileException.class, () -> SavedModels.fromJson(newer, "m.json", Locale.ENGLISH));
    assertEquals(
        "The models file m.json was written by a newer version of the format (2.0); this version"
            + " reads 1.1. Update Reactivator or save the models again.",
        e.getMessage());
    // a newer minor version only adds fields: still read
    String minor =
        SavedModels.toJson(models).replace("\"version\": \"1.1\"", "\"version\": \"1.7\"");
    assertEquals(models, SavedModels.fromJson(minor, "m.json", Locale.ENGLISH));
    ModelFileException notModels =
        assertThrows(
            ModelFileException.class, () -> SavedModels.fromJson("{}", "x.json", Locale.ROOT));
    assertTrue(notModels.getMessage().startsWith("Файл x.json — не файл моделей"));
    ModelFileException missing =
        assertThrows(
            ModelFileException.class,
            () ->
                SavedModels.fromJson(
                    SavedModels.toJson(models).replace("\"spend\"", "\"spent\""),
                    "m.json",
                    Locale.ENGLISH));
    assertTrue(missing.getMessage().contains("field \"spend\""), missing.getMessage());
  }

  @Test
  void aLayerTrainedWithComplaintsRefusesABaseWithout() {
    FittedModels models =
        Reactivator.load(base(1, 600, true)).asOf(AS_OF).score().scored().model().orElseThrow();
    assertTrue(models.supervised().orElseThrow().features().contains("log_complaints"));
    ScoreStage without = Reactivator.load(base(1, 600, false)).asOf(AS_OF);
    ModelFileException e =
        assertThrows(
            ModelFileException.class, () -> without.score(ScoringOptions.defaults(), models));
    assertTrue(e.getMessage().contains("«Жалоб»"), e.getMessage());
  }
}
