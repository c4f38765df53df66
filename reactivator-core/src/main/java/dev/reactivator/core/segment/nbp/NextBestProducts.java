package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.model.NextPurchaseModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The next-best-product matrix and every customer's recommendation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode what the matrix counts (purchase sequences or co-purchases)
 * @param matrix one row per previous product with any successor, largest total first (ties by name)
 * @param recommendations every customer's next best product, next purchase and cross-sell
 * @param nextPurchaseModel the transitions the next purchases and cross-sells rest on; empty
 *     without purchase dates
 * @param holdout the method measured on this base's own history (a time hold-out at the default
 *     split, {@link
 *     NextBestProductAnalysis#evaluateTimeHoldout(dev.reactivator.core.base.CustomerBase,
 *     NextBestProductOptions, java.util.function.Consumer)}); empty without purchase dates or with
 *     nobody to evaluate
 */
public record NextBestProducts(
    TransitionMode mode,
    List<ProductTransitions> matrix,
    CustomerRecommendations recommendations,
    Optional<NextPurchaseModel> nextPurchaseModel,
    Optional<NextPurchaseEvaluation> holdout) {

  /**
   * Checks the components and copies the list.
   *
   * @param mode what the matrix counts (purchase sequences or co-purchases)
   * @param matrix one row per previous product with any successor, largest total first (ties by
   *     name)
   * @param recommendations every customer's next best product, next purchase and cross-sell
   * @param nextPurchaseModel the transitions the next purchases and cross-sells rest on; empty
   *     without purchase dates
   * @param holdout the method measured on this base's own history; empty without purchase dates or
   *     with nobody to evaluate
   */
  public NextBestProducts {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(recommendations, "recommendations");
    Objects.requireNonNull(nextPurchaseModel, "nextPurchaseModel");
    Objects.requireNonNull(holdout, "holdout");
    matrix = List.copyOf(matrix);
  }

  /**
   * The widget switched off: no matrix and no recommendation for anyone, as for a plain transaction
   * log without a product column.
   *
   * @param mode what the matrix would have counted, for the report
   * @param customers the number of customers of the base
   * @return the empty matrix and recommendations
   * @throws IllegalArgumentException if {@code customers} is negative
   */
  public static NextBestProducts absent(TransitionMode mode, int customers) {
    if (customers < 0) {
      throw new IllegalArgumentException("customers must be >= 0, was " + customers);
    }
    int[] product = new int[customers];
    java.util.Arrays.fill(product, -1);
    CustomerRecommendations none =
        new CustomerRecommendations(
            product,
            new byte[customers],
            new double[customers],
            List.of(),
            Proposals.none(customers, List.of()),
            Proposals.none(customers, List.of()));
    return new NextBestProducts(mode, List.of(), none, Optional.empty(), Optional.empty());
  }
}
