package dev.reactivator.core.segment;

import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.nbp.AssociationRules;
import dev.reactivator.core.segment.nbp.CategoryTransitions;
import java.util.List;
import java.util.Objects;

/**
 * The by-category views of the product widgets: product-led retention, the next-best-product matrix
 * and the association rules, each computed by the product code with every product replaced by its
 * category. Present only when a product has a category (a category column or a product → category
 * map); otherwise {@link Analysis#isAbsent(String) absent} as {@code category}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param categories the category names, by category id (the last is the no-category key when some
 *     product has none)
 * @param cohorts retention by the category of each customer's first purchase
 * @param matrix previous category → shares of next categories
 * @param rules pair rules between categories, highest lift first
 */
public record CategoryViews(
    List<String> categories,
    CohortTable cohorts,
    CategoryTransitions matrix,
    AssociationRules rules) {

  /**
   * Checks the components and copies the list.
   *
   * @param categories the category names, by category id
   * @param cohorts retention by the category of each customer's first purchase
   * @param matrix previous category → shares of next categories
   * @param rules pair rules between categories, highest lift first
   */
  public CategoryViews {
    categories = List.copyOf(categories);
    Objects.requireNonNull(cohorts, "cohorts");
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(rules, "rules");
  }
}
