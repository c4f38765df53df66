package dev.reactivator.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The models a {@code ScoredBase} was scored with: the purchase model (BG/NBD, MBG/NBD, Pareto/NBD
 * or the empirical rule, in days) and the Gamma-Gamma spend model, each with its fit quality, so
 * that a report can say when the data were too few ("мало данных"), and the supervised layer on top
 * of the purchase model when one was trained, with a note on what was decided, and the
 * next-purchase transitions when the base has purchase dates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param purchases the purchase-model fit
 * @param spend the spend-model fit
 * @param supervised the supervised layer, validated; P(alive) rests on it when it is {@link
 *     SupervisedLayer#chosen() chosen}
 * @param supervisedNote in plain English, why no layer was trained or which model the validation
 *     chose
 * @param nextPurchase the product transitions the next purchases and cross-sells rest on; empty
 *     without purchase dates
 */
public record FittedModels(
    PurchaseModelFit purchases,
    SpendModelFit spend,
    Optional<SupervisedLayer> supervised,
    String supervisedNote,
    Optional<NextPurchaseModel> nextPurchase) {
  /**
   * Checks for nulls.
   *
   * @param purchases the purchase-model fit
   * @param spend the spend-model fit
   * @param supervised the supervised layer, if one was trained
   * @param supervisedNote why no layer was trained or which model the validation chose
   * @param nextPurchase the product transitions, empty without purchase dates
   * @throws NullPointerException if a reference component is null
   */
  public FittedModels {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(spend, "spend");
    Objects.requireNonNull(supervised, "supervised");
    Objects.requireNonNull(supervisedNote, "supervisedNote");
    Objects.requireNonNull(nextPurchase, "nextPurchase");
  }

  /**
   * The models without next-purchase transitions.
   *
   * @param purchases the purchase-model fit
   * @param spend the spend-model fit
   * @param supervised the supervised layer, if one was trained
   * @param supervisedNote why no layer was trained or which model the validation chose
   * @throws NullPointerException if a reference component is null
   */
  public FittedModels(
      PurchaseModelFit purchases,
      SpendModelFit spend,
      Optional<SupervisedLayer> supervised,
      String supervisedNote) {
    this(purchases, spend, supervised, supervisedNote, Optional.empty());
  }

  /**
   * The models without a supervised layer.
   *
   * @param purchases the purchase-model fit
   * @param spend the spend-model fit
   * @throws NullPointerException if a reference component is null
   */
  public FittedModels(PurchaseModelFit purchases, SpendModelFit spend) {
    this(purchases, spend, Optional.empty(), "not trained");
  }

  /**
   * Whether P(alive), churn and the return probability rest on the supervised layer.
   *
   * @return true if a layer was trained and beat the purchase model alone on validation
   */
  public boolean usesSupervised() {
    return supervised.isPresent() && supervised.get().chosen();
  }

  /**
   * The purchase model's kind.
   *
   * @return BG/NBD, MBG/NBD, Pareto/NBD or the empirical rule
   */
  public ModelKind kind() {
    return purchases.kind();
  }

  /**
   * The worse of the two fit qualities.
   *
   * @return the lower of the purchase and the spend fit's quality
   */
  public FitQuality quality() {
    return purchases.quality().compareTo(spend.quality()) >= 0
        ? purchases.quality()
        : spend.quality();
  }

  /**
   * Whether either model is not a plain fit ({@link FitQuality#GOOD}): the scores rest on little
   * data.
   *
   * @return true if either model fell back to a penalised fit or to population defaults
   */
  public boolean limitedData() {
    return quality() != FitQuality.GOOD;
  }
}
