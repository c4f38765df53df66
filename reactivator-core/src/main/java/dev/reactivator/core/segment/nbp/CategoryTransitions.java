package dev.reactivator.core.segment.nbp;

import java.util.List;
import java.util.Objects;

/**
 * The next-best-product matrix between product categories: each row is a previous category and the
 * shares of the categories that followed it, as {@link ProductTransitions} whose ids and names are
 * categories (key = the category name).
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode SEQUENCE with purchase dates, CO_PURCHASE without
 * @param rows the rows with any successor, largest total first (ties by name)
 */
public record CategoryTransitions(TransitionMode mode, List<ProductTransitions> rows) {

  /**
   * Checks the components and copies the list.
   *
   * @param mode SEQUENCE with purchase dates, CO_PURCHASE without
   * @param rows the rows with any successor, largest total first (ties by name)
   */
  public CategoryTransitions {
    Objects.requireNonNull(mode, "mode");
    rows = List.copyOf(rows);
  }
}
