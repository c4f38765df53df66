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
 */
public record NextBestProducts(
    TransitionMode mode,
    List<ProductTransitions> matrix,
    CustomerRecommendations recommendations,
    Optional<NextPurchaseModel> nextPurchaseModel) {

  /**
   * Checks the components and copies the list.
   *
   * @param mode what the matrix counts (purchase sequences or co-purchases)
   * @param matrix one row per previous product with any successor, largest total first (ties by
   *     name)
   * @param recommendations every customer's next best product, next purchase and cross-sell
   * @param nextPurchaseModel the transitions the next purchases and cross-sells rest on; empty
   *     without purchase dates
   */
  public NextBestProducts {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(recommendations, "recommendations");
    Objects.requireNonNull(nextPurchaseModel, "nextPurchaseModel");
    matrix = List.copyOf(matrix);
  }
}
