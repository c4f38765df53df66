package dev.reactivator.core.model;

import java.util.Objects;

/**
 * The models a {@code ScoredBase} was scored with: the purchase model (BG/NBD, MBG/NBD, Pareto/NBD
 * or the empirical rule, in days) and the Gamma-Gamma spend model, each with its fit quality, so
 * that a report can say when the data were too few ("мало данных").
 *
 * <p>Immutable and thread-safe.
 *
 * @param purchases the purchase-model fit
 * @param spend the spend-model fit
 */
public record FittedModels(PurchaseModelFit purchases, SpendModelFit spend) {
  /**
   * Checks for nulls.
   *
   * @param purchases the purchase-model fit
   * @param spend the spend-model fit
   * @throws NullPointerException if a reference component is null
   */
  public FittedModels {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(spend, "spend");
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
